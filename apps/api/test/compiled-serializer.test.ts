/**
 * The compiled serialisers write what the zod schema says (nullable objects, records, defaults,
 * unknown properties left out), and in tests a response that breaks its schema is an error.
 */
import { CompareResponseSchema, SeriesResponseSchema } from '@ipb/domain';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compiledSerializerCompiler } from '../src/lib/compiled-serializer';

const Schema = z.object({
  id: z.number().int(),
  name: z.string(),
  note: z.string().nullable(),
  nested: z.object({ a: z.number(), b: z.array(z.string()) }).nullable(),
  counts: z.record(z.string(), z.number().int()),
  flag: z.boolean().default(false),
});

const compile = (validate: boolean) =>
  compiledSerializerCompiler(validate)({ schema: Schema, method: 'GET', url: '/test' }) as (data: unknown) => string;

describe('compiled serialisers', () => {
  it('write what zod would: nulls, nested objects, records, defaults; unknown properties left out', () => {
    for (const data of [
      { id: 1, name: '南京', note: null, nested: null, counts: {}, extra: 'dropped' },
      { id: 2, name: '"quoted"\n', note: 'x', nested: { a: 1.5, b: ['一', '二'] }, counts: { talent: 3 }, flag: true },
    ]) {
      expect(JSON.parse(compile(false)(data))).toEqual(Schema.parse(data));
      expect(compile(true)(data)).toBe(compile(false)(data));
    }
  });

  it('in tests, refuse a response that breaks its schema', () => {
    expect(() => compile(true)({ id: 1.5, name: 'x', note: null, nested: null, counts: {} })).toThrow();
    expect(() => compile(true)({ id: 1, name: 'x', note: null, nested: { a: 'no' }, counts: {} })).toThrow();
  });

  it('compile the API’s large schemas', () => {
    for (const schema of [CompareResponseSchema, SeriesResponseSchema])
      expect(typeof compiledSerializerCompiler(false)({ schema, method: 'GET', url: '/x' })).toBe('function');
  });
});
