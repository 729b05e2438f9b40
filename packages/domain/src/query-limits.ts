/**
 * Bounds on query parameters. Every free-text parameter has a maximum length and a list of places
 * a maximum count, so that no single request can make the server work for long (issue 11: a
 * 16 KB place name once held the event loop for 12 s). The limits are generous for people: the
 * longest official place name is under 30 characters and the dashboard compares at most 8 places.
 */
import { z } from 'zod';

/** One id, code or name (an indicator id, a theme id, a place name). */
export const MAX_NAME_CHARS = 80;
/** Places in one `region`/`regions`/`benchmark` parameter. */
export const MAX_PLACES_PER_QUERY = 20;
/** A whole list parameter: MAX_PLACES_PER_QUERY names and their separators. */
export const MAX_LIST_CHARS = 600;
/** Free-text search and other prose parameters. */
export const MAX_TEXT_CHARS = 100;

/** Places (or ids) in a list parameter: separated by ASCII or full-width commas, 、, semicolons or spaces. */
export function splitList(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .split(/[,，、;；\s]+/)
    .map((v) => v.trim())
    .filter(Boolean);
}

/** A parameter naming one thing: an id or a name. */
export const nameParam = () =>
  z.string().max(MAX_NAME_CHARS, `at most ${MAX_NAME_CHARS} characters: name one thing by its id or name`);

/** A parameter naming places: codes or names, at most MAX_PLACES_PER_QUERY of them. */
export const placeListParam = () =>
  z
    .string()
    .max(MAX_LIST_CHARS, `at most ${MAX_LIST_CHARS} characters (up to ${MAX_PLACES_PER_QUERY} places)`)
    .refine((v) => splitList(v).length <= MAX_PLACES_PER_QUERY, {
      message: `name at most ${MAX_PLACES_PER_QUERY} places`,
    })
    .refine((v) => splitList(v).every((name) => name.length <= MAX_NAME_CHARS), {
      message: `a place name has at most ${MAX_NAME_CHARS} characters`,
    });

/** A pagination cursor: the nextCursor of the previous page (a row id). */
export const cursorParam = () => z.string().regex(/^\d{1,15}$/, 'cursor is the nextCursor value of the previous page');
