/**
 * Second held-out set, independent of ../heldout (synthetic, see README.md).
 * Scored by ../eval/held-out-set.ts:
 *
 *   npx tsx packages/ingest/test/heldout2/evaluate-heldout2.ts [--json]
 */
import type { ExtractionResult } from '@ipb/domain';
import * as held from '../eval/held-out-set';
import { decodeHeldout2, goldPath, HELDOUT2_TEXT_DIR, HELDOUT2_TEXTS } from './label';

export type { HeldoutEvaluation } from '../eval/held-out-set';

export const SET: held.HeldoutSet = {
  label: 'held-out-2 text',
  textDir: HELDOUT2_TEXT_DIR,
  names: Object.keys(HELDOUT2_TEXTS),
  goldPath,
  decode: decodeHeldout2,
};

export const runHeldout = () => held.runHeldout(SET);
export const scoreHeldout = (results: Map<string, ExtractionResult>) => held.scoreHeldout(SET, results);

held.runAsScript(SET, import.meta.url);
