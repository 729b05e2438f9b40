import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next';

describe('safeNext', () => {
  it.each<[string | null, string]>([
    [null, '/'],
    ['', '/'],
    ['/review', '/review'],
    ['/review?item=measure:3', '/review?item=measure:3'],
    ['/sources/2#120-168', '/sources/2#120-168'],
    ['review', '/'],
    ['https://evil.example/', '/'],
    ['//evil.example/', '/'],
    ['/\\evil.example', '/'],
    ['/login', '/'],
    ['/login?next=/review', '/'],
    ['/logins', '/logins'],
  ])('%j → %j', (next, expected) => {
    expect(safeNext(next)).toBe(expected);
  });
});
