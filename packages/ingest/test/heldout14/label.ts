/**
 * Held-out set 14, labelled blind (without reading the extractor, its output or the other sets) by
 * following ../gold/README.md. The decisions live in ./labels-reports.ts, ./labels-talk.ts,
 * ./labels-news.ts and ./labels-gongwen.ts; this script turns them into gold/*.gold.json and checks
 * every span:
 *
 *   npx tsx packages/ingest/test/heldout14/label.ts          # regenerate gold/*.gold.json
 *   npx tsx packages/ingest/test/heldout14/label.ts --check  # verify the files are up to date
 */
import { labelSet, type SourceHints } from '../eval/held-out-labels';
import { tongzhou } from './labels-gongwen';
import { sanming, tianshui, wuming } from './labels-news';
import { haicheng, wuzhong } from './labels-reports';
import { langfang, yongchuan } from './labels-talk';

export const TEXTS = {
  'wuzhong-zhengfu-gongzuo-baogao.txt': wuzhong,
  'haicheng-kjj-nianzhong-zongjie.txt': haicheng,
  'yongchuan-xinwen-fabuhui.txt': yongchuan,
  'langfang-zhengce-jiedu.txt': langfang,
  'tianshui-kjj-xinwen.txt': tianshui,
  'sanming-kjj-wangye.txt': sanming,
  'tongzhou-kxj-tongzhi.txt': tongzhou,
  'wuming-xian-tuijinhui.txt': wuming,
};

/**
 * GB18030 files; the others are UTF-8 (haicheng with a BOM). Line ends: CRLF in haicheng, yongchuan,
 * tianshui and wuming, LF elsewhere.
 */
const ENCODINGS = {
  'wuzhong-zhengfu-gongzuo-baogao.txt': 'gb18030',
  'yongchuan-xinwen-fabuhui.txt': 'gb18030',
  'sanming-kjj-wangye.txt': 'gb18030',
} as const;

/**
 * What an uploader would type with each text (the others came with none). Illustrative addresses.
 * wuming's publisher names no place: the hint is there and resolves nothing.
 */
const HINTS: Record<string, SourceHints> = {
  'tianshui-kjj-xinwen.txt': { url: 'https://kjj.tianshui.gov.cn/xwzx/kjdt/202611/t20261120_4521.html' },
  'wuming-xian-tuijinhui.txt': { publisher: '县科技局' },
};

export const heldout14 = labelSet(import.meta.url, TEXTS, ENCODINGS, HINTS);
heldout14.runAsScript();
