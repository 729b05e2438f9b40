import { SessionResponseSchema } from '@ipb/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '@/lib/api-send';
import { type Session, sessionQueryOptions } from '@/lib/session';

export interface Credentials {
  username: string;
  password: string;
}

/** POST /api/auth/login: sets the session cookie and answers the new session (with its CSRF token). */
export async function login(credentials: Credentials): Promise<Session> {
  // No session exists yet, so there is no CSRF token to send: the API does not ask for one here.
  return apiSend('POST', '/auth/login', { ...credentials }, SessionResponseSchema, { csrfToken: null });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: async (session) => {
      queryClient.setQueryData(sessionQueryOptions().queryKey, session);
      // What an anonymous user saw (queues, 401s) is stale now.
      await queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
    },
  });
}
