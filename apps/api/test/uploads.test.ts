/**
 * Uploads and their previews (issue 11, defects 5 and 6), each reproduction of the audit as a test:
 * a malformed upload is a 4xx problem, never a 500; a preview is confirmed at most once, expires,
 * and does not replace a version imported after it was made unless the editor says so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { purgeExpired, query } from '@ipb/db';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, loginAs, useTestApp } from './helper';

const t = useTestApp();
const ISSUE = readFileSync(join(DATA_DIR, 'bulletins', 'kejiqingbao-2024-07.txt'), 'utf8');

async function upload(text: string, name: string) {
  const editor = await loginAs(t.app, 'editor');
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/sources',
    headers: { ...editor, 'content-type': 'text/plain; charset=utf-8', 'x-file-name': name },
    payload: text,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: number; expiresAt: string };
}

async function confirm(id: number, payload?: object) {
  const editor = await loginAs(t.app, 'editor');
  return t.app.inject({
    method: 'POST',
    url: `/api/sources/${id}/confirm`,
    headers: editor,
    ...(payload ? { payload } : {}),
  });
}

describe('malformed uploads answer 4xx problem+json', () => {
  const multipart = (body: string, contentType: string) => async () => {
    const editor = await loginAs(t.app, 'editor');
    return t.app.inject({
      method: 'POST',
      url: '/api/sources',
      headers: { ...editor, 'content-type': contentType },
      payload: body,
    });
  };

  it('takes an x-file-name that is not percent-encoding (100%.txt) as written', async () => {
    const editor = await loginAs(t.app, 'editor');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/sources',
      headers: { ...editor, 'content-type': 'text/plain', 'x-file-name': '100%.txt' },
      payload: ISSUE,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().fileName).toBe('100%.txt');
  });

  it.each([
    ['multipart/form-data without a boundary', multipart('--x\r\nhello', 'multipart/form-data'), 400],
    [
      'a multipart body cut short',
      multipart(
        `--BB\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\n${'内容'.repeat(50)}`,
        'multipart/form-data; boundary=BB',
      ),
      400,
    ],
    [
      'a multipart body without a file',
      multipart(
        '--BB\r\nContent-Disposition: form-data; name="note"\r\n\r\nhi\r\n--BB--\r\n',
        'multipart/form-data; boundary=BB',
      ),
      400,
    ],
  ])('%s', async (_, send, status) => {
    const res = await send();
    expect(res.statusCode, res.body).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json().code).toMatch(/^(malformed-multipart|no-file)$/);
  });
});

describe('previews', () => {
  it('are confirmed at most once', async () => {
    const preview = await upload(`${ISSUE}\n（once）`, 'once.txt');
    expect((await confirm(preview.id)).statusCode).toBe(200);
    const again = await confirm(preview.id);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('upload-already-confirmed');
  });

  it('do not let an older preview replace a newer import without an explicit choice', async () => {
    const v1 = await upload(`${ISSUE}\n（第一版）`, 'v1.txt');
    const v2 = await upload(`${ISSUE}\n（第二版，更新）`, 'v2.txt');
    const newer = await confirm(v2.id);
    expect(newer.statusCode).toBe(200);
    const refused = await confirm(v1.id);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      code: 'newer-version-imported',
      params: { sourceId: newer.json().sourceId },
    });
    const sources = (await t.app.inject('/api/sources')).json().items.map((s: { id: number }) => s.id);
    expect(sources).toContain(newer.json().sourceId);

    const chosen = await confirm(v1.id, { replaceNewer: true });
    expect(chosen.statusCode).toBe(200);
    expect(chosen.json().status).toBe('replaced');
  });

  it('expire a day after the upload (410), and are purged', async () => {
    const preview = await upload(`${ISSUE}\n（过期）`, 'late.txt');
    expect(Date.parse(preview.expiresAt) - Date.now()).toBeGreaterThan(23 * 3_600_000);
    const expire = query('UPDATE pending_uploads SET expires_at = ? WHERE id = ?');
    await t.app.store.engine.run(expire, [new Date(Date.now() - 1000).toISOString(), preview.id]);
    const late = await confirm(preview.id);
    expect(late.statusCode).toBe(410);
    expect(late.json().code).toBe('preview-expired');
    expect((await purgeExpired(t.app.store.engine, new Date())).previews).toBeGreaterThanOrEqual(1);
    expect((await confirm(preview.id)).statusCode).toBe(404);
  });
});
