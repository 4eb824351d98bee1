import { useTranslations } from 'next-intl';
import { parseProps } from './props';
import ImageCompareFrame from './ImageCompareFrame';
import { AFTER_PERCENT, BEFORE_PERCENT } from './slider-value-text';

/**
 * Two same-sized images on top of each other with a divider the reader moves.
 * The server renders the split at the initial position, so without JavaScript
 * both images show; the client frame only moves the split.
 */
export default function ImageCompare(props: Record<string, unknown>) {
  const { beforeSrc, beforeAlt, beforeLabel, afterSrc, afterAlt, afterLabel, width, height, initial, caption } = parseProps(
    'ImageCompare',
    props,
  );
  const t = useTranslations('ImageCompare');
  return (
    <figure className="image-compare">
      <ImageCompareFrame
        initial={initial}
        aspectRatio={`${width} / ${height}`}
        controlLabel={t('controlLabel')}
        valueTextTemplate={t('valueText', {
          before: beforeLabel,
          after: afterLabel,
          beforePercent: BEFORE_PERCENT,
          afterPercent: AFTER_PERCENT,
        })}
        beforeLabel={beforeLabel}
        afterLabel={afterLabel}
      >
        {/* eslint-disable-next-line @next/next/no-img-element -- same-sized SVG/raster layers, sized by the frame */}
        <img className="image-compare__before" src={beforeSrc} alt={beforeAlt} data-pagefind-index-attrs="alt" width={width} height={height} decoding="async" />
        {/* eslint-disable-next-line @next/next/no-img-element -- see above */}
        <img className="image-compare__after" src={afterSrc} alt={afterAlt} data-pagefind-index-attrs="alt" width={width} height={height} decoding="async" />
      </ImageCompareFrame>
      <figcaption>
        {caption ? <span>{caption} </span> : null}
        <span className="image-compare__hint" data-pagefind-ignore>{t('hint')}</span>
      </figcaption>
    </figure>
  );
}
