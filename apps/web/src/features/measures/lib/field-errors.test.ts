import { describe, expect, it } from 'vitest';
import { sortProblems } from './field-errors';

describe('sortProblems', () => {
  it.each([
    { path: 'body.title', field: 'title' },
    { path: 'body.themes.0', field: 'themes' },
    { path: 'body.programs.3', field: 'programs' },
    { path: 'body.region', field: 'region' },
    { path: 'body.url', field: 'url' },
  ])('$path belongs to $field', ({ path, field }) => {
    expect(sortProblems([{ path, message: 'm' }]).fields).toEqual({ [field]: ['m'] });
  });

  it.each(['body', 'body.confidence', 'querystring.q', 'line 2.title', ''])('%j belongs to no field', (path) => {
    const sorted = sortProblems([{ path, message: 'm' }]);
    expect(sorted.fields).toEqual({});
    expect(sorted.other).toEqual([{ path, message: 'm' }]);
    expect(sorted.first).toBeNull();
  });

  it('names the first field in form order, and keeps two messages of one field once each', () => {
    const sorted = sortProblems([
      { path: 'body.url', message: 'a full URL' },
      { path: 'body.themes.0', message: 'Invalid option' },
      { path: 'body.themes.1', message: 'Invalid option' },
      { path: 'body.themes', message: 'pick at least one theme' },
    ]);
    expect(sorted.first).toBe('themes');
    expect(sorted.fields).toEqual({ themes: ['Invalid option', 'pick at least one theme'], url: ['a full URL'] });
  });
});
