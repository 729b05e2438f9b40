/**
 * Whether two builds answer byte for byte alike (but Date and X-RateLimit-Reset): both servers on one database (cache on or off),
 * the same requests in the same order, and every status, header but Date, and body compared.
 * With the cache on every URL is asked twice, so the second answer is a cached one.
 *   tsx scripts/bench-api/same-bytes.ts <sqlite file> <other checkout> [on|off]
 */
import { get } from 'node:http';
import { runBench, startServer } from './processes';

const [file, other, cacheArg = 'off'] = process.argv.slice(2);
if (!file || !other) {
  console.error('usage: same-bytes.ts <sqlite file> <other checkout> [on|off]');
  process.exit(2);
}

const e = encodeURIComponent;
/** The measures list's filters, pages and representations: stored items or built ones, the same bytes. */
const MEASURE_URLS = [
  '/api/measures?theme=tech_finance&limit=50',
  '/api/measures?limit=50',
  '/api/measures?theme=tech_finance&limit=50&cursor=1000',
  '/api/measures?theme=tech_finance,talent&limit=20',
  '/api/measures?region=320100&limit=50',
  '/api/measures?region=320100&theme=talent&limit=10',
  '/api/measures?year=2024&limit=30',
  '/api/measures?source=1&limit=50',
  `/api/measures?program=${e('高新技术企业')}&limit=20`,
  '/api/measures?theme=tech_finance&limit=1',
  '/api/measures?theme=tech_finance&limit=50&format=csv',
  `/api/measures?theme=talent&q=${e('人才')}&limit=20`,
  '/api/measures?region=nowhere&limit=5',
];
/** Series for named places, spliced from their stored parts (decision 022, "Series parts"), or built. */
const SERIES_URLS = [
  '/api/series?indicator=high_tech_enterprises&regions=150100,320100,330200',
  '/api/series?indicator=high_tech_enterprises&regions=330200,150100',
  '/api/series?indicator=high_tech_enterprises&regions=320100',
  `/api/series?indicator=high_tech_enterprises&regions=150100,${e('拉萨')}`,
  `/api/series?indicator=gdp&regions=${e('南京，150100,扬州')}`,
  '/api/series?indicator=gdp&regions=150100,320100,330200,321000,341200,420500',
  '/api/series?indicator=rd_intensity&regions=320100,330200',
  '/api/series?indicator=high_tech_enterprises&regions=150100,320100&kind=actual',
  '/api/series?indicator=high_tech_enterprises&regions=150100,320100&authority=government',
  '/api/series?indicator=no_such_indicator&regions=150100,320100',
  '/api/series?indicator=high_tech_enterprises&regions=150100,320100&format=csv',
];
/**
 * The search's hits from stored items with snippets spliced in, or built (docs/decisions/014,
 * fifteenth session): 1- and 2-character words, a miss, programmes, figures, places, quotes and
 * ASCII and full-width punctuation, limits, CSV (a 406).
 */
const SEARCH_URLS = [
  `/api/search?q=${e('金融')}`,
  `/api/search?q=${e('研发')}&limit=25`,
  `/api/search?q=${e('税')}`,
  `/api/search?q=${e('量子引力波')}`,
  '/api/search?q=zzqxv',
  `/api/search?q=${e('宁科贷')}`,
  `/api/search?q=${e('人才贷')}&limit=3`,
  `/api/search?q=${e('地区生产总值')}`,
  `/api/search?q=${e('南京')}&limit=1`,
  `/api/search?q=${e('人才,金融')}`,
  `/api/search?q=${e('人才，金融。')}`,
  `/api/search?q=${e('"人才"')}`,
  `/api/search?q=${e('科技型中小企业')}`,
  `/api/search?q=${e('人才')}&format=csv`,
];
/** serve9's 29 (docs/decisions/014, ninth session), plus the rest of the bench's endpoints. */
export const URLS = [
  '/api/compare?regions=320100,330200,321000,341200',
  '/api/gaps?regions=320100,330200,321000,341200',
  `/api/search?q=${e('人才')}`,
  '/api/measures?theme=tech_finance&limit=50',
  '/api/measures/facets?theme=tech_finance',
  '/api/regions',
  '/api/series?indicator=high_tech_enterprises&regions=150100,320100,330200',
  '/api/regions?limit=50',
  '/api/regions?limit=50&cursor=50',
  '/api/regions?limit=100&cursor=200',
  '/api/regions?limit=10&cursor=100000',
  `/api/regions?q=${e('南京')}`,
  '/api/regions?codes=320100,330200',
  '/api/regions?withData=0&limit=20',
  `/api/search?q=${e('科技金融')}`,
  `/api/search?q=${e('高新技术企业')}`,
  '/api/search?q=R%26D',
  `/api/search?q=${e('苏州')}`,
  '/api/measures?theme=talent&limit=20',
  '/api/measures?regions=320100&limit=10',
  '/api/measures?theme=tech_transfer&limit=5&offset=5',
  `/api/measures?q=${e('补贴')}&limit=10`,
  '/api/series?indicator=gdp&regions=150100',
  '/api/series?indicator=high_tech_enterprises',
  '/api/series?indicator=rd_intensity&regions=320100,330200&markers=1',
  '/api/series?indicator=no_such_indicator&regions=320100',
  '/api/series?indicator=high_tech_enterprises&regions=150100&format=csv',
  '/api/observations?limit=50',
  '/api/instruments?regions=320100,330200',
  '/api/digest',
  '/api/sources',
  '/api/regions?limit=0',
  ...MEASURE_URLS,
  ...SERIES_URLS,
  ...SEARCH_URLS,
  // Asked again: the first answers stored their items and places (decision 022), these are spliced from them.
  ...MEASURE_URLS,
  ...SERIES_URLS,
  ...SEARCH_URLS,
];

interface Answer {
  url: string;
  i: number;
  status: number;
  headers: Array<[string, string]>;
  body: string;
}

/** One answer as it came: status, raw header lines in their order and case, body bytes. */
function ask(port: number, url: string, encoding: string): Promise<Omit<Answer, 'url' | 'i'>> {
  return new Promise((resolve, reject) => {
    const req = get(
      { host: '127.0.0.1', port, path: url, headers: { accept: 'application/json', 'accept-encoding': encoding } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const headers: Array<[string, string]> = [];
          for (let h = 0; h < res.rawHeaders.length; h += 2) {
            const name = res.rawHeaders[h] as string;
            // Date and the limiter's seconds to reset depend on when, not on what, was asked.
            if (!['date', 'x-ratelimit-reset'].includes(name.toLowerCase()))
              headers.push([name, res.rawHeaders[h + 1] as string]);
          }
          resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks).toString('base64') });
        });
      },
    );
    req.on('error', reject);
  });
}

async function answers(port: number, times: number): Promise<string[]> {
  const out: string[] = [];
  for (const url of URLS)
    for (let i = 0; i < times; i++) {
      const answer = await ask(port, url, i === 1 ? 'gzip' : 'identity');
      out.push(JSON.stringify({ url, i, ...answer }));
    }
  return out;
}

async function main() {
  const cache = cacheArg === 'on';
  const base = 44000 + Math.floor(Math.random() * 1000);
  const database = { DATABASE_PATH: file as string };
  await startServer(database, base, cache);
  await startServer(database, base + 1, cache, other);
  const times = cache ? 3 : 1;
  const [mine, theirs] = [await answers(base, times), await answers(base + 1, times)];
  let differ = 0;
  for (const [i, a] of mine.entries()) {
    if (a === theirs[i]) continue;
    differ++;
    const x = JSON.parse(a) as Answer;
    const y = JSON.parse(theirs[i] ?? '{}') as Answer;
    const named = (h: Answer['headers']) => new Map(h.map(([k, v]) => [k, v]));
    const [hx, hy] = [named(x.headers), named(y.headers)];
    const headers = [...new Set([...hx.keys(), ...hy.keys()])].filter((k) => hx.get(k) !== hy.get(k));
    console.log(
      `DIFFERENT ${x.url} (#${x.i}): status ${x.status}/${y.status}, headers ${headers.map((k) => `${k}: ${hx.get(k)} | ${hy.get(k)}`).join('; ')}, body ${x.body === y.body ? 'same' : 'differs'}`,
    );
  }
  const statuses = mine.map((a) => (JSON.parse(a) as { status: number }).status);
  console.log(
    `${URLS.length} URLs × ${times}, cache ${cacheArg}: ${mine.length - differ} of ${mine.length} answers byte-identical (statuses ${[...new Set(statuses)].join(', ')})`,
  );
  process.exitCode = differ ? 1 : 0;
}

void runBench(main);
