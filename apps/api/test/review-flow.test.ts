import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, loginAs, useTestApp } from './helper';

const t = useTestApp();

const NEWS = `扬州市持续加大科技金融支持力度

今年以来，扬州市加快构建科技金融服务体系。一是扩大科技信贷规模，截至6月底，全市科技贷款余额达到123.4亿元，同比增长15.2%。二是支持企业上市融资，新增上市企业3家。
`;

describe('upload a document, confirm it, correct a figure, read the audit log', () => {
  it('runs the whole editor flow', async () => {
    const editor = await loginAs(t.app, 'editor');
    const preview = await t.app.inject({
      method: 'POST',
      url: '/api/sources',
      headers: { ...editor, 'content-type': 'text/plain; charset=utf-8', 'x-file-name': 'news.txt' },
      payload: NEWS,
    });
    expect(preview.statusCode, preview.body).toBe(201);
    const body = preview.json();
    expect(body.alreadyImported).toBe(false);
    expect(body.articles[0].regionCode).toBe('321000');

    const confirm = await t.app.inject({ method: 'POST', url: `/api/sources/${body.id}/confirm`, headers: editor });
    expect(confirm.statusCode, confirm.body).toBe(200);
    const { sourceId, status, observations } = confirm.json();
    expect(status).toBe('new');
    expect(observations).toBeGreaterThan(0);

    // A preview is confirmed once; the second answer names what the first one imported.
    const again = await t.app.inject({ method: 'POST', url: `/api/sources/${body.id}/confirm`, headers: editor });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'upload-already-confirmed', params: { sourceId } });

    const measures = await t.app.inject(`/api/measures?source=${sourceId}`);
    expect(measures.json().items.length).toBeGreaterThan(0);

    const queue = (await t.app.inject({ url: '/api/review-queue?limit=500', headers: editor })).json();
    const figure = queue.items.find(
      (i: { entity: string; citation: { sourceId: number } }) =>
        i.entity === 'observation' && i.citation.sourceId === sourceId,
    );
    expect(figure).toBeDefined();

    const corrected = await t.app.inject({
      method: 'PATCH',
      url: `/api/observations/${figure.id}`,
      headers: editor,
      payload: { action: 'correct', reason: '核对原文：数值有误', changes: { value: 12_350_000_000 } },
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json().reviewStatus).toBe('corrected');

    const audit = (
      await t.app.inject({ url: `/api/audit?entity=observation&entityId=${figure.id}`, headers: editor })
    ).json();
    expect(audit.items[0]).toMatchObject({ actor: 'editor-user', action: 'correct', reason: '核对原文：数值有误' });
    expect(audit.items[0].after).toMatchObject({ value: 12_350_000_000, reviewStatus: 'corrected' });
    expect(audit.items[0].before).toHaveProperty('value');
  });

  it('refuses an empty or binary upload with a clear problem, and stores nothing', async () => {
    const editor = await loginAs(t.app, 'editor');
    const before = (await t.app.inject('/api/sources')).json().items.length;
    for (const payload of [Buffer.alloc(0), Buffer.from([0, 1, 2, 0, 0, 255, 254, 0])]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/sources',
        headers: { ...editor, 'content-type': 'application/octet-stream' },
        payload,
      });
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
    }
    expect((await t.app.inject('/api/sources')).json().items.length).toBe(before);
  });

  it('recognises a bulletin that is already imported', async () => {
    const editor = await loginAs(t.app, 'editor');
    const bytes = readFileSync(join(DATA_DIR, 'bulletins', 'kejiqingbao-2024-07.txt'));
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/sources',
      headers: { ...editor, 'content-type': 'application/octet-stream' },
      payload: bytes,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().alreadyImported).toBe(true);
  });
});

describe('CSV import of figures', () => {
  it('offers a template that names every column', async () => {
    const res = await t.app.inject('/api/observations/import/template');
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    expect(res.body.startsWith('\uFEFFregion,indicator,year')).toBe(true);
  });

  it('imports a valid file (all rows) and reports row errors with line numbers (no rows)', async () => {
    const editor = await loginAs(t.app, 'editor');
    const good = [
      'region,indicator,year,value,unit,quote,source_title',
      '呼和浩特,high_tech_enterprises,2023,"1,000",家,截至2023年底高企1000家（测试）,测试来源',
      '150100,tech_smes,2023,900,家,科小900家（测试）,测试来源',
    ].join('\n');
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/observations/import',
      headers: { ...editor, 'content-type': 'text/csv', 'x-file-name': 'hohhot-2023.csv' },
      payload: good,
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().rows).toBe(2);

    const bad = [
      'region,indicator,year,value,unit,quote,source_title',
      '呼和浩特,high_tech_enterprises,2023,12,家,ok,测试来源',
      '火星,high_tech_enterprises,2023,12,家,x,测试来源',
      '呼和浩特,not_an_indicator,2023,abc,斤,x,测试来源',
    ].join('\r\n');
    const before = (await t.app.inject('/api/series?indicator=high_tech_enterprises&regions=150100')).json();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/observations/import',
      headers: { ...editor, 'content-type': 'text/csv', 'x-file-name': 'bad.csv' },
      payload: bad,
    });
    expect(res.statusCode).toBe(422);
    const lines = res.json().errors.map((e: { path: string }) => e.path);
    expect(lines).toEqual(expect.arrayContaining(['line 3.region', 'line 4.indicator', 'line 4.value', 'line 4.unit']));
    const after = (await t.app.inject('/api/series?indicator=high_tech_enterprises&regions=150100')).json();
    expect(after).toEqual(before);
  });

  it('reads a CSV saved by Excel in GB18030', async () => {
    const editor = await loginAs(t.app, 'editor');
    // "region,indicator,year,value,unit,quote,source_title\n150100,gdp,2021,1,亿元,测,测" with 亿元/测 in GBK
    const header = Buffer.from('region,indicator,year,value,unit,quote,source_title\n150100,gdp,2021,1,', 'ascii');
    const gbk = Buffer.from([0xd2, 0xda, 0xd4, 0xaa, 0x2c, 0xb2, 0xe2, 0x2c, 0xb2, 0xe2, 0x0a]);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/observations/import',
      headers: { ...editor, 'content-type': 'text/csv', 'x-file-name': 'gbk.csv' },
      payload: Buffer.concat([header, gbk]),
    });
    expect(res.statusCode, res.body).toBe(201);
  });
});
