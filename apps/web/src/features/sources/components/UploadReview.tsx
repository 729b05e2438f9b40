/**
 * Everything the pipeline extracted from an upload, before it is imported: articles with their
 * place, measures, and figures with indicator, kind, period and confidence. The editor corrects or
 * drops any of them (each change is audited) and the tables show the result at once.
 */

import { ScrollBox } from '@/components/ui/ScrollBox';
import { ErrorState } from '@/components/ui/StatusMessage';
import { useI18n } from '@/i18n';
import { useIndicatorName } from '@/lib/api/get-indicators';
import { dataProps } from '@/lib/data-props';
import { type UploadEdit, useEditUpload } from '../api/edit-upload';
import type { UploadPreview } from '../api/upload-source';
import { ArticlePlaceForm } from './ArticlePlaceForm';
import { FigureCorrectForm } from './FigureCorrectForm';
import { ItemActions } from './ItemActions';

const Status = ({ status }: { status: UploadPreview['items']['figures'][number]['status'] }) => {
  const { t } = useI18n();
  return <span className={`badge item-status-${status}`}>{t(`uploadReview.status.${status}`)}</span>;
};

export function UploadReview({
  preview,
  onPreview,
}: {
  preview: UploadPreview;
  onPreview: (p: UploadPreview) => void;
}) {
  const { t, lang } = useI18n();
  const indicatorName = useIndicatorName();
  const edit = useEditUpload(onPreview);
  const busy = edit.isPending || preview.confirmed;
  const patch = (item: string) => (p: UploadEdit['patch']) => edit.mutate({ uploadId: preview.id, item, patch: p });
  const place = (articleId: string) => {
    const a = preview.items.articles.find((x) => x.id === articleId);
    return a ? (lang === 'en' ? (a.regionNameEn ?? a.regionName) : a.regionName) : null;
  };
  const number = (v: number) => v.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: 4 });
  return (
    <div className="upload-review">
      {edit.isError && (
        <ErrorState title={t('uploadReview.editError')} hint={t('upload.errorHint')} error={edit.error} retryLabel="" />
      )}
      <h4>{t('uploadReview.articles', { count: preview.items.articles.length })}</h4>
      <ScrollBox label={t('uploadReview.articlesCaption')}>
        <table className="data-table" data-testid="upload-articles">
          <thead>
            <tr>
              <th scope="col">{t('upload.articles')}</th>
              <th scope="col">{t('upload.region')}</th>
              <th scope="col">{t('uploadReview.status')}</th>
              <th scope="col">{t('uploadReview.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.items.articles.map((a) => (
              <tr key={a.id} data-status={a.status}>
                <th scope="row" {...dataProps(a.title)}>
                  {a.title}
                </th>
                <td>{place(a.id) ?? <span className="muted">{t('upload.noRegion')}</span>}</td>
                <td>
                  <Status status={a.status} />
                </td>
                <td>
                  <ItemActions
                    status={a.status}
                    label={a.title}
                    busy={busy}
                    onPatch={patch(a.id)}
                    correct={(close) => (
                      <ArticlePlaceForm current={a.regionCode} busy={busy} onPatch={patch(a.id)} onClose={close} />
                    )}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <h4>{t('uploadReview.measures', { count: preview.items.measures.length })}</h4>
      <ScrollBox label={t('uploadReview.measuresCaption')}>
        <table className="data-table" data-testid="upload-measures">
          <thead>
            <tr>
              <th scope="col">{t('uploadReview.measure')}</th>
              <th scope="col">{t('upload.region')}</th>
              <th scope="col" className="num">
                {t('reader.field.confidence')}
              </th>
              <th scope="col">{t('uploadReview.status')}</th>
              <th scope="col">{t('uploadReview.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.items.measures.map((m) => (
              <tr key={m.id} data-status={m.status} data-testid="upload-measure">
                <th scope="row" {...dataProps(m.title)}>
                  {m.title}
                </th>
                <td>{place(m.articleId) ?? '—'}</td>
                <td className="num">{Math.round(m.confidence * 100)}%</td>
                <td>
                  <Status status={m.status} />
                </td>
                <td>
                  <ItemActions status={m.status} label={m.title} busy={busy} onPatch={patch(m.id)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <h4>{t('uploadReview.figures', { count: preview.items.figures.length })}</h4>
      <ScrollBox label={t('uploadReview.figuresCaption')}>
        <table className="data-table" data-testid="upload-figures">
          <thead>
            <tr>
              <th scope="col">{t('reader.field.value')}</th>
              <th scope="col">{t('upload.region')}</th>
              <th scope="col">{t('reader.field.indicator')}</th>
              <th scope="col">{t('reader.field.kind')}</th>
              <th scope="col">{t('reader.field.period')}</th>
              <th scope="col" className="num">
                {t('reader.field.confidence')}
              </th>
              <th scope="col">{t('uploadReview.status')}</th>
              <th scope="col">{t('uploadReview.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.items.figures.map((f) => {
              const label = `${f.subject ?? ''} ${number(f.value)}${f.unit ?? ''}`.trim();
              return (
                <tr key={f.id} data-status={f.status} data-testid="upload-figure">
                  <th scope="row">
                    <span {...dataProps(label)}>{label}</span>
                    <q className="small muted" {...dataProps(f.quote)}>
                      {f.quote}
                    </q>
                  </th>
                  <td>{place(f.articleId) ?? <span className="muted">{t('uploadReview.notStored')}</span>}</td>
                  <td>
                    {f.indicatorId ? (
                      indicatorName(f.indicatorId)
                    ) : (
                      <span className="muted">{t('uploadReview.noIndicator')}</span>
                    )}
                  </td>
                  <td>{t(`kind.${f.kind}`)}</td>
                  <td>
                    {t(`period.${f.periodType}`)}
                    {f.year !== null && ` ${f.year}`}
                  </td>
                  <td className="num">{Math.round(f.confidence * 100)}%</td>
                  <td>
                    <Status status={f.status} />
                  </td>
                  <td>
                    <ItemActions
                      status={f.status}
                      label={label}
                      busy={busy}
                      onPatch={patch(f.id)}
                      correct={(close) => (
                        <FigureCorrectForm figure={f} busy={busy} onPatch={patch(f.id)} onClose={close} />
                      )}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollBox>
    </div>
  );
}
