/** The place's latest measures per theme (all of them one click away), filtered by the shared theme chips. */
import type { RegionProfile } from '@ipb/domain';
import { CitationLink } from '@/components/ui/CitationLink';
import { EmptyState } from '@/components/ui/StatusMessage';
import { ThemeMeasures } from '@/components/ui/ThemeMeasures';
import { useI18n } from '@/i18n';
import { dataProps } from '@/lib/data-props';
import { issueText } from '@/lib/issue-label';
import { useThemeParam } from '@/lib/use-theme-param';

export function ProfileMeasures({
  regionCode,
  groups,
}: {
  regionCode: string;
  groups: RegionProfile['measuresByTheme'];
}) {
  const { t, lang } = useI18n();
  const [selected] = useThemeParam();
  const shown = selected.length ? groups.filter((g) => selected.includes(g.theme.id)) : groups;
  if (!shown.length) return <EmptyState title={t('regions.measuresEmpty')} hint={t('regions.measuresEmptyHint')} />;
  return (
    <div className="profile-themes">
      {shown.map((g) => (
        <section key={g.theme.id} aria-labelledby={`profile-theme-${g.theme.id}`} className="profile-theme">
          <h3 id={`profile-theme-${g.theme.id}`}>
            {lang === 'en' ? g.theme.nameEn : g.theme.nameZh} <span className="chip-count">{g.total}</span>
          </h3>
          <ThemeMeasures
            regionCode={regionCode}
            themeId={g.theme.id}
            measures={g.measures}
            total={g.total}
            item={(m) => (
              <li key={m.id} className="measure-item" data-testid="measure">
                <p className="measure-title" {...dataProps(m.title)}>
                  {m.title}
                </p>
                {m.programs.length > 0 && (
                  <ul className="badges" aria-label={t('regions.programs')}>
                    {m.programs.map((p) => (
                      <li key={p} className="badge badge-program" {...dataProps(p)}>
                        {p}
                      </li>
                    ))}
                  </ul>
                )}
                <p className="measure-source small">
                  <CitationLink citation={m.citation} label={t('regions.sourceOf', { title: m.title })}>
                    {t('regions.source')}
                  </CitationLink>
                  {m.citation.issue && <span className="muted"> · {issueText(m.citation.issue, lang)}</span>}
                </p>
              </li>
            )}
          />
        </section>
      ))}
    </div>
  );
}
