/**
 * Fifth held-out set, written blind (synthetic, see README.md).
 * Scored by ../eval/held-out-set.ts:
 *
 *   npx tsx packages/ingest/test/heldout5/evaluate-heldout5.ts [--json]
 */
import type { ExtractionResult } from '@ipb/domain';
import * as held from '../eval/held-out-set';
import { decodeHeldout5, goldPath, HELDOUT5_TEXT_DIR, HELDOUT5_TEXTS } from './label';

export type { HeldoutEvaluation } from '../eval/held-out-set';

export const SET: held.HeldoutSet = {
  label: 'held-out-5 text',
  textDir: HELDOUT5_TEXT_DIR,
  names: Object.keys(HELDOUT5_TEXTS),
  goldPath,
  decode: decodeHeldout5,
};

export const runHeldout = () => held.runHeldout(SET);
export const scoreHeldout = (results: Map<string, ExtractionResult>) => held.scoreHeldout(SET, results);

held.runAsScript(SET, import.meta.url);
