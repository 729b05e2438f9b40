/**
 * Held-out set 8, written blind (synthetic, see README.md). Scored by ../eval/held-out-set.ts:
 *
 *   npx tsx packages/ingest/test/heldout8/evaluate-heldout8.ts [--json]
 */
import type { ExtractionResult } from '@ipb/domain';
import * as held from '../eval/held-out-set';
import { heldout8, NAMES } from './label';

export type { HeldoutEvaluation } from '../eval/held-out-set';

export const SET: held.HeldoutSet = {
  label: 'held-out-8 text',
  textDir: heldout8.textDir,
  names: NAMES,
  goldPath: heldout8.goldPath,
  decode: heldout8.decode,
};

export const runHeldout = () => held.runHeldout(SET);
export const scoreHeldout = (results: Map<string, ExtractionResult>) => held.scoreHeldout(SET, results);

held.runAsScript(SET, import.meta.url);
