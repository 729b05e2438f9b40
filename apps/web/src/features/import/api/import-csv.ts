import { type CsvImportResponse, CsvImportResponseSchema } from '@ipb/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type Send, useSend } from '@/lib/api-send';

/** POST /api/observations/import: every row or none; rows already imported are skipped. */
export async function importCsv(send: Send, file: File): Promise<CsvImportResponse> {
  const form = new FormData();
  form.append('file', file, file.name);
  return send('POST', '/observations/import', form, CsvImportResponseSchema);
}

export function useImportCsv() {
  const send = useSend();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => importCsv(send, file),
    onSuccess: async (result) => {
      // New figures show in charts, the queue and the audit log; an unchanged file wrote nothing.
      if (result.added) await queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
    },
  });
}
