/** GET /api/briefs with Accept set to the .docx media type: the 对标简报 as a file. */
import { BENCHMARK_REGION_CODE, DOCX_MEDIA_TYPE } from '@ipb/domain';
import { apiGetBlob } from '@/lib/api-client';
import type { AuthorityParam } from '@/lib/use-authority-param';

export interface BriefParams {
  regions: readonly string[];
  themes: readonly string[];
  authority?: AuthorityParam;
}

export function getBriefDocx(p: BriefParams): Promise<Blob> {
  return apiGetBlob('/briefs', DOCX_MEDIA_TYPE, {
    query: {
      regions: p.regions.join(','),
      benchmark: BENCHMARK_REGION_CODE,
      theme: p.themes.length ? p.themes.join(',') : undefined,
      authority: p.authority,
    },
  });
}
