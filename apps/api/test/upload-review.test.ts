/**
 * Reviewing an upload before importing it, through the real app: every extracted item is listed,
 * an editor corrects one figure and drops one measure (both audited), the confirmed import holds
 * exactly that, and a second upload of the issue says what changes against the imported version.
 */
import { AuditListResponseSchema, ProblemSchema, UploadPreviewSchema } from '@ipb/domain';
import { describe, expect, it } from 'vitest';
import { loginAs, useTestApp } from './helper';

const t = useTestApp();

const NEWS = `扬州市持续加大科技金融支持力度

今年以来，扬州市加快构建科技金融服务体系。一是扩大科技信贷规模，截至6月底，全市科技贷款余额达到123.4亿元，同比增长15.2%。二是支持企业上市融资，新增上市企业3家。
`;

async function editor() {
  return loginAs(t.app, 'editor');
}

async function upload(text = NEWS) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/sources',
    headers: { ...(await editor()), 'content-type': 'text/plain; charset=utf-8', 'x-file-name': 'yangzhou.txt' },
    payload: text,
  });
  expect(res.statusCode, res.body).toBe(201);
  return UploadPreviewSchema.parse(res.json());
}

async function patch(id: number, item: string, body: Record<string, unknown>) {
  return t.app.inject({
    method: 'PATCH',
    url: `/api/uploads/${id}/items/${item}`,
    headers: await editor(),
    payload: body,
  });
}

describe('reviewing an upload before importing it', () => {
  let uploadId = 0;
  let figureId = '';
  let measureId = '';

  it('lists every article, measure and figure with place, indicator, kind, period and confidence', async () => {
    const preview = await upload();
    uploadId = preview.id;
    expect(preview.diff).toBeNull();
    expect(preview.items.articles).toEqual([
      expect.objectContaining({ id: 'a:0', regionCode: '321000', regionNameEn: 'Yangzhou', status: 'extracted' }),
    ]);
    expect(preview.items.measures.length).toBeGreaterThan(1);
    const loans = preview.items.figures.find((f) => f.value === 123.4);
    expect(loans).toMatchObject({ articleId: 'a:0', unit: '亿元', kind: expect.any(String), status: 'extracted' });
    expect(loans?.periodType).toBeTruthy();
    expect(loans?.confidence).toBeGreaterThan(0);
    figureId = loans?.id ?? '';
    measureId = preview.items.measures[1]?.id ?? '';
  });

  it('corrects a figure and drops a measure, each with a reason in the audit log', async () => {
    const corrected = await patch(uploadId, figureId, {
      action: 'correct',
      changes: { value: 124.5, indicatorId: 'tech_loans' },
      reason: '原文更正为124.5亿元',
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    const after = UploadPreviewSchema.parse(corrected.json()).items.figures.find((f) => f.id === figureId);
    expect(after).toMatchObject({ value: 124.5, indicatorId: 'tech_loans', status: 'corrected' });

    const dropped = UploadPreviewSchema.parse(
      (await patch(uploadId, measureId, { action: 'drop', reason: '不是举措' })).json(),
    );
    expect(dropped.items.measures.find((m) => m.id === measureId)?.status).toBe('dropped');

    const audit = AuditListResponseSchema.parse(
      (await t.app.inject({ url: '/api/audit?entity=upload', headers: await editor() })).json(),
    );
    expect(audit.items.map((e) => [e.action, e.entityId, e.reason])).toEqual([
      ['drop', `${uploadId}:${measureId}`, '不是举措'],
      ['correct', `${uploadId}:${figureId}`, '原文更正为124.5亿元'],
    ]);
  });

  it('refuses an item the upload does not have, and a reason-less drop', async () => {
    const unknown = await patch(uploadId, 'f:0:999', { action: 'drop', reason: 'x' });
    expect(unknown.statusCode).toBe(404);
    expect(ProblemSchema.parse(unknown.json()).code).toBe('unknown-record');
    const noReason = await patch(uploadId, figureId, { action: 'drop' });
    expect(noReason.statusCode).toBe(400);
  });

  it('imports what the preview showed: the correction stored as corrected, the dropped measure left out', async () => {
    const preview = UploadPreviewSchema.parse(
      (await t.app.inject({ url: `/api/uploads/${uploadId}`, headers: await editor() })).json(),
    );
    const kept = preview.items.measures.filter((m) => m.status !== 'dropped').length;
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/sources/${uploadId}/confirm`,
      headers: await editor(),
    });
    expect(res.statusCode, res.body).toBe(200);
    const { sourceId, measures } = res.json();
    expect(measures).toBe(kept);
    const records = (await t.app.inject(`/api/sources/${sourceId}/records`)).json();
    expect(records.observations.find((o: { valueAsWritten: number }) => o.valueAsWritten === 124.5)).toMatchObject({
      indicatorId: 'tech_loans',
      reviewStatus: 'corrected',
    });
    const late = await patch(uploadId, figureId, { action: 'restore' });
    expect(late.statusCode).toBe(409);
    expect(ProblemSchema.parse(late.json()).code).toBe('upload-already-confirmed');
  });

  it('says what a new version of the same document changes against the imported one', async () => {
    const preview = await upload();
    expect(preview.diff).not.toBeNull();
    // The imported version lacks the dropped measure and has the corrected value: both show.
    expect(preview.diff?.measures).toMatchObject({ added: 1, removed: 0 });
    expect(preview.diff?.figures.added).toBeGreaterThanOrEqual(1);
    expect(preview.diff?.figures.removedLabels.join(' ')).toContain('124.5');
  });
});
