/**
 * Held-out set 15, labelled blind (without reading the extractor, its output or the other sets) by
 * following ../gold/README.md. The decisions live in ./labels-reports.ts, ./labels-audit.ts,
 * ./labels-talk.ts, ./labels-policy.ts, ./labels-stats.ts and ./labels-news.ts; this script turns them
 * into gold/*.gold.json and checks every span:
 *
 *   npx tsx packages/ingest/test/heldout15/label.ts          # regenerate gold/*.gold.json
 *   npx tsx packages/ingest/test/heldout15/label.ts --check  # verify the files are up to date
 */
import { labelSet, type SourceHints } from '../eval/held-out-labels';
import { jixiao } from './labels-audit';
import { eerduosi } from './labels-news';
import { shunde } from './labels-policy';
import { daqing, minhang } from './labels-reports';
import { luliang, qinghai } from './labels-stats';
import { sanya } from './labels-talk';

export const TEXTS = {
  'minhang-zhengfu-gongzuo-baogao.txt': minhang,
  'daqing-kjj-niandu-zongjie.txt': daqing,
  'sanya-xinwen-fabuhui.txt': sanya,
  'shunde-zhengce-jiedu.txt': shunde,
  'luliang-tongji-gongbao.txt': luliang,
  'keji-zhuanxiang-zijin-jixiao-ziping.txt': jixiao,
  'eerduosi-gongzhonghao.txt': eerduosi,
  'qinghai-kjt-jinzhan-tongbao.txt': qinghai,
};

/**
 * GB18030 files; the others are UTF-8 (daqing with a BOM). Line ends: CRLF in minhang, sanya and the
 * 绩效自评报告, LF elsewhere.
 */
const ENCODINGS = {
  'minhang-zhengfu-gongzuo-baogao.txt': 'gb18030',
  'shunde-zhengce-jiedu.txt': 'gb18030',
} as const;

/**
 * What an uploader would type with each text (the others came with none). Illustrative addresses.
 * daqing's publisher is its only evidence of place; the 公众号's name and WeChat address place nothing
 * (the text's 鄂尔多斯市科学技术局 does).
 */
const HINTS: Record<string, SourceHints> = {
  'daqing-kjj-niandu-zongjie.txt': { publisher: '大庆市科学技术局' },
  'eerduosi-gongzhonghao.txt': { url: 'https://mp.weixin.qq.com/s/Xk3vB9pQ2mT7rLw8', publisher: '科技之窗' },
};

export const heldout15 = labelSet(import.meta.url, TEXTS, ENCODINGS, HINTS);
heldout15.runAsScript();
