import { MeasureCsvImportResponseSchema } from '@ipb/domain';
import { describe, expect, it, vi } from 'vitest';
import { json } from '@/test/stub-api';
import { ApiError } from './api-client';
import { sendAndWait } from './api-jobs';
import { apiSend, type Send } from './api-send';

const job = (status: string, extra: object = {}) => ({
  id: 'AAAAAAAAAAAAAAAAAAAAAA',
  kind: 'measures-csv',
  status,
  progress: { phase: status === 'done' ? 'done' : 'writing', done: 0, total: null },
  createdAt: '2026-01-01T00:00:00.000Z',
  finishedAt: null,
  result: null,
  problem: null,
  statusUrl: '/api/jobs/AAAAAAAAAAAAAAAAAAAAAA',
  ...extra,
});
const RESULT = { sourceId: 7, status: 'new', rows: 20000, replacedSourceId: null };
const send: Send = (method, path, body, schema) => apiSend(method, path, body, schema, { csrfToken: 'c' });

function stub(answers: Response[]) {
  const requested: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
      requested.push(`${init.method ?? 'GET'} ${new URL(String(input), 'http://localhost').pathname}`);
      return answers.shift() ?? json({}, 500);
    }),
  );
  return requested;
}

describe('sendAndWait', () => {
  it('returns the answer of a write answered at once', async () => {
    stub([json(RESULT, 201)]);
    expect(await sendAndWait(send, 'POST', '/measures/import', null, MeasureCsvImportResponseSchema)).toEqual(RESULT);
  });

  it('polls a 202 job until it is done and returns its result', async () => {
    const requested = stub([json(job('queued'), 202), json(job('running')), json(job('done', { result: RESULT }))]);
    const waits: number[] = [];
    const result = await sendAndWait(
      send,
      'POST',
      '/measures/import',
      null,
      MeasureCsvImportResponseSchema,
      async (ms) => {
        waits.push(ms);
      },
    );
    expect(result).toEqual(RESULT);
    expect(requested).toEqual([
      'POST /api/measures/import',
      'GET /api/jobs/AAAAAAAAAAAAAAAAAAAAAA',
      'GET /api/jobs/AAAAAAAAAAAAAAAAAAAAAA',
    ]);
    expect(waits).toHaveLength(2);
  });

  it("throws a failed job's problem as an ApiError with its code", async () => {
    const problem = { type: 'x', title: 'CSV has errors', status: 422, detail: 'line 3: bad', code: 'csv-has-errors' };
    stub([json(job('queued'), 202), json(job('failed', { problem }))]);
    const error = await sendAndWait(
      send,
      'POST',
      '/measures/import',
      null,
      MeasureCsvImportResponseSchema,
      async () => {},
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 422, code: 'csv-has-errors', message: 'line 3: bad' });
  });
});
