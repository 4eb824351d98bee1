import type { ReactNode } from 'react';
import ZoomTrigger from './ZoomTrigger';

/**
 * The box every Mermaid drawing sits in (lib/mdx/plugins/rehype-mermaid.ts puts
 * it there): the drawing opens at full size like a figure's picture, named by
 * the drawing's own name. It has no file to link to, so without JavaScript it
 * stays as it is on the page.
 */
export default function ZoomableDiagram({ children }: { children?: ReactNode }) {
  return <ZoomTrigger>{children}</ZoomTrigger>;
}
