/**
 * An indicator's 口径 in the reader's language; where the catalogue has no English note, the English
 * interface shows the Chinese one as data and says so.
 */
import type { Indicator } from '@ipb/domain';
import { useI18n } from '@/i18n';
import { dataProps } from '@/lib/data-props';

export function DefinitionNote({ indicator }: { indicator: Pick<Indicator, 'definitionNote' | 'definitionNoteEn'> }) {
  const { t, lang } = useI18n();
  const english = lang === 'en' && indicator.definitionNoteEn;
  if (!english && !indicator.definitionNote) return null;
  return (
    <p className="muted small">
      {t('indicators.definition')}:{' '}
      {english ? (
        <span>{indicator.definitionNoteEn}</span>
      ) : (
        <>
          <span {...dataProps(indicator.definitionNote)}>{indicator.definitionNote}</span>
          {lang === 'en' && <span className="muted"> {t('indicators.definitionInChinese')}</span>}
        </>
      )}
    </p>
  );
}
