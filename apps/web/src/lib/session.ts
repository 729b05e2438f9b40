/**
 * Who is logged in (GET /api/auth/session): shared because writes need its CSRF token
 * (lib/api-send.ts), editor-only views check the role, and the layout may show the user.
 */
import { type Role, SessionResponseSchema } from '@ipb/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from './api-client';

export type Session = ReturnType<typeof SessionResponseSchema.parse>;

export async function getSession(signal?: AbortSignal): Promise<Session> {
  return apiGet('/auth/session', SessionResponseSchema, { signal });
}

export const sessionQueryOptions = () =>
  queryOptions({
    queryKey: ['auth', 'session'],
    queryFn: ({ signal }) => getSession(signal),
    staleTime: 5 * 60_000,
  });

export function useSession() {
  return useQuery(sessionQueryOptions());
}

const RANK: Record<Role, number> = { viewer: 1, editor: 2, admin: 3 };

/** Whether a session's user has at least `role` (the API's rule: admin ⊃ editor ⊃ viewer). */
export function hasRole(session: Session | undefined, role: Role): boolean {
  const user = session?.user;
  return !!user && RANK[user.role] >= RANK[role];
}

/** The login page's URL that comes back to `location` afterwards. */
export function loginHref(location: { pathname: string; search: string; hash?: string }): string {
  const next = `${location.pathname}${location.search}${location.hash ?? ''}`;
  return `/login?next=${encodeURIComponent(next)}`;
}
