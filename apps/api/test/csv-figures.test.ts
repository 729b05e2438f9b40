/**
 * The CSV import of figures through the real app: the template's example row is refused, a preview
 * names each problem by row, column and code, imported rows enter review as bureau_entry citing the
 * given title, URL and document number, and importing the same rows again adds nothing.
 */
import {
  AuditListResponseSchema,
  CsvImportResponseSchema,
  CsvPreviewSchema,
  ProblemSchema,
  ReviewQueueResponseSchema,
} from '@ipb/domain';
import { describe, expect, it } from 'vitest';
import { loginAs, useTestApp } from './helper';

const t = useTestApp();

const HEADER = 'region,indicator,year,value,unit,quote,source_title,source_url,document_number';
const GOOD = [
  HEADER,
  '呼和浩特,high_tech_enterprises,2031,"1,234",家,截至2031年底全市高企1234家（测试）,呼和浩特市科技局 2031年工作总结,https://kjj.example.gov.cn/2031,呼科发〔2032〕3号',
  '150100,tech_smes,2031,987,家,2031年科小入库987家（测试）,呼和浩特市科技局 2031年工作总结,https://kjj.example.gov.cn/2031,呼科发〔2032〕3号',
].join('\r\n');

async function send(path: string, csv: string | Buffer, name = 'figures.csv') {
  const editor = await loginAs(t.app, 'editor');
  return t.app.inject({
    method: 'POST',
    url: `/api/observations/${path}`,
    headers: { ...editor, 'content-type': 'text/csv', 'x-file-name': name },
    payload: csv,
  });
}

async function queue() {
  const editor = await loginAs(t.app, 'editor');
  return ReviewQueueResponseSchema.parse(
    (await t.app.inject({ url: '/api/review-queue?limit=500', headers: editor })).json(),
  );
}

describe('CSV import of figures', () => {
  it('refuses the template unchanged: its example row is marked, and nothing is stored', async () => {
    const template = (await t.app.inject('/api/observations/import/template')).body;
    const preview = CsvPreviewSchema.parse((await send('import/preview', template)).json());
    expect(preview.rows).toEqual([expect.objectContaining({ line: 2, status: 'example', figure: null })]);
    expect(preview.rows[0]?.problems).toEqual([expect.objectContaining({ column: 'note', code: 'example-row' })]);
    expect(preview.importable).toBe(false);

    const before = (await queue()).all;
    const res = await send('import', template);
    expect(res.statusCode).toBe(422);
    const problem = ProblemSchema.parse(res.json());
    expect(problem.code).toBe('csv-has-errors');
    expect(problem.errors).toEqual([expect.objectContaining({ path: 'line 2.note', code: 'example-row' })]);
    expect((await queue()).all).toBe(before);
  });

  it('previews row by row: each problem by line, column and code, valid rows as the figure they add', async () => {
    const csv = [
      HEADER,
      '呼和浩特,high_tech_enterprises,2031,12,家,ok（测试）,测试来源,,',
      '火星,high_tech_enterprises,2031,12,家,x,测试来源,,',
      '呼和浩特,not_an_indicator,2031,abc,斤,x,测试来源,ftp://x,',
    ].join('\n');
    const preview = CsvPreviewSchema.parse((await send('import/preview', csv)).json());
    expect(preview.rows.map((r) => [r.line, r.status])).toEqual([
      [2, 'new'],
      [3, 'error'],
      [4, 'error'],
    ]);
    expect(preview.rows[0]?.figure).toMatchObject({ regionCode: '150100', indicatorNameEn: 'High-tech enterprises' });
    expect(preview.rows[1]?.problems).toEqual([
      expect.objectContaining({ column: 'region', code: 'unknown-place', params: { names: '火星' } }),
    ]);
    expect(preview.rows[2]?.problems.map((p) => `${p.column}:${p.code}`)).toEqual([
      'indicator:unknown-indicator',
      'value:not-a-number',
      'unit:unknown-unit',
      'source_url:invalid-format',
    ]);
    expect(preview.counts).toEqual({ rows: 3, new: 1, exists: 0, refused: 2 });
  });

  it('names the line of an unclosed quote instead of a missing column', async () => {
    const csv = `${HEADER}\n呼和浩特,high_tech_enterprises,2031,5,家,"不闭合的引号,测试来源,,\n`;
    const res = await send('import', csv);
    expect(res.statusCode).toBe(422);
    expect(ProblemSchema.parse(res.json()).errors).toEqual([
      expect.objectContaining({ code: 'unclosed-quote', params: { line: 2 } }),
    ]);
  });

  it('imports rows into review as bureau_entry, citing the given title, URL and document number', async () => {
    const before = await queue();
    const res = await send('import', GOOD);
    expect(res.statusCode, res.body).toBe(201);
    const result = CsvImportResponseSchema.parse(res.json());
    expect(result).toMatchObject({ status: 'imported', rows: 2, added: 2, unchanged: 0 });
    expect(result.sourceIds).toHaveLength(1);

    const after = await queue();
    expect(after.all).toBe(before.all + 2);
    const imported = after.items.filter((i) => i.citation.sourceId === result.sourceIds[0]);
    expect(imported).toHaveLength(2);
    for (const item of imported) {
      expect(item).toMatchObject({ entity: 'observation', reviewStatus: 'extracted' });
      expect(item.citation).toMatchObject({
        sourceType: 'csv',
        authority: 'bureau_entry',
        sourceTitle: '呼和浩特市科技局 2031年工作总结',
        url: 'https://kjj.example.gov.cn/2031',
        documentNumber: '呼科发〔2032〕3号',
      });
    }
    const source = (await t.app.inject(`/api/sources/${result.sourceIds[0]}`)).json();
    const quote = imported[0]?.citation;
    expect(source.rawText.slice(quote?.start, quote?.end)).toBe(quote?.quote);
  });

  it('imports the same rows again without duplicates, and the preview says they exist', async () => {
    const before = await queue();
    const preview = CsvPreviewSchema.parse((await send('import/preview', GOOD, 'again.csv')).json());
    expect(preview.rows.map((r) => r.status)).toEqual(['exists', 'exists']);
    const res = await send('import', GOOD, 'again.csv');
    expect(res.statusCode).toBe(200);
    expect(CsvImportResponseSchema.parse(res.json())).toMatchObject({ status: 'unchanged', added: 0, unchanged: 2 });
    expect((await queue()).all).toBe(before.all);
  });

  it('audits the import: who, what and how many', async () => {
    const editor = await loginAs(t.app, 'editor');
    const audit = (await t.app.inject({ url: '/api/audit?entity=csv', headers: editor })).json();
    expect(audit.items[0]).toMatchObject({ actor: 'editor-user', action: 'import', entity: 'csv' });
    expect(audit.items[0].after).toMatchObject({ added: 2 });
  });
});

describe('GET /api/audit', () => {
  const audit = async (query: string) => {
    const editor = await loginAs(t.app, 'editor');
    const res = await t.app.inject({ url: `/api/audit?${query}`, headers: editor });
    expect(res.statusCode, res.body).toBe(200);
    return AuditListResponseSchema.parse(res.json());
  };

  it('filters by action, actor and day, and pages with a cursor', async () => {
    const imports = await audit('action=import&actor=editor-user');
    expect(imports.total).toBeGreaterThan(0);
    expect(imports.items.every((e) => e.action === 'import' && e.actor === 'editor-user')).toBe(true);
    const today = new Date().toISOString().slice(0, 10);
    expect((await audit(`from=${today}&to=${today}&action=import`)).total).toBe(imports.total);
    expect((await audit('from=2000-01-01&to=2000-01-02')).total).toBe(0);

    const all = await audit('limit=1000');
    const first = await audit('limit=1');
    expect(first.items).toHaveLength(1);
    expect(first.total).toBe(all.total);
    const second = await audit(`limit=1&cursor=${first.nextCursor}`);
    expect(second.items[0]?.id).toBeLessThan(first.items[0]?.id ?? 0);
  });

  it('exports the filtered entries as CSV, before and after included', async () => {
    const editor = await loginAs(t.app, 'editor');
    const res = await t.app.inject({ url: '/api/audit?entity=csv&format=csv', headers: editor });
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    const [header, row] = res.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toContain('actor,action,entity,entityId,before,after,reason');
    expect(row).toContain('editor-user,import,csv');
  });
});
