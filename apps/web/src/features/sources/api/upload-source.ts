import { ConfirmResponseSchema, type SourceHints, UploadPreviewSchema } from '@ipb/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sendAndWait } from '@/lib/api-jobs';
import { type Send, useSend } from '@/lib/api-send';

export type UploadPreview = ReturnType<typeof UploadPreviewSchema.parse>;
export type ConfirmResult = ReturnType<typeof ConfirmResponseSchema.parse>;

/**
 * Runs the extraction pipeline on the file and stores a preview; nothing is imported yet. The hints
 * (address, publisher, place) tell the extractor which place 我市/全区 is when the text does not.
 * A large file is a job, polled to its preview.
 */
export async function uploadSource(send: Send, file: File, hints: SourceHints = {}): Promise<UploadPreview> {
  const form = new FormData();
  for (const [name, value] of Object.entries(hints)) if (value?.trim()) form.append(name, value.trim());
  form.append('file', file, file.name);
  return sendAndWait(send, 'POST', '/sources', form, UploadPreviewSchema);
}

export interface ConfirmRequest {
  uploadId: number;
  /** Replace a version of the document imported after this preview was made (the API refuses otherwise). */
  replaceNewer?: boolean;
}

/** Imports exactly what was previewed, once. */
export async function confirmUpload(
  send: Send,
  { uploadId, replaceNewer = false }: ConfirmRequest,
): Promise<ConfirmResult> {
  const body = replaceNewer ? { replaceNewer: true } : null;
  return sendAndWait(send, 'POST', `/sources/${uploadId}/confirm`, body, ConfirmResponseSchema);
}

export function useUploadSource() {
  const send = useSend();
  return useMutation({
    mutationFn: ({ file, hints }: { file: File; hints: SourceHints }) => uploadSource(send, file, hints),
  });
}

export function useConfirmUpload() {
  const send = useSend();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ConfirmRequest) => confirmUpload(send, request),
    onSuccess: async () => {
      // The new issue's measures and figures show up everywhere: lists, facets, and the source list.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['sources'] }),
        queryClient.invalidateQueries({ queryKey: ['measures'] }),
      ]);
    },
  });
}
