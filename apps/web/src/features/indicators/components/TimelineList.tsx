/**
 * The timeline markers as a list under the chart: what the strip shows, readable by keyboard and
 * screen reader, each measure with its date, how it was dated, and a link to its sentence.
 */
import type { Marker } from '@ipb/domain';
import { CitationLink } from '@/components/ui/CitationLink';
import { useI18n } from '@/i18n';
import { dataProps } from '@/lib/data-props';

export function TimelineList({ markers, names }: { markers: readonly Marker[]; names: ReadonlyMap<string, string> }) {
  const { t } = useI18n();
  if (!markers.length) return <p className="muted small">{t('timeline.empty')}</p>;
  return (
    <details className="timeline-list" data-testid="timeline-list">
      <summary>{t('timeline.list', { count: markers.length })}</summary>
      <ul>
        {markers.map((m) => (
          <li key={m.measureId}>
            <time dateTime={m.date}>{m.date}</time> · {names.get(m.regionCode) ?? m.regionCode} ·{' '}
            <span {...dataProps(m.title)}>{m.title}</span>{' '}
            <span className="muted small">
              ({m.dateBasis === 'text' ? t('timeline.byText', { text: m.dateText ?? '' }) : t('timeline.bySource')})
            </span>{' '}
            <CitationLink citation={m.citation} label={t('beyond.sourceOf', { title: m.title })}>
              {t('beyond.source')}
            </CitationLink>
          </li>
        ))}
      </ul>
    </details>
  );
}
