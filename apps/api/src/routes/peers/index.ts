import {
  authorityFilter,
  BENCHMARK_REGION_CODE,
  PeerGroupListResponseSchema,
  PeerProfileQuerySchema,
  PeerProfileResponseSchema,
  RegionCodeParamsSchema,
} from '@ipb/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requirePlace, resolveRegions } from '../../lib/resolve-regions';
import { HttpProblem } from '../../plugins/problem';
import { buildPeerProfile } from './build-peer-profile';
import { pickedGroup, resolveGroup } from './peer-groups';

const DEFAULT_GROUP = 'provincial_capitals';
const MAX_PICKED = 30;

const peers: FastifyPluginAsyncZod = async (app) => {
  const resolve = (q: string) => app.gazetteer.resolve(q);
  const benchmark = () => {
    const region = app.gazetteer.byCode(BENCHMARK_REGION_CODE);
    if (!region)
      throw new HttpProblem(500, 'Internal error', 'The benchmark place is missing from the gazetteer.', {
        code: 'internal-error',
      });
    return region;
  };

  app.get(
    '/peer-groups',
    {
      schema: {
        summary: 'Peer groups (data/peers/peer-groups.json) with their members',
        description: 'A population band lists each member with the cited population figure it was judged on.',
        operationId: 'listPeerGroups',
        response: { 200: PeerGroupListResponseSchema },
      },
    },
    async () => ({
      groups: await Promise.all(
        app.benchmarkFiles.peerGroups.map((g) => resolveGroup(app.store.engine, g, benchmark(), resolve, null)),
      ),
    }),
  );

  app.get(
    '/regions/:code/peer-profile',
    {
      schema: {
        summary: 'Peer profile: indicators normalised over a peer group, strengths and weaknesses against 呼和浩特',
        description:
          'Min–max over the peers with a figure in one common period per indicator row (per capita where the catalogue names population as denominator); every score says how many peers had data. `regions` picks peers by hand instead of `group`.',
        operationId: 'getRegionPeerProfile',
        params: RegionCodeParamsSchema,
        querystring: PeerProfileQuerySchema,
        response: { 200: PeerProfileResponseSchema },
      },
    },
    async (request) => {
      const region = requirePlace(request.params.code, resolve);
      const authority = authorityFilter(request.query.authority);
      const picked = resolveRegions(request.query.regions, resolve);
      if (picked.length > MAX_PICKED)
        throw new HttpProblem(
          400,
          'Too many places',
          `Pick at most ${MAX_PICKED} peers; ${picked.length} were given.`,
          {
            code: 'too-many-places',
            params: { max: MAX_PICKED, given: picked.length },
          },
        );
      const id = request.query.group ?? DEFAULT_GROUP;
      const group = app.benchmarkFiles.peerGroups.find((g) => g.id === id);
      if (!picked.length && !group)
        throw new HttpProblem(
          404,
          'Unknown peer group',
          `"${id}" is not a peer group; use one of ${app.benchmarkFiles.peerGroups.map((g) => g.id).join(', ')}.`,
          { code: 'unknown-peer-group', params: { id } },
        );
      const info =
        picked.length || !group
          ? pickedGroup(picked)
          : await resolveGroup(app.store.engine, group, benchmark(), resolve, authority);
      return buildPeerProfile(app.store.engine, region, benchmark(), info, authority);
    },
  );
};
export default peers;
