/**
 * Issue 9 through the API: an upload's source hints (form fields or query parameters) say which
 * place 全区 is; a repeated fact is one observation whose citation holds every span; figures carry
 * the two axes and can be filtered by them; a planned doubling is listed as the goal level it implies.
 */
import { describe, expect, it } from 'vitest';
import { loginAs, useTestApp } from './helper';

const t = useTestApp();

const NEWS = `区科技局召开科技型企业培育工作会

近日，全区科技型企业培育工作会召开。会议通报，截至2024年底，全区高新技术企业达到1500家，较上年增加120家。

会议提出，到2027年，全区高新技术企业数量增长1倍。截至2024年底，全区高新技术企业达到1500家。
`;

/** A multipart body with the file and the form's other fields, as a browser sends it. */
function multipart(fields: Record<string, string>, file: { name: string; text: string }) {
  const boundary = '----ipb-test-boundary';
  const parts = [
    ...Object.entries(fields).map(
      ([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
    ),
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: text/plain\r\n\r\n${file.text}\r\n`,
    `--${boundary}--\r\n`,
  ];
  return { payload: Buffer.from(parts.join(''), 'utf8'), contentType: `multipart/form-data; boundary=${boundary}` };
}

async function upload(fields: Record<string, string>, text = NEWS) {
  const editor = await loginAs(t.app, 'editor');
  const body = multipart(fields, { name: 'news-2025-03.txt', text });
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/sources',
    headers: { ...editor, 'content-type': body.contentType },
    payload: body.payload,
  });
  return { res, editor };
}

describe('source hints on upload', () => {
  it('leaves a text that names no place for review, and takes the place from a hint when given', async () => {
    const none = await upload({});
    expect(none.res.statusCode, none.res.body).toBe(201);
    expect(none.res.json().articles[0]).toMatchObject({ regionCode: null, placeReview: true });

    const hinted = await upload({ url: 'https://kjj.example.gov.cn/art/1.html', publisher: '西安市雁塔区科学技术局' });
    expect(hinted.res.statusCode, hinted.res.body).toBe(201);
    const preview = hinted.res.json();
    expect(preview.articles[0]).toMatchObject({ regionCode: '610113', placeEvidence: 'metadata', placeReview: false });
    expect(preview.articles[0].placeNote).toContain('西安市雁塔区科学技术局');
    expect(preview.url).toBe('https://kjj.example.gov.cn/art/1.html');
  });

  it('reads hints from the query string of a raw upload', async () => {
    const editor = await loginAs(t.app, 'editor');
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/sources?place=${encodeURIComponent('西安市雁塔区')}`,
      headers: { ...editor, 'content-type': 'text/plain; charset=utf-8', 'x-file-name': 'raw.txt' },
      payload: NEWS.replace('近日', '日前'),
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().articles[0].regionCode).toBe('610113');
  });

  it('answers a hint too long to be one with a problem naming the field', async () => {
    const { res } = await upload({ place: '区'.repeat(101) });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.json().detail).toMatch(/place/);
  });
});

describe('a confirmed upload: repeats, axes and goals', () => {
  it('stores one observation per fact, its axes and the address, and lists a planned doubling as a goal level', async () => {
    const { res, editor } = await upload(
      { place: '610113', url: 'https://yanta.gov.cn/news/1.html' },
      NEWS.replace('近日', '今天'),
    );
    expect(res.statusCode, res.body).toBe(201);
    const confirm = await t.app.inject({
      method: 'POST',
      url: `/api/sources/${res.json().id}/confirm`,
      headers: editor,
    });
    expect(confirm.statusCode, confirm.body).toBe(200);
    const { sourceId } = confirm.json();

    const source = (await t.app.inject(`/api/sources/${sourceId}`)).json();
    expect(source.url).toBe('https://yanta.gov.cn/news/1.html');

    const records = (await t.app.inject(`/api/sources/${sourceId}/records`)).json();
    const stock = records.observations.filter((o: { valueAsWritten: number }) => o.valueAsWritten === 1500);
    expect(stock).toHaveLength(1);
    expect(stock[0].repeats).toHaveLength(1);
    const [again] = stock[0].repeats;
    expect(source.rawText.slice(again.start, again.end)).toBe('1500家');
    const change = records.observations.find((o: { valueAsWritten: number }) => o.valueAsWritten === 120);
    expect(change).toMatchObject({ kind: 'growth', measure: 'change', status: 'actual' });

    const goals = (await t.app.inject('/api/observations?region=610113&status=target&measure=rate')).json().items;
    expect(goals).toHaveLength(1);
    expect(goals[0]).toMatchObject({ kind: 'target', measure: 'rate', status: 'target', valueAsWritten: 1 });
    const listed = (await t.app.inject('/api/observations?region=610113&indicator=high_tech_enterprises')).json().items;
    const cited = listed.find((o: { valueAsWritten: number }) => o.valueAsWritten === 1500);
    expect(cited.citation.repeats).toHaveLength(1);

    const targets = (await t.app.inject('/api/targets?region=610113')).json().items;
    const doubling = targets.find((x: { observationId: number }) => x.observationId === goals[0].observationId);
    expect(doubling).toMatchObject({
      aim: 'change',
      value: 3000,
      unit: '家',
      deadlineYear: 2027,
      written: { value: 1, unit: '倍', baselineYear: 2024 },
    });
  });
});
