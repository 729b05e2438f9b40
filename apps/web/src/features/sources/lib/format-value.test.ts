import { describe, expect, it } from 'vitest';
import { formatWrittenValue } from './format-value';

describe('formatWrittenValue', () => {
  it.each([
    [{ valueAsWritten: 1, valueMaxAsWritten: 2 }, 'zh', '1–2'],
    [{ valueAsWritten: 220.6, valueMaxAsWritten: null }, 'zh', '220.6'],
    [{ valueAsWritten: 1 / 3, valueMaxAsWritten: null }, 'en', '0.3333'],
    [{ valueAsWritten: 8824, valueMaxAsWritten: null }, 'en', '8,824'],
  ])('%o in %s → %s', (o, lang, expected) => {
    expect(formatWrittenValue(o, lang)).toBe(expected);
  });
});
