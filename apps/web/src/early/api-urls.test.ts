import { TargetQuerySchema } from '@ipb/domain';
import { describe, expect, it } from 'vitest';
import { buildUrl, TARGETS_LIMIT, targetsRequest } from './api-urls';

describe('targetsRequest', () => {
  it("asks for the API's maximum of targets, so a chart's targets are cut only past it", () => {
    expect(TargetQuerySchema.safeParse({ limit: TARGETS_LIMIT }).success).toBe(true);
    expect(TargetQuerySchema.safeParse({ limit: TARGETS_LIMIT + 1 }).success).toBe(false);
    const { path, query } = targetsRequest({ indicator: 'high_tech_enterprises', regions: ['150100', '320100'] });
    expect(buildUrl(path, query)).toBe(
      `/api/targets?indicator=high_tech_enterprises&region=150100%2C320100&limit=${TARGETS_LIMIT}`,
    );
  });
});
