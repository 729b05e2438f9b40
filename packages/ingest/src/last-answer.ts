/**
 * A function of one string that keeps its last argument and answer. A figure's rules ask the same
 * question of the same string several times in turn (the sentence up to the figure, its clause): the
 * second asking costs a comparison. Only for answers that depend on the string alone. Extraction is
 * synchronous and each worker thread has its own modules, so one slot per question is enough.
 */
export function lastAnswer<T>(answer: (s: string) => T): (s: string) => T {
  let last: string | null = null;
  let kept: T;
  return (s) => {
    if (s !== last) {
      kept = answer(s);
      last = s;
    }
    return kept;
  };
}
