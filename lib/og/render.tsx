import { ImageResponse } from 'next/og';
import { displayWidth } from '../content/cjk';
import { ogImageSize } from './format';
import { OG_FONT_FAMILY, missingGlyphs, ogFontData } from './fonts';

export { ogImageSize, ogImageType } from './format';

export type OgCard = {
  siteName: string;
  /** The big text: a post title, or the site's tagline on index pages. */
  title: string;
  /** Small line under the title: category, date and authors, already localized. */
  details: string[];
  /** BCP 47 tag, so the renderer breaks lines the way the language expects. */
  lang: string;
};

const colors = {
  background: '#0b1f3a',
  panel: '#10294d',
  accent: '#4da3ff',
  text: '#f5f8fc',
  muted: '#b8c7da',
};

/**
 * Draws a 1200x630 social preview card. Every character must exist in the
 * bundled font: otherwise the renderer would draw empty boxes and try to
 * download a font, so the build stops here instead, naming the text.
 */
export function renderOgImage(card: OgCard): ImageResponse {
  const text = [card.siteName, card.title, ...card.details].join(' ');
  const missing = missingGlyphs(text);
  if (missing.length) {
    throw new Error(`Social image for "${card.title}": the font has no glyph for ${missing.map((c) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase()})`).join(', ')}`);
  }
  return new ImageResponse(<Card {...card} />, {
    ...ogImageSize,
    fonts: [
      { name: OG_FONT_FAMILY, data: ogFontData[400], weight: 400, style: 'normal' },
      { name: OG_FONT_FAMILY, data: ogFontData[700], weight: 700, style: 'normal' },
    ],
  });
}

function Card({ siteName, title, details, lang }: OgCard) {
  return (
    <div
      lang={lang}
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px',
        background: colors.background,
        color: colors.text,
        fontFamily: OG_FONT_FAMILY,
        position: 'relative',
      }}
    >
      <Mark />
      <div style={{ display: 'flex', alignItems: 'center', gap: 20 }}>
        <div style={{ width: 16, height: 48, borderRadius: 4, background: colors.accent }} />
        <div style={{ fontSize: 36, fontWeight: 700, color: colors.muted }}>{siteName}</div>
      </div>
      <div
        style={{
          display: 'block',
          maxWidth: 1000,
          fontSize: titleSize(title),
          fontWeight: 700,
          lineHeight: 1.25,
          lineClamp: 3,
          overflow: 'hidden',
        }}
      >
        {title}
      </div>
      <div style={{ display: 'flex', fontSize: 32, color: colors.muted, minHeight: 40 }}>{details.join('  ·  ')}</div>
    </div>
  );
}

/** Long titles (counting a CJK character as two columns) get a smaller size so three lines hold them. */
function titleSize(title: string): number {
  return displayWidth(title) > 56 ? 56 : 68;
}

/** A large outlined heptagon in the corner, echoing the site's logo. */
function Mark() {
  return (
    <svg
      width="320"
      height="320"
      viewBox="0 0 100 100"
      style={{ position: 'absolute', right: -70, top: -90, opacity: 0.35 }}
    >
      <path d="M50 4 86 21.3 94.9 60.2 70 91.4H30L5.1 60.2 14 21.3Z" fill="none" stroke={colors.accent} strokeWidth="3" />
      <path d="M50 24 71.6 34.4 76.9 57.8 62 76.5H38L23.1 57.8 28.4 34.4Z" fill={colors.panel} />
    </svg>
  );
}
