/** Size and type of every social image: the 1.91:1 card that Open Graph and X expect. */
export const ogImageSize = { width: 1200, height: 630 };
export const ogImageType = 'image/png';
