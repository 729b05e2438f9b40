/**
 * The themes of a bureau measure as check boxes (GET /api/themes), grouped in a fieldset whose legend
 * names the question; the hint and the error describe the group. The boxes are uncontrolled, so a
 * refetch of the themes while the editor works never clears a choice.
 */
import { Skeleton } from '@/components/ui/StatusMessage';
import { useI18n } from '@/i18n';
import { useThemes } from '@/lib/get-themes';
import { problemText } from '@/lib/problem-text';
import { FieldError } from './FieldError';

export function ThemeChecklist({ idPrefix, errors }: { idPrefix: string; errors: string[] | undefined }) {
  const { t, lang } = useI18n();
  const themes = useThemes();
  const hintId = `${idPrefix}-themes-hint`;
  const errorId = `${idPrefix}-themes-error`;
  return (
    <fieldset
      className="field theme-checklist"
      aria-describedby={errors ? `${errorId} ${hintId}` : hintId}
      data-invalid={errors ? 'true' : undefined}
    >
      <legend className="field-label">
        {t('inventory.field.themes')}
        <span className="field-required">{t('inventory.required')}</span>
      </legend>
      <p id={hintId} className="field-hint">
        {t('inventory.hint.themes')}
      </p>
      {errors && <FieldError id={errorId} field="themes" messages={errors} />}
      {themes.isPending ? (
        <Skeleton height={96} label={t('inventory.themesLoading')} />
      ) : themes.isError ? (
        <p className="form-error" role="alert">
          {t('inventory.themesError', { message: problemText(t, themes.error) })}
        </p>
      ) : (
        <ul className="theme-options">
          {themes.data.map((theme) => (
            <li key={theme.id}>
              <label className="theme-option">
                <input type="checkbox" name="themes" value={theme.id} />
                {lang === 'zh' ? theme.nameZh : theme.nameEn}
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
