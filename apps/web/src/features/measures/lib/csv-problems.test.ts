import { describe, expect, it } from 'vitest';
import { csvProblems } from './csv-problems';

describe('csvProblems', () => {
  it.each([
    { path: 'line 2.region', line: 2, column: 'region' },
    { path: 'line 14.date', line: 14, column: 'date' },
    { path: 'line 1.themes, title, text, date', line: 1, column: 'themes, title, text, date' },
    { path: 'line 2.', line: 2, column: '' },
    { path: 'line null.file', line: null, column: 'file' },
    { path: 'file', line: null, column: 'file' },
  ])('$path', ({ path, line, column }) => {
    const problem = { path, message: 'm', code: 'required' as const };
    expect(csvProblems([problem])).toEqual([{ ...problem, line, column }]);
  });
});
