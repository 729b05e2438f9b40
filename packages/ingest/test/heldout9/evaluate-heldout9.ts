/**
 * Held-out set 9, written blind (synthetic, see README.md). Scored by ../eval/held-out-set.ts:
 *
 *   npx tsx packages/ingest/test/heldout9/evaluate-heldout9.ts [--json]
 */
import type { ExtractionResult } from '@ipb/domain';
import * as held from '../eval/held-out-set';
import { heldout9, NAMES } from './label';

export type { HeldoutEvaluation } from '../eval/held-out-set';

export const SET: held.HeldoutSet = {
  label: 'held-out-9 text',
  textDir: heldout9.textDir,
  names: NAMES,
  goldPath: heldout9.goldPath,
  decode: heldout9.decode,
};

export const runHeldout = () => held.runHeldout(SET);
export const scoreHeldout = (results: Map<string, ExtractionResult>) => held.scoreHeldout(SET, results);

held.runAsScript(SET, import.meta.url);
