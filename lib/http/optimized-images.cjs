// The folder whose raster images next/image's optimizer may serve: next.config.js
// admits only it (`images.localPatterns`), and components/mdx/Figure.tsx sends only
// its files there, serving any other as it is. One fact, read by both.
const OPTIMIZED_IMAGES = '/images/';

module.exports = { OPTIMIZED_IMAGES };
