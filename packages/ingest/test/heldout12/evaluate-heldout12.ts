/**
 * Held-out set 12, written blind (synthetic, see README.md). Scored by ../eval/held-out-set.ts:
 *
 *   npx tsx packages/ingest/test/heldout12/evaluate-heldout12.ts [--json]
 */
import type { ExtractionResult } from '@ipb/domain';
import * as held from '../eval/held-out-set';
import { heldout12, TEXTS } from './label';

export type { HeldoutEvaluation } from '../eval/held-out-set';

export const SET: held.HeldoutSet = {
  label: 'held-out-12 text',
  textDir: heldout12.textDir,
  names: Object.keys(TEXTS),
  goldPath: heldout12.goldPath,
  decode: heldout12.decode,
};

export const runHeldout = () => held.runHeldout(SET);
export const scoreHeldout = (results: Map<string, ExtractionResult>) => held.scoreHeldout(SET, results);

held.runAsScript(SET, import.meta.url);
