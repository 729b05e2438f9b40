/** What other places do that 呼和浩特 does not: themes (with STIP instruments) and programmes. */
import type { GapsResponse, MeasureBrief, Region } from '@ipb/domain';
import { Link } from 'react-router';
import { EmptyState } from '@/components/ui/StatusMessage';
import { useI18n } from '@/i18n';
import { placeName } from '../lib/place-name';
import { isInternal, sourceHref } from '../lib/source-href';

function MeasureLink({ measure }: { measure: MeasureBrief }) {
  const href = sourceHref(measure.citation);
  return isInternal(href) ? (
    <Link to={href}>{measure.title}</Link>
  ) : (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {measure.title}
    </a>
  );
}

export function GapList({ gaps, places }: { gaps: GapsResponse; places: readonly Region[] }) {
  const { t, lang } = useI18n();
  const byCode = new Map([...places, ...gaps.regions].map((p) => [p.code, p]));
  const place = (code: string) => <Link to={`/regions/${code}`}>{placeName(byCode.get(code), code, lang)}</Link>;
  if (!gaps.themes.length && !gaps.programs.length) {
    return <EmptyState title={t('compare.gapsNone')} hint={t('compare.gapsNoneHint')} />;
  }
  return (
    <div className="gap-list">
      {gaps.themes.length > 0 && (
        <>
          <h3>{t('compare.gapThemes')}</h3>
          <ul className="gap-items">
            {gaps.themes.map((g) => (
              <li key={g.theme.id} data-testid="gap-theme">
                <p className="gap-name">{lang === 'en' ? g.theme.nameEn : g.theme.nameZh}</p>
                {g.instruments.length > 0 && (
                  <p className="small muted">
                    {t('compare.instruments')} {g.instruments.map((i) => i.label).join('；')}
                  </p>
                )}
                <ul className="gap-places">
                  {g.places.map((p) => (
                    <li key={p.regionCode}>
                      {place(p.regionCode)}：
                      {p.measures.map((m, i) => (
                        <span key={m.id}>
                          {i > 0 && '；'}
                          <MeasureLink measure={m} />
                        </span>
                      ))}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
      {gaps.programs.length > 0 && (
        <>
          <h3>{t('compare.gapPrograms')}</h3>
          <ul className="gap-items">
            {gaps.programs.map((p) => (
              <li key={p.name} data-testid="gap-program">
                <span className="badge badge-program">{p.name}</span>{' '}
                {[...new Set(p.measures.map((m) => m.regionCode))].map((code, i) => (
                  <span key={code}>
                    {i > 0 && '、'}
                    {place(code)}
                  </span>
                ))}
                ：
                {p.measures.map((m, i) => (
                  <span key={m.id}>
                    {i > 0 && '；'}
                    <MeasureLink measure={m} />
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
