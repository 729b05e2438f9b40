import { type CsvPreview, CsvPreviewSchema } from '@ipb/domain';
import { useMutation } from '@tanstack/react-query';
import { buildUrl } from '@/lib/api-client';
import { type Send, useSend } from '@/lib/api-send';

/** GET /api/observations/import/template: the header and a marked example row (refused if left in). */
export const figuresTemplateHref = buildUrl('/observations/import/template');

/** POST /api/observations/import/preview: each row as it would be imported, or why not. Writes nothing. */
export async function previewCsv(send: Send, file: File): Promise<CsvPreview> {
  const form = new FormData();
  form.append('file', file, file.name);
  return send('POST', '/observations/import/preview', form, CsvPreviewSchema);
}

export function usePreviewCsv() {
  const send = useSend();
  return useMutation({ mutationFn: (file: File) => previewCsv(send, file) });
}
