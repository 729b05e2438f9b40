/**
 * Themes other places have measures under: a gap when 呼和浩特's record is sufficient and it has none;
 * "暂无呼和浩特相关举措记录" when its record is thin, listed apart so it never reads as a finding.
 */
import type { GapsResponse, Region } from '@ipb/domain';
import { Link } from 'react-router';
import { useI18n } from '@/i18n';
import { useSharedHref } from '@/lib/use-shared-href';
import { placeName } from '../lib/place-name';
import { MeasureLink } from './MeasureLink';

type GapTheme = GapsResponse['themes'][number];

export function GapThemes({
  themes,
  finding,
  byCode,
}: {
  themes: readonly GapTheme[];
  finding: GapTheme['finding'];
  byCode: ReadonlyMap<string, Region>;
}) {
  const { t, lang } = useI18n();
  const href = useSharedHref();
  const shown = themes.filter((g) => g.finding === finding);
  if (!shown.length) return null;
  return (
    <>
      <h3>{finding === 'gap' ? t('compare.gapThemes') : t('compare.gapNotRecordedThemes')}</h3>
      <ul className="gap-items">
        {shown.map((g) => (
          <li key={g.theme.id} data-testid="gap-theme" data-finding={g.finding}>
            <p className="gap-name">
              {lang === 'en' ? g.theme.nameEn : g.theme.nameZh}
              {finding === 'not_recorded' && <span className="badge badge-muted">{t('compare.notRecorded')}</span>}
            </p>
            {g.instruments.length > 0 && (
              <p className="small muted">
                {t('compare.instruments')}{' '}
                {g.instruments.map((i) => (lang === 'en' ? i.label : i.labelZh)).join(lang === 'en' ? '; ' : '；')}
              </p>
            )}
            <ul className="gap-places">
              {g.places.map((p) => (
                <li key={p.regionCode}>
                  <Link to={href(`/regions/${p.regionCode}`)}>
                    {placeName(byCode.get(p.regionCode), p.regionCode, lang)}
                  </Link>
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
          </li>
        ))}
      </ul>
    </>
  );
}
