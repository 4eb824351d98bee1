import { readFileSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { imageSize } from 'image-size';

export type Dimensions = { width: number; height: number };

/** The pixel size an image file declares (raster header, or an SVG's width/height or viewBox); none when it cannot be read. */
export function imageDimensions(bytes: Uint8Array): Dimensions | undefined {
  try {
    const { width, height } = imageSize(bytes);
    return width && height ? { width, height } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The size of a file the site serves at `path` (e.g. `/images/slug/a.png`),
 * read from `publicDir`; none for a path outside it, a missing file or an
 * unreadable image.
 */
export function publicImageDimensions(path: string, publicDir = join(/* turbopackIgnore: true */ process.cwd(), 'public')): Dimensions | undefined {
  let file: string;
  try {
    // turbopackIgnore: a path computed at run time would otherwise make the build trace the whole project.
    file = normalize(join(/* turbopackIgnore: true */ publicDir, decodeURIComponent(path.replace(/[?#].*$/, ''))));
  } catch {
    return undefined;
  }
  if (!file.startsWith(normalize(publicDir) + sep)) return undefined;
  try {
    return imageDimensions(readFileSync(/* turbopackIgnore: true */ file));
  } catch {
    return undefined;
  }
}
