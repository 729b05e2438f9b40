/** The CLI as a real child process on real files. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ExtractionResultSchema } from '@ipb/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { HEAVY_MS } from '../../../scripts/test-budget';
import { INDICATORS, REGIONS, THEMES } from './fixtures/context';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const CLI = join(ROOT, 'packages/ingest/src/cli.ts');
const SEED = join(ROOT, 'data/bulletins/kejiqingbao-2024-07.txt');

let dataDir = '';
let scratch = '';

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
  dataDir = join(scratch, 'data');
  mkdirSync(join(dataDir, 'taxonomy'), { recursive: true });
  mkdirSync(join(dataDir, 'regions'));
  writeFileSync(join(dataDir, 'regions/regions.json'), JSON.stringify(REGIONS));
  writeFileSync(join(dataDir, 'taxonomy/themes.json'), JSON.stringify(THEMES));
  writeFileSync(join(dataDir, 'taxonomy/indicators.json'), JSON.stringify(INDICATORS));
});

function cli(args: string[], env: Record<string, string> = { IPB_DATA_DIR: dataDir }) {
  const r = spawnSync(TSX, [CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    // spawnSync blocks the event loop, so Vitest's own limit cannot end a hung CLI: this does.
    timeout: HEAVY_MS,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Spawned processes: the limit is a hang guard on a busy machine, not a speed bar.
describe('ingest CLI', { timeout: HEAVY_MS }, () => {
  it('extract prints one valid JSON document and nothing else', () => {
    const r = cli(['extract', SEED]);
    expect(r.code).toBe(0);
    const result = ExtractionResultSchema.parse(JSON.parse(r.stdout));
    expect(result.articles.map((a) => a.region?.code)).toEqual(['310000', '320100', '341102', '321000', '330205']);
    expect(result.source).toMatchObject({ year: 2024, issueNumber: 7, date: '2024-07-31' });
  });

  it('finds data/ by walking up from the CLI when IPB_DATA_DIR is unset, and reads GB18030 files', () => {
    const gbk = join(scratch, 'gbk.txt');
    // 南京市 高企 316 家。 in GB18030
    const body = [0xc4, 0xcf, 0xbe, 0xa9, 0xca, 0xd0, 0xb8, 0xdf, 0xc6, 0xf3, 0x33, 0x31, 0x36, 0xbc, 0xd2, 0xa1, 0xa3];
    writeFileSync(gbk, new Uint8Array(body));
    const r = cli(['extract', gbk], { IPB_DATA_DIR: '' });
    expect(r.code).toBe(0);
    const result = ExtractionResultSchema.parse(JSON.parse(r.stdout));
    expect(result.source.encoding).toBe('gb18030');
    expect(result.articles[0]!.indicators.map((i) => i.text)).toEqual(['316家']);
  });

  it.each([
    ['a missing file', () => ['extract', join(scratch, 'nope.txt')], /Cannot read/],
    ['an empty file', () => ['extract', write('empty.txt', '')], /empty/],
    ['a binary file', () => ['extract', write('x.bin', '\u0000\u0001PK\u0000')], /binary/],
    ['no file argument', () => ['extract'], /Usage/],
    ['an unknown command', () => ['frobnicate'], /Unknown command/],
    ['an unknown option', () => ['extract', SEED, '--region', '江北区'], /Unknown option --region/],
    ['an option without its value', () => ['extract', SEED, '--place'], /--place needs a value/],
  ])('%s: exit 2, one sentence on stderr, nothing on stdout', (_name, args, message) => {
    const r = cli(args());
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('reads --url, --publisher and --place as evidence of the place a text calls 全区', () => {
    const news = write(
      'news.txt',
      '科技局召开企业培育工作会\n\n近日，全区科技型企业培育工作会召开，全区新增高新技术企业 12 家。\n',
    );
    const placeOf = (...hints: string[]) => {
      const r = cli(['extract', news, ...hints]);
      expect(r.code, r.stderr).toBe(0);
      return ExtractionResultSchema.parse(JSON.parse(r.stdout));
    };
    const none = placeOf();
    expect(none.articles[0]!.region).toBeNull();
    expect(none.articles[0]!.place).toMatchObject({ review: true });
    expect(placeOf('--place', '宁波市江北区').articles[0]!.region?.code).toBe('330205');
    expect(placeOf('--publisher=宁波市江北区科学技术局').articles[0]!.region?.code).toBe('330205');
    const byUrl = placeOf('--url', 'https://jiangbei.ningbo.gov.cn/art/1.html');
    expect(byUrl.articles[0]!.region?.code).toBe('330205');
    expect(byUrl.source.url).toBe('https://jiangbei.ningbo.gov.cn/art/1.html');
    expect(byUrl.articles[0]!.indicators[0]).toMatchObject({ kind: 'actual', measure: 'level', status: 'actual' });
  });

  it('refuses a data folder without taxonomy, with exit 2', () => {
    const r = cli(['extract', SEED], { IPB_DATA_DIR: scratch });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/IPB_DATA_DIR/);
  });
});

function write(name: string, content: string): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}
