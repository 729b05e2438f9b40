/**
 * Held-out set 14, written blind (synthetic, see README.md). Scored by ../eval/held-out-set.ts:
 *
 *   npx tsx packages/ingest/test/heldout14/evaluate-heldout14.ts [--json]
 */
import type { ExtractionResult } from '@ipb/domain';
import * as held from '../eval/held-out-set';
import { heldout14, TEXTS } from './label';

export type { HeldoutEvaluation } from '../eval/held-out-set';

export const SET: held.HeldoutSet = {
  label: 'held-out-14 text',
  textDir: heldout14.textDir,
  names: Object.keys(TEXTS),
  goldPath: heldout14.goldPath,
  decode: heldout14.decode,
};

export const runHeldout = () => held.runHeldout(SET);
export const scoreHeldout = (results: Map<string, ExtractionResult>) => held.scoreHeldout(SET, results);

held.runAsScript(SET, import.meta.url);
