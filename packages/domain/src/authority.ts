/**
 * Source authority: how much a figure's source can be trusted, as data on every source and shown on
 * every number. Classes, their order (used to prefer one of two conflicting values), the
 * "official sources only" filter, and the explainable rules that class a source from its host,
 * publisher and title. An editor may override the class; the override is audited
 * (docs/decisions/011-authority-conflicts-comparability.md).
 */
import { z } from 'zod';
import { MAX_LIST_CHARS } from './query-limits';

export const AUTHORITY_CLASSES = [
  'official_statistics',
  'bureau_entry',
  'government',
  'state_media',
  'bulletin',
  'news_reprint',
  'low_authority',
] as const;
export const AuthoritySchema = z.enum(AUTHORITY_CLASSES);
export type Authority = z.infer<typeof AuthoritySchema>;

/**
 * Higher is more authoritative. A statistical release outranks the bureau's own entry (which is
 * usually typed from it), which outranks other government pages; the bulletin relays other
 * places' reports and sits below state media; reprints and low-authority pages come last.
 */
export const AUTHORITY_RANK: Record<Authority, number> = {
  official_statistics: 6,
  bureau_entry: 5,
  government: 4,
  state_media: 3,
  bulletin: 2,
  news_reprint: 1,
  low_authority: 0,
};

/** What `authority=official` keeps: statistics offices, government bodies and the bureau itself. */
export const OFFICIAL_AUTHORITIES: readonly Authority[] = ['official_statistics', 'bureau_entry', 'government'];

/**
 * `authority=` on every read endpoint that returns figures. Default `all` (every figure, each with its
 * badge); `official` = OFFICIAL_AUTHORITIES; or a comma list of classes.
 */
export const AuthorityQuerySchema = z.object({
  authority: z
    .string()
    .max(MAX_LIST_CHARS, `at most ${MAX_LIST_CHARS} characters`)
    .optional()
    .superRefine((v, ctx) => {
      if (v === undefined) return;
      const bad = parseList(v).find((c) => c !== 'all' && c !== 'official' && !AuthoritySchema.safeParse(c).success);
      if (bad !== undefined)
        ctx.addIssue({
          code: 'custom',
          message: `"${bad}" is not an authority filter: use all, official, or classes from ${AUTHORITY_CLASSES.join(', ')}`,
        });
    })
    .describe(
      'Which sources to use: all (default), official (official_statistics, bureau_entry, government) or a comma list of classes.',
    ),
});

const parseList = (v: string) =>
  v
    .split(/[,，]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** The classes a filter keeps; null = no filter. */
export function authorityFilter(value: string | undefined): Authority[] | null {
  if (value === undefined) return null;
  const items = parseList(value);
  if (!items.length || items.includes('all')) return null;
  const out = new Set<Authority>();
  for (const item of items) {
    if (item === 'official') for (const a of OFFICIAL_AUTHORITIES) out.add(a);
    else if (AuthoritySchema.safeParse(item).success) out.add(item as Authority);
  }
  return [...out];
}

export interface AuthorityEvidence {
  /** The source's kind as stored: bulletin, reference, news, manual, csv. */
  type: string;
  url?: string | null;
  publisher?: string | null;
  title?: string | null;
  /** How a curated reference row describes its page ("news reprint (北方新报)", "blog (low authority)"). */
  description?: string | null;
  /** Quality flags of the page's rows (low_authority_source). */
  flags?: readonly string[];
}

export interface AuthorityDecision {
  authority: Authority;
  /** Which rule decided, in words an editor can check. */
  reason: string;
}

const STATISTICS = /统计局|统计公报|统计快报|统计月报|统计年鉴|经费投入统计|国民经济和社会发展统计|statistic/i;
const GOVERNMENT =
  /人民政府|政府工作报告|科学技术局|科技局|科技厅|科学技术厅|发展和改革委员会|发改委|工业和信息化|管委会|办公厅|办公室|government|S&T bureau|science and technology bureau/i;
const STATE_MEDIA =
  /新华社|新华网|人民日报|人民网|央视|中央电视台|光明日报|经济日报|中国日报|China Daily|Xinhua|CCTV|People's Daily|日报社|广播电视台/i;
const LOW =
  /blog|博客|SEO|spam|mirror|镜像|aggregator|聚合|third-party|百家号|网易号|搜狐号|头条号|自媒体|low authority/i;
const STATE_HOSTS =
  /(^|\.)(news\.cn|xinhuanet\.com|people\.com\.cn|cctv\.com|cntv\.cn|gmw\.cn|ce\.cn|chinadaily\.com\.cn|chinanews\.com\.cn|cnr\.cn)$/;
const LOW_HOSTS =
  /(^|\.)(baijiahao\.baidu\.com|163\.com|sohu\.com|toutiao\.com|zhihu\.com|blog\.csdn\.net|sina\.com\.cn)$/;

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/**
 * Class a source by the first rule that applies, in this order: the bureau's own entries; an issue of
 * 科技情报参考 (other bulletins are classed by their publisher like any document); a page flagged low-authority; a statistics office or release; a government
 * host (*.gov.cn) or publisher; a state-media host or publisher; a self-media or blog host; a
 * description that says reprint; otherwise a news reprint (unknown origin is never official).
 */
export function classifyAuthority(e: AuthorityEvidence): AuthorityDecision {
  const host = hostOf(e.url);
  const words = [e.publisher, e.title, e.description].filter(Boolean).join(' ');
  if (e.type === 'manual' || e.type === 'csv') return { authority: 'bureau_entry', reason: 'entered by the bureau' };
  if (e.type === 'bulletin' && /科技情报参考/.test(words))
    return { authority: 'bulletin', reason: 'an issue of the bureau bulletin 科技情报参考' };
  if (e.flags?.includes('low_authority_source') || (e.description && LOW.test(e.description)))
    return { authority: 'low_authority', reason: 'the page is marked low-authority (blog, mirror or unrelated host)' };
  if (STATISTICS.test(words))
    return { authority: 'official_statistics', reason: 'a statistics office or statistical release' };
  if (host?.endsWith('.gov.cn') || host === 'gov.cn')
    return { authority: 'government', reason: `a government host (${host})` };
  if (GOVERNMENT.test(words)) return { authority: 'government', reason: 'published by a government body' };
  if ((host && STATE_HOSTS.test(host)) || STATE_MEDIA.test(words))
    return {
      authority: 'state_media',
      reason: host && STATE_HOSTS.test(host) ? `a state-media host (${host})` : 'a state-media publisher',
    };
  if (host && LOW_HOSTS.test(host))
    return { authority: 'low_authority', reason: `a self-media or portal host (${host})` };
  if (LOW.test(words)) return { authority: 'low_authority', reason: 'a blog, mirror or self-media page' };
  return { authority: 'news_reprint', reason: 'no official publisher or host recognised: treated as a reprint' };
}

/** Prefer the higher of two classes (ties: null). */
export function compareAuthority(a: Authority, b: Authority): number {
  return AUTHORITY_RANK[a] - AUTHORITY_RANK[b];
}
