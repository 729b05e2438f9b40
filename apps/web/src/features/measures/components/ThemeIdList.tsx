/** The theme ids a CSV's themes column takes, with their names: the form shows names, a CSV needs ids. */
import { useI18n } from '@/i18n';
import { useThemes } from '@/lib/get-themes';

export function ThemeIdList() {
  const { t, lang } = useI18n();
  const themes = useThemes();
  if (!themes.data) return null;
  return (
    <details className="theme-ids small">
      <summary>{t('inventory.csv.themeIds')}</summary>
      <dl>
        {themes.data.map((theme) => (
          <div key={theme.id}>
            <dt>
              <code>{theme.id}</code>
            </dt>
            <dd>{lang === 'zh' ? theme.nameZh : theme.nameEn}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
