/** What importing this upload changes against the version of the same issue already imported. */
import { useI18n } from '@/i18n';
import { dataProps } from '@/lib/data-props';
import type { UploadPreview } from '../api/upload-source';

type Diff = NonNullable<UploadPreview['diff']>;

function Part({ title, part }: { title: string; part: Diff['measures'] }) {
  const { t } = useI18n();
  return (
    <div className="upload-diff-part">
      <p>
        <strong>{title}</strong>{' '}
        {t('uploadReview.diffCounts', { added: part.added, removed: part.removed, unchanged: part.unchanged })}
      </p>
      {(part.addedLabels.length > 0 || part.removedLabels.length > 0) && (
        <ul className="small">
          {part.addedLabels.map((l) => (
            <li key={`+${l}`}>
              <ins>+</ins> <span {...dataProps(l)}>{l}</span>
            </li>
          ))}
          {part.removedLabels.map((l) => (
            <li key={`-${l}`}>
              <del>−</del> <span {...dataProps(l)}>{l}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function UploadDiff({ diff }: { diff: Diff }) {
  const { t, lang } = useI18n();
  const date = new Date(diff.previousImportedAt).toLocaleDateString(lang === 'zh' ? 'zh-CN' : 'en-GB');
  return (
    <section className="upload-diff" aria-labelledby="upload-diff-title" data-testid="upload-diff">
      <h4 id="upload-diff-title">{t('uploadReview.diffTitle', { date })}</h4>
      <Part title={t('upload.measures')} part={diff.measures} />
      <Part title={t('upload.figures')} part={diff.figures} />
    </section>
  );
}
