/** Why some points are not on the indexed or per-capita chart: said, never silently dropped. */
import { useT } from '@/i18n';
import type { ModeNote } from '../lib/transform-series';

export function ModeNotes({
  notes,
  denominator,
  names,
}: {
  notes: readonly ModeNote[];
  /** Name of the denominator indicator (常住人口). */
  denominator: string;
  /** Place names in the interface language, by code. */
  names: ReadonlyMap<string, string>;
}) {
  const t = useT();
  if (!notes.length) return null;
  return (
    <div className="mode-notes small" data-testid="mode-notes">
      <p className="mode-notes-title">{t('indicators.modeNotesTitle')}</p>
      <ul>
        {notes.map((n) => (
          <li key={`${n.regionCode}-${n.reason}`}>
            {t('indicators.modeNoteLine', {
              place: names.get(n.regionCode) ?? n.place,
              years: n.years.length ? ` ${n.years.join(', ')}` : '',
              reason: t(`indicators.modeNote.${n.reason}`, { denominator }),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
