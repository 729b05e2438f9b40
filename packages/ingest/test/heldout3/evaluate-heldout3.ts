/**
 * Third held-out set, written blind (synthetic, see README.md).
 * Scored by ../eval/held-out-set.ts:
 *
 *   npx tsx packages/ingest/test/heldout3/evaluate-heldout3.ts [--json]
 */
import type { ExtractionResult } from '@ipb/domain';
import * as held from '../eval/held-out-set';
import { decodeHeldout3, goldPath, HELDOUT3_TEXT_DIR, HELDOUT3_TEXTS } from './label';

export type { HeldoutEvaluation } from '../eval/held-out-set';

export const SET: held.HeldoutSet = {
  label: 'held-out-3 text',
  textDir: HELDOUT3_TEXT_DIR,
  names: Object.keys(HELDOUT3_TEXTS),
  goldPath,
  decode: decodeHeldout3,
};

export const runHeldout = () => held.runHeldout(SET);
export const scoreHeldout = (results: Map<string, ExtractionResult>) => held.scoreHeldout(SET, results);

held.runAsScript(SET, import.meta.url);
