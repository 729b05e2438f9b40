/**
 * Keyboard shortcuts of the review queue: j/k move, a accepts, r rejects, c corrects, s settles a
 * conflict (on a conflict, a/r/c open the settlement too: a conflict is settled, never accepted
 * or rejected as one figure). They never fire while the reviewer types (text inputs, text areas,
 * selects, editable text) or with a modifier key held, so "a" in a reason field is just an "a"
 * and browser shortcuts keep working. Radio buttons and check boxes take no letters, so j/k still
 * move while one of them has the focus.
 */
export type ReviewCommand = 'next' | 'previous' | 'accept' | 'reject' | 'correct' | 'settle';

export const SHORTCUTS: ReadonlyArray<{ key: string; command: ReviewCommand }> = [
  { key: 'j', command: 'next' },
  { key: 'k', command: 'previous' },
  { key: 'a', command: 'accept' },
  { key: 'r', command: 'reject' },
  { key: 'c', command: 'correct' },
  { key: 's', command: 'settle' },
];

export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  target?: EventTarget | null;
}

const CHOICE_INPUTS = new Set(['radio', 'checkbox', 'button', 'submit', 'reset']);

function isTyping(target: EventTarget | null | undefined): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const el = target as HTMLElement;
  if (el.isContentEditable) return true;
  if (el instanceof HTMLInputElement && CHOICE_INPUTS.has(el.type)) return false;
  return el.closest('input, textarea, select, [contenteditable="true"], [role="textbox"]') !== null;
}

export function reviewCommand(event: KeyLike): ReviewCommand | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (isTyping(event.target)) return null;
  return SHORTCUTS.find((s) => s.key === event.key)?.command ?? null;
}
