/**
 * Response serialisers compiled once per route from its zod schema (fast-json-stringify over the
 * schema's JSON Schema), instead of validating every response with zod and then stringifying it.
 * The schema still decides the shape: properties it does not name are left out, as zod would.
 * With `validate` (tests), every response is also checked against the zod schema and the compiled
 * output against zod's own, so a schema or serialiser mistake fails a test instead of reaching a
 * client; a mismatch answers 500 there, as the per-request validation used to.
 */
import { isDeepStrictEqual } from 'node:util';
import fastJson, { type Schema } from 'fast-json-stringify';
import { ResponseSerializationError } from 'fastify-type-provider-zod';
import { z } from 'zod';

type Json = Record<string, unknown>;

/**
 * zod writes `T | null` as `anyOf: [T, {type: 'null'}]`; fast-json-stringify resolves anyOf by
 * validating each branch at run time, so such pairs become `type: [T, 'null']`, which it compiles.
 */
function simplify(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(simplify);
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node as Json)) if (key !== '$schema') out[key] = simplify(value);
  const anyOf = out.anyOf as Json[] | undefined;
  if (anyOf?.length === 2) {
    const other = anyOf.find((branch) => branch.type !== 'null');
    if (other && typeof other.type === 'string' && anyOf.some((branch) => branch.type === 'null')) {
      const { anyOf: _drop, ...rest } = out;
      return { ...rest, ...other, type: [other.type, 'null'] };
    }
  }
  return out;
}

export function toSerializerSchema(schema: z.ZodType): Schema {
  return simplify(z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' })) as Schema;
}

interface CompilerInput {
  schema: unknown;
  method: string;
  url: string;
}

export function compiledSerializerCompiler(validate: boolean) {
  return ({ schema, method, url }: CompilerInput) => {
    if (!(schema instanceof z.ZodType)) return (data: unknown) => JSON.stringify(data);
    const stringify = fastJson(toSerializerSchema(schema));
    if (!validate) return stringify;
    return (data: unknown) => {
      const parsed = schema.safeParse(data);
      if (!parsed.success) throw new ResponseSerializationError(method, url, { cause: parsed.error });
      const compiled = stringify(data);
      if (!isDeepStrictEqual(JSON.parse(compiled), JSON.parse(JSON.stringify(parsed.data)))) {
        throw new Error(`${method} ${url}: the compiled serialiser's output differs from the zod schema's`);
      }
      return compiled;
    };
  };
}
