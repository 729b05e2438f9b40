/**
 * One table for every scored set: the seeds and each held-out set's overall row, so a change can be
 * checked against all of them at once (the per-set scripts print the details).
 *
 *   npx tsx packages/ingest/test/eval/evaluate-all.ts
 */
import { pathToFileURL } from 'node:url';
import { SET as H1 } from '../heldout/evaluate-heldout';
import { SET as H2 } from '../heldout2/evaluate-heldout2';
import { SET as H3 } from '../heldout3/evaluate-heldout3';
import { SET as H4 } from '../heldout4/evaluate-heldout4';
import { SET as H5 } from '../heldout5/evaluate-heldout5';
import { SET as H6 } from '../heldout6/evaluate-heldout6';
import { SET as H7 } from '../heldout7/evaluate-heldout7';
import { SET as H8 } from '../heldout8/evaluate-heldout8';
import { SET as H9 } from '../heldout9/evaluate-heldout9';
import { SET as H10 } from '../heldout10/evaluate-heldout10';
import { SET as H11 } from '../heldout11/evaluate-heldout11';
import { SET as H12 } from '../heldout12/evaluate-heldout12';
import { SET as H13 } from '../heldout13/evaluate-heldout13';
import { SET as H14 } from '../heldout14/evaluate-heldout14';
import { SET as H15 } from '../heldout15/evaluate-heldout15';
import { loadGold, SEEDS } from './gold';
import { runHeldout, scoreHeldout } from './held-out-set';
import { header, row } from './print';
import { runSeeds } from './run';
import { combine, score } from './score';

const SETS = [H1, H2, H3, H4, H5, H6, H7, H8, H9, H10, H11, H12, H13, H14, H15];

async function main(): Promise<void> {
  console.log(header('set', 14));
  const seeds = await runSeeds(SEEDS);
  console.log(row('seeds', combine([...seeds].map(([seed, r]) => score(r, loadGold(seed)))), 14));
  for (const [k, set] of SETS.entries()) {
    const { overall } = scoreHeldout(set, await runHeldout(set));
    console.log(row(`held-out ${k + 1}`, overall, 14));
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
