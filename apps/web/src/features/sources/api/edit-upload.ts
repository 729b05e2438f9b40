import { type UploadItemPatch, UploadPreviewSchema } from '@ipb/domain';
import { useMutation } from '@tanstack/react-query';
import { type Send, useSend } from '@/lib/api-send';
import type { UploadPreview } from './upload-source';

export interface UploadEdit {
  uploadId: number;
  item: string;
  patch: UploadItemPatch;
}

/** PATCH /api/uploads/:id/items/:item: correct, drop or restore one extracted item (audited); the new preview. */
export async function editUpload(send: Send, { uploadId, item, patch }: UploadEdit): Promise<UploadPreview> {
  return send('PATCH', `/uploads/${uploadId}/items/${encodeURIComponent(item)}`, patch, UploadPreviewSchema);
}

export function useEditUpload(onPreview: (preview: UploadPreview) => void) {
  const send = useSend();
  return useMutation({ mutationFn: (edit: UploadEdit) => editUpload(send, edit), onSuccess: onPreview });
}
