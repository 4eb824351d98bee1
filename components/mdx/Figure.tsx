import type { ReactNode } from 'react';
import { getImageProps } from 'next/image';
import { parseProps } from './props';
import { OPTIMIZED_IMAGES } from '@/lib/http/optimized-images.cjs';
import ZoomTrigger from './ZoomTrigger';

/**
 * A picture with its caption. Width and height reserve the space before the
 * image loads; they are required for the site's own images. Raster images of
 * the site get next/image's resized sources (through getImageProps, so no image
 * code is sent to the browser); SVG is resolution-independent and is served
 * as it is. An image on another host (https, e.g. from a post imported from
 * docs.daocloud.io) is a plain lazy <img>, with or without a size: next/image
 * would fetch it through this server, and its host is admitted by the page's
 * Content-Security-Policy instead (lib/http/media-hosts.cjs).
 * A file outside /images/, which the optimizer refuses, is served as it is too.
 * The picture links to its file and opens at full size in a dialog (ZoomTrigger).
 */
export default function Figure(props: Record<string, unknown> & { children?: ReactNode }) {
  const { src, alt, width, height } = parseProps('Figure', props);
  return (
    <figure className="figure">
      <ZoomTrigger href={src}>
        {/* eslint-disable-next-line @next/next/no-img-element -- sources come from getImageProps for raster images */}
        <img alt={alt} data-pagefind-index-attrs="alt" loading="lazy" decoding="async" {...imageSource(src, width, height)} />
      </ZoomTrigger>
      {props.children ? <figcaption>{props.children}</figcaption> : null}
    </figure>
  );
}


function imageSource(src: string, width: number | undefined, height: number | undefined) {
  const isSvg = /\.svg(?:$|[?#])/i.test(src);
  if (!src.startsWith(OPTIMIZED_IMAGES) || isSvg || width === undefined || height === undefined) return { src, width, height };
  const { props } = getImageProps({ src, alt: '', width, height, sizes: '(min-width: 64rem) 46rem, 100vw' });
  return { src: props.src, srcSet: props.srcSet, sizes: props.sizes, width, height };
}
