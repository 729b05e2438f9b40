/**
 * The CSV import loses nothing and duplicates nothing (issue 11, defects 3 and 4), each
 * reproduction of the audit as a test: a quote left open refuses the file; an import is its
 * content, so another file under the same name adds and the same file under another name is
 * "unchanged"; replacing an earlier import is an explicit choice; values must fit their indicator;
 * a large file is a job answered 202 whose write waits for the write lock without holding up readers.
 */
import { JOB_THRESHOLD_BYTES, MeasureCsvImportResponseSchema } from '@ipb/domain';
import { describe, expect, it } from 'vitest';
import { loginAs, type TestApp, useTestApp } from './helper';

const t = useTestApp();
const HEADER = 'region,indicator,year,value,unit,quote,source_title';
const csv = (...rows: string[]) => `${[HEADER, ...rows].join('\r\n')}\r\n`;

async function post(
  body: string,
  name: string,
  query = '',
  path = '/api/observations/import',
  as?: Record<string, string>,
) {
  const editor = as ?? (await loginAs(t.app, 'editor'));
  return t.app.inject({
    method: 'POST',
    url: `${path}${query}`,
    headers: { ...editor, 'content-type': 'text/csv', 'x-file-name': name },
    payload: body,
  });
}
const figures = async (app: TestApp) => (await app.inject('/api/health')).json().database.observations as number;

describe('parsing', () => {
  it('refuses a file whose quote is left open, instead of swallowing the next row', async () => {
    const before = await figures(t.app);
    const res = await post(
      csv('150100,gdp,2001,1,亿元,"unterminated quote row 1,t3', '150100,gdp,2002,2,亿元,"second row",t3'),
      'unterminated.csv',
    );
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'csv-has-errors' });
    expect(res.json().errors[0].path).toMatch(/^line 2\./);
    expect(res.json().errors[0].message).toMatch(/quote/);
    expect(await figures(t.app)).toBe(before);
  });

  it('refuses a row with more cells than the header has columns', async () => {
    const res = await post(csv('150100,gdp,2003,3,亿元,a quote, with a comma,src'), 'extra.csv');
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0]).toMatchObject({ path: 'line 2.', message: expect.stringMatching(/comma/) });
  });

  it('reads quoted commas, doubled quotes and line breaks inside a cell', async () => {
    const res = await post(csv('150100,gdp,2004,4,亿元,"line one,\r\nline ""two""",src'), 'quoted.csv');
    expect(res.statusCode, res.body).toBe(201);
  });
});

describe('identity is the content', () => {
  const A = csv('150100,gdp,2011,11,亿元,file A row 1,A', '150100,gdp,2012,12,亿元,file A row 2,A');
  const B = csv('150100,gdp,2013,13,亿元,file B row 1,B');
  const measures = (title: string) =>
    `themes,title,text,date\r\ntech_finance,${title},对科技贷款按损失给予补偿（测试）。,2024-03-01\r\n`;

  it('keeps both figure files sent under one name, and adds nothing for the same rows under other names', async () => {
    const before = await figures(t.app);
    const a = await post(A, 'figures.csv');
    expect(a.statusCode).toBe(201);
    const b = await post(B, 'figures.csv');
    expect(b.json()).toMatchObject({ status: 'imported', added: 1 });
    expect(await figures(t.app)).toBe(before + 3);
    for (const name of ['copy1.csv', 'copy2.csv']) {
      const again = await post(A, name);
      expect(again.statusCode).toBe(200);
      expect(again.json()).toMatchObject({ status: 'unchanged', added: 0, unchanged: 2 });
    }
    expect(await figures(t.app)).toBe(before + 3);
  });

  it('replaces an earlier measures import only when asked (replace=<its sourceId>)', async () => {
    const path = '/api/measures/import';
    const earlier = (await post(measures('旧版清单条目'), 'c.csv', '', path)).json().sourceId;
    const res = await post(measures('新版清单条目'), 'c.csv', `?replace=${earlier}`, path);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ status: 'replaced', replacedSourceId: earlier });
    expect((await t.app.inject(`/api/sources/${earlier}`)).statusCode).toBe(404);
  });

  it('refuses to replace what is not an import of the same kind, and writes nothing', async () => {
    const path = '/api/measures/import';
    const bulletin = (await t.app.inject('/api/sources'))
      .json()
      .items.find((s: { type: string }) => s.type === 'bulletin');
    const sources = async () => (await t.app.inject('/api/health')).json().database.sources as number;
    const before = await sources();
    const res = await post(measures('不应写入的条目'), 'd.csv', `?replace=${bulletin.id}`, path);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('replace-target-not-an-import');
    expect((await post(measures('不应写入的条目'), 'd.csv', '?replace=999999', path)).statusCode).toBe(404);
    expect(await sources()).toBe(before);
  });

  it('treats the measures CSV the same way', async () => {
    const first = await post(measures('设立风险补偿资金池'), 'inventory.csv', '', '/api/measures/import');
    expect(first.statusCode, first.body).toBe(201);
    const again = await post(measures('设立风险补偿资金池'), 'renamed.csv', '', '/api/measures/import');
    expect(again.json()).toMatchObject({ status: 'unchanged', sourceId: first.json().sourceId });
  });
});

describe('values must fit their indicator', () => {
  it.each([
    ['a negative count', '150100,high_tech_enterprises,2020,-5,家,negative count,src', /cannot be negative/],
    ['a share over 100 %', '150100,rd_intensity,2020,140,%,share,src', /between 0 and 100/],
    ['a unit of another dimension', '150100,high_tech_enterprises,2020,5,亿元,money for a count,src', /家/],
  ])('refuses %s', async (_, row, message) => {
    const res = await post(csv(row), 'bad-value.csv');
    expect(res.statusCode, res.body).toBe(422);
    expect(
      res
        .json()
        .errors.map((e: { message: string }) => e.message)
        .join(' '),
    ).toMatch(message);
  });

  it('accepts a decline as a negative growth', async () => {
    const header = 'region,indicator,year,kind,value,unit,quote,source_title';
    const body = `${header}\r\n150100,gdp,2020,growth,-3.5,%,GDP fell 3.5 %,src\r\n`;
    expect((await post(body, 'growth.csv')).statusCode).toBe(201);
  });
});

/** A CSV just over the size that makes an import a job. */
function largeCsv(tag: string): string {
  const rows: string[] = [];
  for (let k = 0, bytes = 0; bytes <= JOB_THRESHOLD_BYTES; k++) {
    rows.push(`150100,gdp,${1950 + (k % 70)},${k + 1},亿元,${tag} row ${k},${tag}`);
    bytes += Buffer.byteLength(rows[k] ?? '') + 2;
  }
  return csv(...rows);
}

/** The job's final state, as its status URL gives it once the runner has finished it. */
async function untilFinished(url: string, headers: Record<string, string>) {
  await t.app.jobs.watch(url.split('/').pop() ?? '', (job) => job.status === 'done' || job.status === 'failed');
  return (await t.app.inject({ url, headers })).json();
}

describe('a large import is a job', () => {
  it('answers 202 with a status URL, and readers are answered while it waits to write', async () => {
    const editor = await loginAs(t.app, 'editor');
    const before = await figures(t.app);
    // Hold the write lock, as a long write would: the import must wait for it, readers must not.
    const release = await t.app.writes.acquire();
    const res = await post(largeCsv('large'), 'large.csv', '', undefined, editor);
    expect(res.statusCode).toBe(202);
    const job = res.json();
    expect(res.headers.location).toBe(job.statusUrl);
    expect(job).toMatchObject({ kind: 'observations-csv', status: expect.stringMatching(/queued|running/) });
    await t.app.jobs.watch(job.id, (j) => j.progress.phase === 'waiting' || j.status === 'failed');
    const waiting = (await t.app.inject({ url: job.statusUrl, headers: editor })).json();
    expect(waiting).toMatchObject({ status: 'running', progress: { phase: 'waiting' } });
    expect((await t.app.inject('/api/observations?limit=1')).statusCode).toBe(200);
    expect(await figures(t.app)).toBe(before);
    release();
    const done = await untilFinished(job.statusUrl, editor);
    expect(done).toMatchObject({ status: 'done', result: { status: 'imported' }, problem: null });
    expect(await figures(t.app)).toBe(before + done.result.added);
  });

  it('reports a large file with errors as a failed job with the same problem, having written nothing', async () => {
    const editor = await loginAs(t.app, 'editor');
    const before = await figures(t.app);
    const res = await post(`${largeCsv('broken')}150100,gdp,1999,-1,斤,bad unit,x\r\n`, 'broken.csv');
    expect(res.statusCode).toBe(202);
    const job = await untilFinished(res.json().statusUrl, editor);
    expect(job.status).toBe('failed');
    expect(job.problem).toMatchObject({ status: 422, code: 'csv-has-errors' });
    expect(await figures(t.app)).toBe(before);
  });

  it('shows a job to its owner only', async () => {
    const res = await post(largeCsv('private'), 'private.csv');
    const other = await loginAs(t.app, 'editor', 'another-editor');
    const seen = await t.app.inject({ url: res.json().statusUrl, headers: other });
    expect(seen.statusCode).toBe(404);
    expect(seen.json().code).toBe('unknown-job');
    await untilFinished(res.json().statusUrl, await loginAs(t.app, 'editor'));
  });
});

describe('the measures CSV says each problem by its code, so the interface words it in either language', () => {
  const codes = async (body: string) => {
    const res = await post(body, 'inventory.csv', '', '/api/measures/import');
    expect(res.statusCode, res.body).toBe(422);
    return res.json().errors.map((e: { path: string; code?: string }) => `${e.path} ${e.code}`);
  };
  const HEAD = 'region,themes,title,text,date';

  it('refuses the template unchanged: its example row is marked', async () => {
    const template = await t.app.inject('/api/measures/import/template');
    expect(await codes(template.body)).toEqual(['line 2. example-row']);
  });

  it('codes a place, a theme, a date and a title it cannot use, each by line and column', async () => {
    const rows = [
      HEAD,
      '无此地,tech_finance,设立风险补偿资金池,对贷款损失给予补偿。,2024-03-01',
      '150100,no_theme,标题,正文。,2024-02-30',
      '150100,tech_finance,x,正文。,2024-03-01',
    ];
    expect(await codes(`${rows.join('\r\n')}\r\n`)).toEqual([
      'line 2.region unknown-place',
      'line 3.themes unknown-theme',
      'line 3.date not-a-date',
      'line 4.title too-small',
    ]);
  });

  it('writes all or nothing: a file with a bad row writes none, then a good one with two themes is one row', async () => {
    const header = 'region,themes,title,text,date,programs,document,url';
    const bad = `${header}\n呼和浩特,tech_finance,好标题,好的正文内容,2024-01-01,,,\n火星市,no_theme,题,正文,2024-13-01,,,\n`;
    const before = (await t.app.inject('/api/measures?region=150100&limit=1')).json().total;
    expect(await codes(bad)).toEqual(expect.arrayContaining(['line 3.region unknown-place', 'line 3.date not-a-date']));
    expect((await t.app.inject('/api/measures?region=150100&limit=1')).json().total).toBe(before);
    const good = `${header}\n呼和浩特,talent;tech_finance,好标题,好的正文内容,2024-01-01,,,\n`;
    const res = await post(good, 'inventory-two-themes.csv', '', '/api/measures/import');
    expect(res.statusCode, res.body).toBe(201);
    expect(MeasureCsvImportResponseSchema.parse(res.json()).rows).toBe(1);
  });

  it('codes a header without its columns, a file without rows and a quote left open', async () => {
    expect(await codes('title,text\r\n')).toEqual(['line 1.themes, date missing-columns']);
    expect(await codes(`${HEAD}\r\n`)).toEqual(['line 2. no-rows']);
    expect(await codes(`${HEAD}\r\n150100,tech_finance,"未闭合,正文,2024-03-01\r\n`)).toEqual([
      'line 2. unclosed-quote',
    ]);
  });
});
