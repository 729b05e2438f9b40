/**
 * Seventh held-out set, written blind (synthetic, see README.md).
 * Scored by ../eval/held-out-set.ts:
 *
 *   npx tsx packages/ingest/test/heldout7/evaluate-heldout7.ts [--json]
 */
import type { ExtractionResult } from '@ipb/domain';
import * as held from '../eval/held-out-set';
import { decodeHeldout7, goldPath, HELDOUT7_TEXT_DIR, HELDOUT7_TEXTS } from './label';

export type { HeldoutEvaluation } from '../eval/held-out-set';

export const SET: held.HeldoutSet = {
  label: 'held-out-7 text',
  textDir: HELDOUT7_TEXT_DIR,
  names: Object.keys(HELDOUT7_TEXTS),
  goldPath,
  decode: decodeHeldout7,
};

export const runHeldout = () => held.runHeldout(SET);
export const scoreHeldout = (results: Map<string, ExtractionResult>) => held.scoreHeldout(SET, results);

held.runAsScript(SET, import.meta.url);
