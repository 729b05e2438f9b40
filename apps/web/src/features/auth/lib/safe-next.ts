/**
 * Where to go after logging in: `next` from the URL, but only a path of this site. Anything that
 * could leave the origin (`//evil.example`, `https://…`, `/\evil`) or loop back to /login falls
 * back to the overview.
 */
export function safeNext(next: string | null): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (/^\/login(?:[/?#]|$)/.test(next)) return '/';
  return next;
}
