/**
 * Held-out set 12, labelled blind (without reading the extractor, the other sets' labels or the
 * seeds' gold) by following ../gold/README.md. The decisions live in ./labels-reports.ts,
 * ./labels-qa.ts and ./labels-news.ts; this script turns them into gold/*.gold.json and checks
 * every span:
 *
 *   npx tsx packages/ingest/test/heldout12/label.ts          # regenerate gold/*.gold.json
 *   npx tsx packages/ingest/test/heldout12/label.ts --check  # verify the files are up to date
 */
import { labelSet, type SourceHints } from '../eval/held-out-labels';
import { tuiwen } from './labels-news';
import { ganzhou, sichuan } from './labels-qa';
import { baoji, deqing, wujiang } from './labels-reports';

export const TEXTS = {
  'deqing-zhengfu-gongzuo-baogao.txt': deqing,
  'baoji-kjj-gongzuo-zongjie.txt': baoji,
  'sichuan-fabuhui-shilu.txt': sichuan,
  'ganzhou-zhengce-jiedu.txt': ganzhou,
  'wujiang-keji-dahui-jianghua.txt': wujiang,
  'chuangxin-yizhan-tuiwen.txt': tuiwen,
};

/**
 * GB18030 files; the others are UTF-8 (baoji with a BOM). Line ends: CRLF in deqing and sichuan,
 * LF elsewhere.
 */
const ENCODINGS = {
  'deqing-zhengfu-gongzuo-baogao.txt': 'gb18030',
  'ganzhou-zhengce-jiedu.txt': 'gb18030',
} as const;

/** What an uploader would type with each text (the others came with none). Illustrative addresses. */
const HINTS: Record<string, SourceHints> = {
  'ganzhou-zhengce-jiedu.txt': { url: 'http://kjj.ganzhou.gov.cn/gzskjj/zcjd/202603/t20260305_1.html' },
  'chuangxin-yizhan-tuiwen.txt': { publisher: '创新驿站' },
};

export const heldout12 = labelSet(import.meta.url, TEXTS, ENCODINGS, HINTS);
heldout12.runAsScript();
