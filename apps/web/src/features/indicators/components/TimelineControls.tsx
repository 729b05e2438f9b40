/** The policy timeline's switch (`markers=0` in the URL when off), what it shows, and its list of measures. */
import type { Marker } from '@ipb/domain';
import { useI18n } from '@/i18n';
import { TimelineList } from './TimelineList';
import './timeline.css';

export function TimelineControls({
  on,
  onChange,
  markers,
  total,
  names,
}: {
  on: boolean;
  onChange(on: boolean): void;
  /** The markers drawn (null in the table view, where none are). */
  markers: readonly Marker[] | null;
  /** How many measures the places have (more than the markers when capped). */
  total: number;
  names: ReadonlyMap<string, string>;
}) {
  const { t } = useI18n();
  return (
    <div className="timeline-controls">
      <label>
        <input type="checkbox" checked={on} onChange={(e) => onChange(e.target.checked)} /> {t('timeline.show')}
      </label>
      {on && <p className="muted small">{t('timeline.intro')}</p>}
      {on && markers && total > markers.length && (
        <p className="muted small">{t('timeline.capped', { total, count: markers.length })}</p>
      )}
      {on && markers && <TimelineList markers={markers} names={names} />}
    </div>
  );
}
