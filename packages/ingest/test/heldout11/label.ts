/**
 * Held-out set 11, labelled blind (without reading the extractor, the other sets' labels or the
 * seeds' gold) by following ../gold/README.md. The decisions live in ./labels-finance.ts,
 * ./labels-plans.ts and ./labels-news.ts; this script turns them into gold/*.gold.json and checks
 * every span:
 *
 *   npx tsx packages/ingest/test/heldout11/label.ts          # regenerate gold/*.gold.json
 *   npx tsx packages/ingest/test/heldout11/label.ts --check  # verify the files are up to date
 */
import { labelSet, type SourceHints } from '../eval/held-out-labels';
import { quanzhou, siping } from './labels-finance';
import { diaoyan } from './labels-news';
import { hunan, laishui } from './labels-plans';

export const TEXTS = {
  'siping-yusuan-baogao.txt': siping,
  'laishui-gongzuo-yaodian.txt': laishui,
  'quanzhou-shenbao-zhinan.txt': quanzhou,
  'gaoxinqu-diaoyan-xinwen.txt': diaoyan,
  'hunan-xianyu-pingjia.txt': hunan,
};

/** GB18030 files; the others are UTF-8 (siping with a BOM and CRLF line ends). */
const ENCODINGS = {
  'laishui-gongzuo-yaodian.txt': 'gb18030',
  'hunan-xianyu-pingjia.txt': 'gb18030',
} as const;

/** What an uploader would type with each text (the 工作要点 came with none). Illustrative addresses. */
const HINTS: Record<string, SourceHints> = {
  'siping-yusuan-baogao.txt': {
    url: 'http://rd.siping.gov.cn/cwhgz/ysjd/202601/t20260110_1.html',
    publisher: '四平市人民代表大会常务委员会',
  },
  'quanzhou-shenbao-zhinan.txt': { publisher: '泉州市科学技术局' },
  'gaoxinqu-diaoyan-xinwen.txt': { publisher: '科创前沿观察' },
  'hunan-xianyu-pingjia.txt': { url: 'http://kjt.hunan.gov.cn/kjt/xxgk/tzgg/202512/t20251220_1.html' },
};

export const heldout11 = labelSet(import.meta.url, TEXTS, ENCODINGS, HINTS);
heldout11.runAsScript();
