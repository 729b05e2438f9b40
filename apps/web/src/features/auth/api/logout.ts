import { SessionResponseSchema } from '@ipb/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useSend } from '@/lib/api-send';
import { sessionQueryOptions } from '@/lib/session';

/** POST /api/auth/logout (with the CSRF token, like every cookie write). */
export function useLogout() {
  const send = useSend();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => send('POST', '/auth/logout', null, SessionResponseSchema),
    onSuccess: (session) => {
      queryClient.setQueryData(sessionQueryOptions().queryKey, session);
      queryClient.removeQueries({ queryKey: ['review-queue'] });
    },
  });
}
