/** A `theme=` list of theme ids, or a 400 problem naming the id that is none. */
import { ThemeIdSchema } from '@ipb/domain';
import { HttpProblem } from '../plugins/problem';
import { splitList } from './resolve-regions';

export function requireThemes(value: string | undefined): string[] {
  const themes = splitList(value);
  const bad = themes.find((t) => !ThemeIdSchema.safeParse(t).success);
  if (bad !== undefined)
    throw new HttpProblem(
      400,
      'Unknown theme',
      `"${bad}" is not a theme id. GET /api/themes lists them (e.g. tech_finance).`,
      { code: 'unknown-theme', params: { id: bad } },
    );
  return themes;
}
