/**
 * A box that scrolls sideways when its content is wider than the screen (a table or a chart on a
 * phone). It takes the keyboard focus, so a keyboard alone can scroll it (axe:
 * scrollable-region-focusable), and its label names it for screen readers.
 */
import type { ReactNode, Ref } from 'react';

export function ScrollBox({
  label,
  className = 'table-scroll',
  hidden,
  ref,
  children,
}: {
  /** What the box holds; without one, the box is named by the section around it. */
  label?: string;
  className?: string;
  hidden?: boolean;
  ref?: Ref<HTMLElement>;
  children: ReactNode;
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a box that scrolls must be reachable by keyboard
    <section ref={ref} className={className} tabIndex={0} aria-label={label} hidden={hidden}>
      {children}
    </section>
  );
}
