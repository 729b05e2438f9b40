/**
 * The queue's filters live in the URL (?kind=&place=&source=&confidence=), so a filtered queue can
 * be shared and survives a reload. Unknown values are ignored rather than failing the page.
 */
import { REVIEW_ENTITIES } from '@ipb/domain';
import type { ReviewFilters } from '../api/get-review-queue';

export const CONFIDENCE_STEPS = [0.5, 0.8] as const;

export function parseReviewFilters(params: URLSearchParams): ReviewFilters {
  const kind = params.get('kind');
  const place = params.get('place');
  const source = Number(params.get('source'));
  const confidence = Number(params.get('confidence'));
  return {
    ...(kind && (REVIEW_ENTITIES as readonly string[]).includes(kind)
      ? { entity: kind as ReviewFilters['entity'] }
      : {}),
    ...(place && /^\d{6}/.test(place) ? { region: place } : {}),
    ...(Number.isInteger(source) && source > 0 ? { source } : {}),
    ...((CONFIDENCE_STEPS as readonly number[]).includes(confidence) ? { maxConfidence: confidence } : {}),
  };
}

/** The URL parameters of `filters`, on top of the others (the selected item stays). */
export function withReviewFilters(params: URLSearchParams, filters: ReviewFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (name: string, value: string | number | undefined) =>
    value === undefined ? next.delete(name) : next.set(name, String(value));
  set('kind', filters.entity);
  set('place', filters.region);
  set('source', filters.source);
  set('confidence', filters.maxConfidence);
  return next;
}
