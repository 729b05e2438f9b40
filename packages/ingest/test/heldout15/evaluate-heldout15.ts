/**
 * Held-out set 15, written blind (synthetic, see README.md). Scored by ../eval/held-out-set.ts:
 *
 *   npx tsx packages/ingest/test/heldout15/evaluate-heldout15.ts [--json]
 */
import type { ExtractionResult } from '@ipb/domain';
import * as held from '../eval/held-out-set';
import { heldout15, TEXTS } from './label';

export type { HeldoutEvaluation } from '../eval/held-out-set';

export const SET: held.HeldoutSet = {
  label: 'held-out-15 text',
  textDir: heldout15.textDir,
  names: Object.keys(TEXTS),
  goldPath: heldout15.goldPath,
  decode: heldout15.decode,
};

export const runHeldout = () => held.runHeldout(SET);
export const scoreHeldout = (results: Map<string, ExtractionResult>) => held.scoreHeldout(SET, results);

held.runAsScript(SET, import.meta.url);
