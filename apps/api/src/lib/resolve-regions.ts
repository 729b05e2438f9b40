/**
 * Turn a `regions` query parameter into regions. Accepts codes (150100), names (呼和浩特市),
 * short names (呼和浩特), aliases and English names, separated by ASCII or full-width commas, 、 or
 * spaces (splitList in packages/domain, whose schemas also bound their number and length). Every
 * unknown name is reported at once, so the user can fix the link in one go.
 */
import { BENCHMARK_REGION_CODE, type Region, splitList } from '@ipb/domain';
import { HttpProblem } from '../plugins/problem';

export { splitList };

export function resolveRegions(value: string | undefined, resolve: (q: string) => Region | undefined): Region[] {
  const names = splitList(value);
  const unknown: string[] = [];
  const found = new Map<string, Region>();
  for (const name of names) {
    const region = resolve(name);
    if (region) found.set(region.code, region);
    else unknown.push(name);
  }
  if (unknown.length) {
    throw new HttpProblem(
      400,
      'Unknown place',
      `No place is called ${unknown.map((u) => `"${u}"`).join(', ')}. Use a GB/T 2260 code (150100) or a name (呼和浩特 / 呼和浩特市); GET /api/regions lists them.`,
      {
        code: 'unknown-place',
        params: { names: unknown.join(', ') },
        errors: unknown.map((u) => ({
          path: 'querystring.regions',
          message: `unknown place "${u}"`,
          code: 'unknown-place',
          params: { names: u },
        })),
      },
    );
  }
  return [...found.values()];
}

/** A path's `:code` as a place, or 404 problem+json naming it. */
export function requirePlace(code: string, resolve: (q: string) => Region | undefined): Region {
  const region = resolve(code);
  if (!region)
    throw new HttpProblem(404, 'Unknown place', `No place is called "${code}". GET /api/regions lists them.`, {
      code: 'unknown-place',
      params: { names: code },
    });
  return region;
}

/** `regions=` (at most `max`) and `benchmark=` (default 呼和浩特) of a comparison, or a 400 problem. */
export function resolveComparison(
  query: { regions?: string; benchmark?: string },
  resolve: (q: string) => Region | undefined,
  max: number,
): { regions: Region[]; benchmark: Region } {
  const regions = resolveRegions(query.regions, resolve);
  if (regions.length > max)
    throw new HttpProblem(400, 'Too many places', `Name at most ${max} places; ${regions.length} were given.`, {
      code: 'too-many-places',
      params: { max, given: regions.length },
    });
  const [benchmark] = resolveRegions(query.benchmark ?? BENCHMARK_REGION_CODE, resolve);
  if (!benchmark)
    throw new HttpProblem(400, 'Unknown place', 'benchmark is empty.', {
      code: 'unknown-place',
      params: { names: '' },
    });
  return { regions, benchmark };
}
