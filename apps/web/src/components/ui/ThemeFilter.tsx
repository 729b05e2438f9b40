/** Theme chips bound to the URL's `theme` parameter; the same control on every view. */
import type { ThemeId } from '@ipb/domain';
import { useI18n } from '@/i18n';
import { useThemes } from '@/lib/get-themes';
import { useThemeParam } from '@/lib/use-theme-param';

export function ThemeFilter({ counts }: { counts?: Partial<Record<ThemeId, number>> }) {
  const { t, lang } = useI18n();
  const { data: themes = [] } = useThemes();
  const [selected, setSelected] = useThemeParam();
  const toggle = (id: ThemeId) =>
    setSelected(selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id]);
  return (
    <fieldset className="theme-filter">
      <legend>{t('themeFilter.label')}</legend>
      <div className="theme-chips">
        {themes.map((theme) => {
          const on = selected.includes(theme.id);
          const count = counts?.[theme.id];
          return (
            <button
              key={theme.id}
              type="button"
              className={`chip${on ? ' chip-on' : ''}`}
              aria-pressed={on}
              onClick={() => toggle(theme.id)}
            >
              {lang === 'zh' ? theme.nameZh : theme.nameEn}
              {count !== undefined && <span className="chip-count">{count}</span>}
            </button>
          );
        })}
        {selected.length > 0 && (
          <button type="button" className="chip chip-clear" onClick={() => setSelected([])}>
            {t('themeFilter.clear')}
          </button>
        )}
      </div>
    </fieldset>
  );
}
