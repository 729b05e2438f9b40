import { MeasureCsvImportResponseSchema } from '@ipb/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { buildUrl } from '@/lib/api-client';
import { sendAndWait } from '@/lib/api-jobs';
import { type Send, useSend } from '@/lib/api-send';
import { refreshAfterEntry } from './refresh-after-entry';

export type MeasureCsvImport = ReturnType<typeof MeasureCsvImportResponseSchema.parse>;

/** GET /api/measures/import/template: the header and an example row, for the download link. */
export const measuresTemplateHref = buildUrl('/measures/import/template');

/** POST /api/measures/import: every row or none (a 422 lists each problem with its line and column); a large file is a job. */
export async function importMeasures(send: Send, file: File): Promise<MeasureCsvImport> {
  const form = new FormData();
  form.append('file', file, file.name);
  return sendAndWait(send, 'POST', '/measures/import', form, MeasureCsvImportResponseSchema);
}

export function useImportMeasures() {
  const send = useSend();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => importMeasures(send, file),
    onSuccess: async (result) => {
      // An unchanged file wrote nothing: no view has anything new to show.
      if (result.status !== 'unchanged') await refreshAfterEntry(queryClient);
    },
  });
}
