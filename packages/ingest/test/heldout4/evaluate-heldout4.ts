/**
 * Fourth held-out set, written blind (synthetic, see README.md).
 * Scored by ../eval/held-out-set.ts:
 *
 *   npx tsx packages/ingest/test/heldout4/evaluate-heldout4.ts [--json]
 */
import type { ExtractionResult } from '@ipb/domain';
import * as held from '../eval/held-out-set';
import { decodeHeldout4, goldPath, HELDOUT4_TEXT_DIR, HELDOUT4_TEXTS } from './label';

export type { HeldoutEvaluation } from '../eval/held-out-set';

export const SET: held.HeldoutSet = {
  label: 'held-out-4 text',
  textDir: HELDOUT4_TEXT_DIR,
  names: Object.keys(HELDOUT4_TEXTS),
  goldPath,
  decode: decodeHeldout4,
};

export const runHeldout = () => held.runHeldout(SET);
export const scoreHeldout = (results: Map<string, ExtractionResult>) => held.scoreHeldout(SET, results);

held.runAsScript(SET, import.meta.url);
