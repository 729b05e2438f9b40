/**
 * Sixth held-out set, written blind (synthetic, see README.md).
 * Scored by ../eval/held-out-set.ts:
 *
 *   npx tsx packages/ingest/test/heldout6/evaluate-heldout6.ts [--json]
 */
import type { ExtractionResult } from '@ipb/domain';
import * as held from '../eval/held-out-set';
import { decodeHeldout6, goldPath, HELDOUT6_TEXT_DIR, HELDOUT6_TEXTS } from './label';

export type { HeldoutEvaluation } from '../eval/held-out-set';

export const SET: held.HeldoutSet = {
  label: 'held-out-6 text',
  textDir: HELDOUT6_TEXT_DIR,
  names: Object.keys(HELDOUT6_TEXTS),
  goldPath,
  decode: decodeHeldout6,
};

export const runHeldout = () => held.runHeldout(SET);
export const scoreHeldout = (results: Map<string, ExtractionResult>) => held.scoreHeldout(SET, results);

held.runAsScript(SET, import.meta.url);
