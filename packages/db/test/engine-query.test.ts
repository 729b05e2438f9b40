import { describe, expect, it } from 'vitest';
import { query } from '../src/engine/query';

describe('query: one declaration for both engines', () => {
  it('numbers placeholders for PostgreSQL, leaving a ? inside a string literal alone', () => {
    const q = query("SELECT * FROM t WHERE a = ? AND b = '?' AND c IN (?, ?)");
    expect(q.sqlite).toBe("SELECT * FROM t WHERE a = ? AND b = '?' AND c IN (?, ?)");
    expect(q.postgres).toBe("SELECT * FROM t WHERE a = $1 AND b = '?' AND c IN ($2, $3)");
  });

  it('keeps per-engine texts and names a statement by its PostgreSQL text', () => {
    const a = query({ sqlite: 'SELECT instr(title, ?)', postgres: 'SELECT strpos(title, ?)' });
    expect(a.sqlite).toBe('SELECT instr(title, ?)');
    expect(a.postgres).toBe('SELECT strpos(title, $1)');
    expect(query('SELECT strpos(title, ?)').name).toBe(a.name);
    expect(query('SELECT 1').name).not.toBe(a.name);
  });
});
