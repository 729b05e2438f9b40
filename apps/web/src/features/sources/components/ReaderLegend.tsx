/** What the highlight styles mean: colour plus a line style, so no one depends on colour alone. */
import { useT } from '@/i18n';

export function ReaderLegend() {
  const t = useT();
  return (
    <figure className="reader-legend">
      <figcaption className="visually-hidden">{t('reader.legend')}</figcaption>
      <ul aria-label={t('reader.legend')}>
        <li>
          <mark className="hl hl-measure legend-swatch">{t('reader.kind.measure')}</mark> {t('reader.legend.measure')}
        </li>
        <li>
          <mark className="hl hl-figure legend-swatch">123</mark> {t('reader.legend.figure')}
        </li>
        <li>
          <mark className="hl hl-target legend-swatch">“…”</mark> {t('reader.legend.target')}
        </li>
      </ul>
    </figure>
  );
}
