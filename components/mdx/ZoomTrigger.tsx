import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';

/** Opens what it holds at full size; see the script for how, and why it is not a React island. */
export const IMAGE_ZOOM_SCRIPT = '/image-zoom.js';

/**
 * Marks a figure's picture (a link to its file, `href`) or an inline diagram
 * (no file) as one that opens at full size, and loads the script that does it.
 * React hoists the async script into <head> and loads it once, however many
 * figures the page has. The script adds the trigger's ARIA attributes before or
 * after React hydrates it, hence suppressHydrationWarning.
 */
export default function ZoomTrigger({ href, children }: { href?: string; children: ReactNode }) {
  const t = useTranslations('ImageZoom');
  const Trigger = href ? 'a' : 'div';
  return (
    <>
      <Trigger className="image-zoom__trigger" href={href} data-close-label={t('close')} suppressHydrationWarning>
        {children}
      </Trigger>
      <script async src={IMAGE_ZOOM_SCRIPT} />
    </>
  );
}
