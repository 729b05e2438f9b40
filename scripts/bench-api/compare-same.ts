/**
 * Whether two builds give Compare's bodies byte for byte alike: both servers on one database, the
 * cache off, each URL asked of both, and every status, content type and body compared; a body that
 * names `indicatorsNext` has its next page asked too, until the last (every cursor page). For a
 * change to how Compare reads its rows (docs/decisions/014, eleventh session).
 *   tsx scripts/bench-api/compare-same.ts <sqlite file> <other checkout> [path …]
 * Without paths: the bench's request, the bench's eight places, one theme, one place, an authority
 * filter, the benchmark alone, and GET /api/compare/measures; on the worst case
 * (compare-worst.ts) pass its places.
 */
import { get } from 'node:http';
import { runBench, startServer } from './processes';

const [file, other, ...paths] = process.argv.slice(2);
if (!file || !other) {
  console.error('usage: compare-same.ts <sqlite file> <other checkout> [path …]');
  process.exit(2);
}

export const COMPARE_URLS = [
  '/api/compare?regions=320100,330200,321000,341200',
  '/api/compare?regions=530000,320100,341200,330205,310000,340700,341102,321000',
  '/api/compare?regions=530000,320100,341200,330205,310000,340700,341102,321000&theme=talent',
  '/api/compare?regions=530000,320100,341200,330205,310000,340700,341102,321000&authority=official',
  '/api/compare?regions=320100',
  '/api/compare?regions=320100&theme=tech_finance',
  '/api/compare?regions=150100',
  '/api/compare?regions=320100,330200&benchmark=330200',
  '/api/compare?regions=320100,330200,321000,341200&indicatorCursor=3',
  '/api/compare?regions=320100,330200,321000,341200&indicatorCursor=100000',
  '/api/compare/measures?region=320100&theme=talent',
  '/api/compare/measures?region=320100&theme=talent&limit=5&cursor=5',
];

interface Answer {
  status: number;
  type: string;
  body: string;
}

function ask(port: number, path: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = get({ host: '127.0.0.1', port, path, headers: { accept: 'application/json' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          type: String(res.headers['content-type']),
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    req.on('error', reject);
  });
}

/** The next page's path where the body names one. */
function nextPage(path: string, answer: Answer): string | null {
  if (answer.status !== 200 || !path.startsWith('/api/compare?')) return null;
  const next = (JSON.parse(answer.body) as { indicatorsNext?: string }).indicatorsNext;
  if (next === undefined) return null;
  return `${path.replace(/&indicatorCursor=[^&]*/, '')}&indicatorCursor=${next}`;
}

async function main() {
  const base = 45000 + Math.floor(Math.random() * 1000);
  const database = { DATABASE_PATH: file as string };
  await startServer(database, base, false);
  await startServer(database, base + 1, false, other);
  const queue = [...(paths.length ? paths : COMPARE_URLS)];
  let same = 0;
  let differ = 0;
  let bytes = 0;
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    const [mine, theirs] = [await ask(base, path), await ask(base + 1, path)];
    const alike = mine.status === theirs.status && mine.type === theirs.type && mine.body === theirs.body;
    if (alike) same++;
    else {
      differ++;
      console.log(
        `DIFFERENT ${path}: status ${mine.status}/${theirs.status}, ${Buffer.byteLength(mine.body)}/${Buffer.byteLength(theirs.body)} bytes`,
      );
    }
    bytes += Buffer.byteLength(mine.body);
    console.log(`${alike ? 'same' : 'DIFF'} ${mine.status} ${Buffer.byteLength(mine.body)} B ${path}`);
    const next = nextPage(path, mine);
    if (next) queue.push(next);
  }
  console.log(`${same} of ${same + differ} answers byte-identical (${bytes} bytes)`);
  process.exitCode = differ ? 1 : 0;
}

void runBench(main);
