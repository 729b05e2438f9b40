/**
 * The queue's keydown listener: the commands of review-keys.ts applied to the selected item. On a
 * conflict every action key asks for the settlement form (`onSettle`): accepting or rejecting one
 * of two disagreeing figures alone would leave the conflict open.
 */
import { useEffect, useRef } from 'react';
import type { ReviewItem } from '../api/get-review-queue';
import type { ReviewAction } from '../api/review-record';
import { reviewCommand } from './review-keys';

export interface ShortcutTargets {
  items: ReviewItem[];
  index: number;
  select: (item: ReviewItem, focus?: boolean) => void;
  act: (action: ReviewAction) => void;
  openForm: (mode: 'reject' | 'correct') => void;
  onSettle: () => void;
}

export function useReviewShortcuts(targets: ShortcutTargets) {
  const latest = useRef(targets);
  latest.current = targets;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const command = reviewCommand(e);
      if (!command) return;
      const { items, index, select, act, openForm, onSettle } = latest.current;
      const item = items[index];
      if (!item) return;
      e.preventDefault();
      if (command === 'next') {
        if (index + 1 < items.length) select(items[index + 1] as ReviewItem, true);
      } else if (command === 'previous') {
        if (index > 0) select(items[index - 1] as ReviewItem, true);
      } else if (item.entity === 'conflict') onSettle();
      else if (command === 'accept') act({ entity: item.entity, id: item.id, patch: { action: 'accept' } });
      else if (command === 'reject' || command === 'correct') openForm(command);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
