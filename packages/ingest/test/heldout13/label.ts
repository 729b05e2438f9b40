/**
 * Held-out set 13, labelled blind (without reading the extractor or its output) by following
 * ../gold/README.md. The decisions live in ./labels-news.ts, ./labels-reports.ts and
 * ./labels-gongwen.ts; this script turns them into gold/*.gold.json and checks every span:
 *
 *   npx tsx packages/ingest/test/heldout13/label.ts          # regenerate gold/*.gold.json
 *   npx tsx packages/ingest/test/heldout13/label.ts --check  # verify the files are up to date
 */
import { labelSet, type SourceHints } from '../eval/held-out-labels';
import { changzhi, liuzhou } from './labels-gongwen';
import { chenggong, daqing, meitan, zibo } from './labels-news';
import { henan, wuhu } from './labels-reports';

export const TEXTS = {
  'zibo-kjj-xinwen.txt': zibo,
  'meitan-bumen-dongtai.txt': meitan,
  'henan-tongji-kuaibao.txt': henan,
  'liuzhou-kjj-tongzhi.txt': liuzhou,
  'wuhu-kjj-gongzuo-zongjie.txt': wuhu,
  'changzhi-zhengce-jiedu.txt': changzhi,
  'chenggong-kjj-xinwen.txt': chenggong,
  'daqing-ribao.txt': daqing,
};

/**
 * GB18030 files; the others are UTF-8 (wuhu with a BOM). Line ends: CRLF in meitan, liuzhou, wuhu
 * and chenggong, LF elsewhere.
 */
const ENCODINGS = {
  'meitan-bumen-dongtai.txt': 'gb18030',
  'henan-tongji-kuaibao.txt': 'gb18030',
} as const;

/** What an uploader would type with each text (the others came with none). Illustrative addresses. */
const HINTS: Record<string, SourceHints> = {
  'zibo-kjj-xinwen.txt': { url: 'http://kjj.zibo.gov.cn/gongzuodongtai/202602/t20260210_1.html' },
  'liuzhou-kjj-tongzhi.txt': { publisher: '柳州市科学技术局' },
};

export const heldout13 = labelSet(import.meta.url, TEXTS, ENCODINGS, HINTS);
heldout13.runAsScript();
