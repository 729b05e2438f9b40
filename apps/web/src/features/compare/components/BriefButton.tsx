/** "生成对标简报": builds the brief of the compared places on the server and saves the .docx. */
import { useMutation } from '@tanstack/react-query';
import { useI18n } from '@/i18n';
import { downloadBlob, downloadName } from '@/lib/download';
import { type BriefParams, getBriefDocx } from '../api/get-brief';

export function BriefButton(params: BriefParams) {
  const { t } = useI18n();
  const brief = useMutation({
    mutationFn: () => getBriefDocx(params),
    onSuccess: (blob) => downloadBlob(blob, downloadName(t('brief.button'), 'docx')),
  });
  return (
    <div className="brief-action">
      <button
        type="button"
        className="button"
        onClick={() => brief.mutate()}
        disabled={brief.isPending || !params.regions.length}
        aria-describedby="brief-hint"
      >
        {brief.isPending ? t('brief.working') : t('brief.button')}
      </button>
      <p id="brief-hint" className="field-hint">
        {t('brief.hint')}
      </p>
      {brief.isError && (
        <p className="form-error" role="alert">
          {t('brief.failed', { message: brief.error.message })}
        </p>
      )}
    </div>
  );
}
