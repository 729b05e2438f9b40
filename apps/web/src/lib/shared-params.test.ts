import { describe, expect, it } from 'vitest';
import { carrySharedParams, withSharedParams } from './shared-params';

describe('withSharedParams', () => {
  it.each([
    { to: '/compare', current: 'authority=official', expected: '/compare?authority=official' },
    {
      to: '/indicators',
      current: 'theme=tech_finance&authority=official&regions=320100',
      expected: '/indicators?theme=tech_finance&authority=official',
    },
    {
      to: '/compare?regions=320100',
      current: 'theme=talent',
      expected: '/compare?regions=320100&theme=talent',
    },
    { to: '/regions/320100', current: 'regions=1&view=per_capita', expected: '/regions/320100' },
    { to: '/?theme=talent', current: 'theme=tech_finance', expected: '/?theme=talent' },
    {
      to: '/sources/3#10-40',
      current: 'authority=official',
      expected: '/sources/3?authority=official#10-40',
    },
  ])('$to with ?$current → $expected', ({ to, current, expected }) => {
    expect(decodeURIComponent(withSharedParams(to, new URLSearchParams(current)))).toBe(expected);
  });

  it('carries the shared parameters into a view’s own rewritten query', () => {
    const next = carrySharedParams(
      new URLSearchParams('theme=a&authority=official&tab=table'),
      new URLSearchParams('tab=chart'),
    );
    expect(next.toString()).toBe('tab=chart&theme=a&authority=official');
  });
});
