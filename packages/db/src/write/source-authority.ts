/**
 * An editor overrides a source's authority class (the rules misjudged a host or publisher). The
 * override is kept across new versions of the source, audited with before, after and the reason,
 * and bumps the data version so every cached comparison sees it.
 */
import type { Authority, SourceSummary } from '@ipb/domain';
import type { Db } from '../engine/db';
import { query } from '../engine/query';
import { getSourceSummary } from '../queries/sources';
import { audit } from './audit';
import { flag } from './insert-rows';
import { bumpDataVersion } from './replace-source';
import { NotFoundError } from './review';

const BEFORE = query('SELECT authority, authority_reason AS reason FROM sources WHERE id = ?');
const SET = query('UPDATE sources SET authority = ?, authority_reason = ?, authority_overridden = ? WHERE id = ?');

export function setSourceAuthority(
  db: Db,
  id: number,
  change: { authority: Authority; reason: string },
  actor: string,
): Promise<SourceSummary> {
  return db.transaction(async (tx) => {
    const before = await tx.get<{ authority: Authority; reason: string }>(BEFORE, [id]);
    if (!before) throw new NotFoundError(`There is no source ${id}.`);
    await tx.run(SET, [change.authority, `set by ${actor}: ${change.reason}`, flag(tx, true), id]);
    await audit(tx, {
      actor,
      action: 'set_authority',
      entity: 'source',
      entityId: String(id),
      before,
      after: { authority: change.authority },
      reason: change.reason,
    });
    await bumpDataVersion(tx);
    return (await getSourceSummary(tx, id)) as SourceSummary;
  });
}
