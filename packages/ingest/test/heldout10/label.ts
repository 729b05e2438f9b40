/**
 * Held-out set 10, labelled blind (without reading the extractor, the other sets or the seeds'
 * gold) by following ../gold/README.md. The decisions live in ./labels-stats.ts, ./labels-local.ts and
 * ./labels-gongshi.ts; this script turns them into gold/*.gold.json and checks every span:
 *
 *   npx tsx packages/ingest/test/heldout10/label.ts          # regenerate gold/*.gold.json
 *   npx tsx packages/ingest/test/heldout10/label.ts --check  # verify the files are up to date
 */
import { labelSet, type SourceHints } from '../eval/held-out-labels';
import { yuci } from './labels-gongshi';
import { daqing, wechat } from './labels-local';
import { guangxi, tianshui } from './labels-stats';

export const TEXTS = {
  'tianshui-gongbao-2025.txt': tianshui,
  'daqing-gxq-dongtai.txt': daqing,
  'guangxi-shisiwu-zhongqi.txt': guangxi,
  'yuci-jiangbu-gongshi.txt': yuci,
  'wechat-kejitepaiyuan.txt': wechat,
};

/** GB18030 files; the others are UTF-8 (guangxi with a BOM and CRLF line ends). */
const ENCODINGS = {
  'tianshui-gongbao-2025.txt': 'gb18030',
  'yuci-jiangbu-gongshi.txt': 'gb18030',
} as const;

/** What an uploader would type with each text (the 公示 came with none). Illustrative addresses. */
const HINTS: Record<string, SourceHints> = {
  'tianshui-gongbao-2025.txt': { publisher: '天水市统计局' },
  'daqing-gxq-dongtai.txt': {
    url: 'http://www.dqgxq.gov.cn/xwzx/yqdt/index.html',
    publisher: '大庆高新技术产业开发区管理委员会',
  },
  'guangxi-shisiwu-zhongqi.txt': {
    url: 'http://kjt.gxzf.gov.cn/zwgk/ghjh/t2023112.shtml',
    publisher: '广西壮族自治区科学技术厅',
  },
  'wechat-kejitepaiyuan.txt': { publisher: '乡村振兴观察' },
};

export const NAMES = Object.keys(TEXTS);

export const heldout10 = labelSet(import.meta.url, TEXTS, ENCODINGS, HINTS);
heldout10.runAsScript();
