/**
 * A review queue from the 2024年第7期 bulletin (a conflicting figure first, then the least
 * confident), the sessions the page meets, and a stateful fetch stub: a PATCH removes the item
 * from the queue like the API does, and every request is recorded with its method, headers and body.
 */
import { ReviewQueueResponseSchema, SessionResponseSchema } from '@ipb/domain';
import { vi } from 'vitest';
import { json, problem } from '@/test/stub-api';
import { CONFLICTS } from './conflict-fixtures';

const citation = (quote: string, start: number, articleTitle: string) => ({
  sourceId: 2,
  sourceType: 'bulletin',
  sourceTitle: '科技情报参考 2024年第7期',
  authority: 'bulletin',
  issue: '2024年第7期',
  articleTitle,
  documentNumber: null,
  url: null,
  quote,
  start,
  end: start + quote.length,
  note: null,
});

const NANJING = '南京市以科技创新驱动提升生物医药产业能级';

const figure = (subject: string, value: number, unit: string) => ({
  subject,
  indicatorId: null,
  value,
  valueMax: null,
  unit,
  kind: 'actual',
  periodType: 'year_to_date',
  periodText: '6 月',
  year: 2024,
});

export const QUEUE = ReviewQueueResponseSchema.parse({
  total: 3,
  all: 3,
  facets: { entity: [], region: [], source: [] },
  items: [
    {
      entity: 'observation',
      id: 301,
      regionCode: '320100',
      regionName: '南京市',
      label: '投资总额 26.5亿元',
      detail: 'actual · 6 月',
      confidence: 0.55,
      reviewStatus: 'extracted',
      conflictsWith: [305],
      conflictKey: null,
      figure: figure('投资总额', 26.5, '亿元'),
      valueCount: null,
      citation: citation(
        '6 月，市专班和各区（园区）分管领导共走访企业 41 家，带队招商 11 次，洽谈企业 11 家，签约项目 10 个，投资总额超过 26.5 亿元。',
        2073,
        NANJING,
      ),
    },
    {
      entity: 'measure',
      id: 11,
      regionCode: '310000',
      regionName: '上海市',
      label: '加强人才引育',
      detail: '加强人才引育。《行动方案》将进一步完善养老服务、医疗护理、健康管理、康复治疗等专业学科体系',
      confidence: 0.42,
      reviewStatus: 'extracted',
      conflictsWith: [],
      conflictKey: null,
      figure: null,
      valueCount: null,
      citation: citation(
        '加强人才引育。《行动方案》将进一步完善养老服务、医疗护理、健康管理、康复治疗等专业学科体系，推动多学科交叉人才培养。',
        1379,
        '推动“科技”与“养老”深度融合！',
      ),
    },
    {
      entity: 'observation',
      id: 302,
      regionCode: '320100',
      regionName: '南京市',
      label: '签约项目 10个',
      detail: 'actual · 6 月',
      confidence: 0.6,
      reviewStatus: 'extracted',
      conflictsWith: [],
      conflictKey: null,
      figure: figure('签约项目', 10, '个'),
      valueCount: null,
      citation: citation('洽谈企业 11 家，签约项目 10 个', 2110, NANJING),
    },
  ],
});

export const EDITOR = SessionResponseSchema.parse({
  user: { id: 2, username: 'wang.editor', role: 'editor' },
  csrfToken: 'csrf-7f3a',
});
export const VIEWER = SessionResponseSchema.parse({
  user: { id: 3, username: 'li', role: 'viewer' },
  csrfToken: 'csrf-v',
});
export const ANONYMOUS = SessionResponseSchema.parse({ user: null, csrfToken: null });

export interface Sent {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
}

type Item = (typeof QUEUE.items)[number];

/** GET /api/review-queue as the API answers: the filters narrow the items, the facets count the whole queue. */
function queueAnswer(items: Item[], query: URLSearchParams) {
  const count = <K extends string | number>(key: (i: Item) => K | null, label: (i: Item) => string) => {
    const out = new Map<K, { value: K; label: string; count: number }>();
    for (const i of items) {
      const k = key(i);
      if (k === null) continue;
      const f = out.get(k) ?? { value: k, label: label(i), count: 0 };
      f.count += 1;
      out.set(k, f);
    }
    return [...out.values()];
  };
  const shown = items.filter(
    (i) =>
      (!query.get('entity') || i.entity === query.get('entity')) &&
      (!query.get('region') || i.regionCode === query.get('region')) &&
      (!query.get('maxConfidence') || i.confidence <= Number(query.get('maxConfidence'))),
  );
  return {
    items: shown,
    total: shown.length,
    all: items.length,
    facets: {
      entity: count(
        (i) => i.entity,
        (i) => i.entity,
      ),
      region: count(
        (i) => i.regionCode,
        (i) => i.regionName ?? '',
      ),
      source: count(
        (i) => i.citation.sourceId,
        (i) => i.citation.sourceTitle,
      ),
    },
  };
}

/**
 * The review API over `items` (default: the three extractions). A settlement removes the conflict
 * from the queue and marks it settled, like the API does.
 */
export function stubReviewApi(session = EDITOR, options: { items?: Item[] } = {}): Sent[] {
  const sent: Sent[] = [];
  let items = [...(options.items ?? QUEUE.items)];
  let conflicts = CONFLICTS.items.map((c) => ({ ...c }));
  const themes = { items: [] };
  const forbidden = (headers: Record<string, string>) =>
    headers['x-csrf-token'] !== session.csrfToken
      ? problem(403, 'csrf-token-missing', 'Send the csrfToken from GET /api/auth/session in the x-csrf-token header.')
      : null;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
      const url = new URL(String(input), 'http://localhost');
      const method = (init.method ?? 'GET').toUpperCase();
      const headers = Object.fromEntries(new Headers(init.headers).entries());
      const body = typeof init.body === 'string' ? JSON.parse(init.body) : (init.body ?? null);
      sent.push({ method, path: url.pathname + url.search, headers, body });
      if (url.pathname === '/api/auth/session') return json(session);
      if (url.pathname === '/api/themes') return json(themes);
      if (url.pathname === '/api/review-queue') {
        if (!session.user) return problem(401, 'login-required', 'Log in (POST /api/auth/login).');
        return json(queueAnswer(items, url.searchParams));
      }
      if (url.pathname === '/api/conflicts' && method === 'GET') {
        const status = url.searchParams.get('status') ?? 'all';
        const shown = conflicts.filter((c) => status === 'all' || (status === 'open') === (c.settlement === null));
        return json({
          ...CONFLICTS,
          items: shown,
          total: shown.length,
          open: shown.filter((c) => !c.settlement).length,
        });
      }
      if (url.pathname === '/api/conflicts/settlements' && method === 'POST') {
        const refused = forbidden(headers);
        if (refused) return refused;
        const { key, observationId, reason } = body as { key: string; observationId: number; reason: string };
        const conflict = conflicts.find((c) => c.key === key);
        if (!conflict) return problem(404, 'unknown-conflict', `There is no conflict "${key}".`);
        const settled = {
          ...conflict,
          preferredObservationId: observationId,
          settlement: { observationId, reason, by: session.user?.username ?? '?', at: '2026-11-21T09:00:00.000Z' },
        };
        conflicts = conflicts.map((c) => (c.key === key ? settled : c));
        items = items.filter((i) => i.conflictKey !== key);
        return json(settled);
      }
      const m = /^\/api\/(measures|observations)\/(\d+)$/.exec(url.pathname);
      if (m && method === 'PATCH') {
        const refused = forbidden(headers);
        if (refused) return refused;
        const entity = m[1] === 'measures' ? 'measure' : 'observation';
        const id = Number(m[2]);
        items = items.filter((i) => !(i.entity === entity && i.id === id));
        const status = (body as { action: string }).action;
        return json({
          id,
          reviewStatus: status === 'accept' ? 'accepted' : status === 'reject' ? 'rejected' : 'corrected',
          auditId: 90 + sent.length,
        });
      }
      return problem(404, 'not-found', `${method} ${url.pathname} does not exist.`, { path: url.pathname });
    }),
  );
  return sent;
}
