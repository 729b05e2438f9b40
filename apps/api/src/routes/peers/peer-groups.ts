/**
 * Peer groups resolved to places: a list as written in data/peers/peer-groups.json, or a population
 * band decided from each place's latest population figure (the preferred value, cited), or the
 * places a user picked.
 */
import { type Db, groupByPeriod, preferredValue, readObservationRows, readSettlements } from '@ipb/db';
import type { Authority, LatestValue, PeerGroup, PeerGroupInfo, Region } from '@ipb/domain';

type Resolve = (code: string) => Region | undefined;

/** Each place's latest population (year-end or census), preferred among its sources. */
async function latestPopulations(db: Db, authority: Authority[] | null): Promise<Map<string, LatestValue>> {
  const [rows, settlements] = await Promise.all([
    readObservationRows(db, {
      indicatorIds: ['population'],
      kinds: ['actual'],
      periodTypes: ['point'],
      authority,
      order: 'period',
    }),
    readSettlements(db),
  ]);
  const latest = new Map<string, LatestValue>();
  for (const g of groupByPeriod(rows, settlements)) {
    const v = preferredValue(g);
    const code = g.preferred.o.regionCode;
    const current = latest.get(code);
    if (!current || (v.periodEnd ?? '') > (current.periodEnd ?? '')) latest.set(code, v);
  }
  return latest;
}

export async function resolveGroup(
  db: Db,
  group: PeerGroup,
  benchmark: Region,
  resolve: Resolve,
  authority: Authority[] | null,
): Promise<PeerGroupInfo> {
  const info = {
    id: group.id,
    kind: group.kind,
    nameZh: group.nameZh,
    nameEn: group.nameEn,
    noteZh: group.noteZh,
    note: group.note,
  };
  if (group.kind === 'list') {
    const members = group.members.flatMap((code) => {
      const region = resolve(code);
      return region ? [{ region, basis: null }] : [];
    });
    return { ...info, members };
  }
  const populations = await latestPopulations(db, authority);
  const base = populations.get(benchmark.code);
  if (!base) return { ...info, members: [] };
  const members = [...populations.entries()].flatMap(([code, value]) => {
    const region = resolve(code);
    const ratio = value.value / base.value;
    if (!region || region.level !== group.level || Math.abs(ratio - 1) > group.band) return [];
    return [{ region, basis: value }];
  });
  return { ...info, members };
}

export function pickedGroup(regions: Region[]): PeerGroupInfo {
  return {
    id: null,
    kind: 'picked',
    nameZh: '自选对标地区',
    nameEn: 'Hand-picked places',
    noteZh: '用户选定的地区。',
    note: 'Places chosen by the user.',
    members: regions.map((region) => ({ region, basis: null })),
  };
}
