/**
 * First held-out set: texts the extractor was not developed against (synthetic, see README.md).
 * Scored by ../eval/held-out-set.ts:
 *
 *   npx tsx packages/ingest/test/heldout/evaluate-heldout.ts [--json]
 */
import type { ExtractionResult } from '@ipb/domain';
import * as held from '../eval/held-out-set';
import { decodeHeldout, goldPath, HELDOUT_TEXT_DIR, HELDOUT_TEXTS } from './label';

export type { HeldoutEvaluation } from '../eval/held-out-set';

export const SET: held.HeldoutSet = {
  label: 'held-out text',
  textDir: HELDOUT_TEXT_DIR,
  names: Object.keys(HELDOUT_TEXTS),
  goldPath,
  decode: decodeHeldout,
};

export const runHeldout = () => held.runHeldout(SET);
export const scoreHeldout = (results: Map<string, ExtractionResult>) => held.scoreHeldout(SET, results);

held.runAsScript(SET, import.meta.url);
