import { describe, expect, it } from 'vitest';
import { type KeyLike, type ReviewCommand, reviewCommand } from './review-keys';

function element(html: string, selector: string): Element {
  const host = document.createElement('div');
  host.innerHTML = html;
  return host.querySelector(selector) as Element;
}

describe('reviewCommand', () => {
  it.each<[string, () => KeyLike, ReviewCommand | null]>([
    ['j moves down', () => ({ key: 'j', target: document.body }), 'next'],
    ['k moves up', () => ({ key: 'k', target: document.body }), 'previous'],
    ['a accepts', () => ({ key: 'a', target: document.body }), 'accept'],
    ['r rejects', () => ({ key: 'r', target: document.body }), 'reject'],
    ['c corrects', () => ({ key: 'c', target: document.body }), 'correct'],
    ['s settles a conflict', () => ({ key: 's', target: document.body }), 'settle'],
    ['typing s in a reason field', () => ({ key: 's', target: element('<textarea></textarea>', 'textarea') }), null],
    ['on a button it still works', () => ({ key: 'a', target: element('<button>x</button>', 'button') }), 'accept'],
    ['other keys do nothing', () => ({ key: 'x', target: document.body }), null],
    ['capital A is not a', () => ({ key: 'A', target: document.body }), null],
    ['ctrl+a selects text as usual', () => ({ key: 'a', ctrlKey: true, target: document.body }), null],
    ['cmd+r reloads as usual', () => ({ key: 'r', metaKey: true, target: document.body }), null],
    ['alt+j is left alone', () => ({ key: 'j', altKey: true, target: document.body }), null],
    ['typing in a text area', () => ({ key: 'a', target: element('<textarea></textarea>', 'textarea') }), null],
    ['typing in an input', () => ({ key: 'r', target: element('<input>', 'input') }), null],
    ['on a radio button j still moves', () => ({ key: 'j', target: element('<input type="radio">', 'input') }), 'next'],
    ['on a check box', () => ({ key: 'k', target: element('<input type="checkbox">', 'input') }), 'previous'],
    ['in a select', () => ({ key: 'j', target: element('<select></select>', 'select') }), null],
    [
      'inside an editable region',
      () => ({ key: 'c', target: element('<div contenteditable="true"><b>x</b></div>', 'b') }),
      null,
    ],
    ['no target', () => ({ key: 'j' }), 'next'],
  ])('%s', (_name, event, expected) => {
    expect(reviewCommand(event())).toBe(expected);
  });
});
