import type { ReactNode } from 'react';
import { getImageProps } from 'next/image';
import { parseProps } from './props';

/**
 * A picture with its caption. Width and height are required, so the space is
 * reserved before the image loads. Raster images get next/image's resized
 * sources (through getImageProps, so no image code is sent to the browser);
 * SVG is resolution-independent and is served as it is.
 */
export default function Figure(props: Record<string, unknown> & { children?: ReactNode }) {
  const { src, alt, width, height } = parseProps('Figure', props);
  const isSvg = /\.svg(?:$|[?#])/i.test(src);
  return (
    <figure className="figure">
      {/* eslint-disable-next-line @next/next/no-img-element -- sources come from getImageProps for raster images */}
      <img alt={alt} loading="lazy" decoding="async" {...imageSource(src, isSvg, width, height)} />
      {props.children ? <figcaption>{props.children}</figcaption> : null}
    </figure>
  );
}

function imageSource(src: string, isSvg: boolean, width: number, height: number) {
  if (isSvg) return { src, width, height };
  const { props } = getImageProps({ src, alt: '', width, height, sizes: '(min-width: 64rem) 46rem, 100vw' });
  return { src: props.src, srcSet: props.srcSet, sizes: props.sizes, width, height };
}
