/**
 * What other places do that 呼和浩特 does not: themes (with STIP instruments) and programmes, stated
 * on their coverage basis; with a thin benchmark record, "not recorded" instead of a gap.
 */
import type { GapsResponse, Region } from '@ipb/domain';
import { Link } from 'react-router';
import { EmptyState } from '@/components/ui/StatusMessage';
import { useI18n } from '@/i18n';
import { dataProps } from '@/lib/data-props';
import { useSharedHref } from '@/lib/use-shared-href';
import { placeName } from '../lib/place-name';
import { GapCoverage } from './GapCoverage';
import { GapThemes } from './GapThemes';
import { MeasureLink } from './MeasureLink';
import './like-for-like.css';

export function GapList({ gaps, places }: { gaps: GapsResponse; places: readonly Region[] }) {
  const { t, lang } = useI18n();
  const href = useSharedHref();
  const byCode = new Map([...places, ...gaps.regions].map((p) => [p.code, p]));
  const place = (code: string) => <Link to={href(`/regions/${code}`)}>{placeName(byCode.get(code), code, lang)}</Link>;
  return (
    <div className="gap-list">
      <GapCoverage coverage={gaps.coverage} />
      {!gaps.themes.length && !gaps.programs.length && (
        <EmptyState title={t('compare.gapsNone')} hint={t('compare.gapsNoneHint')} />
      )}
      <GapThemes themes={gaps.themes} finding="gap" byCode={byCode} />
      <GapThemes themes={gaps.themes} finding="not_recorded" byCode={byCode} />
      {gaps.programs.length > 0 && (
        <>
          <h3>{t('compare.gapPrograms')}</h3>
          <ul className="gap-items">
            {gaps.programs.map((p) => (
              <li key={p.name} data-testid="gap-program">
                <span className="badge badge-program" {...dataProps(p.name)}>
                  {p.name}
                </span>{' '}
                {[...new Set(p.measures.map((m) => m.regionCode))].map((code, i) => (
                  <span key={code}>
                    {i > 0 && t('compare.nameSeparator')}
                    {place(code)}
                  </span>
                ))}
                {t('compare.gapPlaceSeparator')}
                {p.measures.map((m, i) => (
                  <span key={m.id}>
                    {i > 0 && t('compare.listSeparator')}
                    <MeasureLink measure={m} />
                  </span>
                ))}
                {p.total > p.measures.length && (
                  <span className="muted"> · {t('compare.gapTotal', { count: p.total })}</span>
                )}
              </li>
            ))}
          </ul>
          {gaps.programsTotal > gaps.programs.length && (
            <p className="small muted">
              {t('compare.gapProgramsMore', { count: gaps.programsTotal - gaps.programs.length })}
            </p>
          )}
        </>
      )}
    </div>
  );
}
