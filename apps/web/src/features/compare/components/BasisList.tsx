/** What each place's data rests on (sources · measures · figures · latest date), benchmark first. */
import type { Coverage, Region } from '@ipb/domain';
import { CoverageLine } from '@/components/ui/CoverageLine';
import { useI18n } from '@/i18n';
import { placeName } from '../lib/place-name';
import './like-for-like.css';

export function BasisList({ basis, columns }: { basis: readonly Coverage[]; columns: readonly Region[] }) {
  const { lang } = useI18n();
  const byCode = new Map(basis.map((b) => [b.regionCode, b]));
  return (
    <dl className="basis-list">
      {columns.map((c) => (
        <div key={c.code} className="basis-item" data-testid="basis">
          <dt>{placeName(c, c.code, lang)}</dt>
          <dd>
            <CoverageLine
              coverage={
                byCode.get(c.code) ?? { regionCode: c.code, sources: 0, measures: 0, figures: 0, latestDate: null }
              }
            />
          </dd>
        </div>
      ))}
    </dl>
  );
}
