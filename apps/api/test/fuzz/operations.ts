/**
 * Every operation of /api/openapi.json with what a request to it can carry: path and query
 * parameters (deref'd JSON Schemas) and, for writes, the JSON body schema if it has one. Walked
 * from the document, like the contract test, so a new route is fuzzed without anyone adding it.
 */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
}

export interface Operation {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: string;
  pathParams: Array<{ name: string; schema: JsonSchema }>;
  query: Array<{ name: string; schema: JsonSchema; required: boolean }>;
  body: JsonSchema | null;
}

interface Document {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: Array<{ name: string; in: string; required?: boolean; schema: JsonSchema }>;
        requestBody?: { content?: Record<string, { schema: JsonSchema }> };
      }
    >
  >;
  components?: { schemas?: Record<string, JsonSchema> };
}

export function operationsOf(doc: Document): Operation[] {
  const deref = (s: JsonSchema | undefined): JsonSchema =>
    s?.$ref ? deref(doc.components?.schemas?.[s.$ref.replace('#/components/schemas/', '')]) : (s ?? {});
  const deep = (s: JsonSchema | undefined, depth = 0): JsonSchema => {
    const d = deref(s);
    if (depth > 6) return d;
    return {
      ...d,
      ...(d.anyOf ? { anyOf: d.anyOf.map((x) => deep(x, depth + 1)) } : {}),
      ...(d.items ? { items: deep(d.items, depth + 1) } : {}),
      ...(d.properties
        ? { properties: Object.fromEntries(Object.entries(d.properties).map(([k, v]) => [k, deep(v, depth + 1)])) }
        : {}),
    };
  };
  return Object.entries(doc.paths)
    .filter(([path]) => path.startsWith('/api/') && !path.startsWith('/api/docs'))
    .flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => {
        const parameters = op.parameters ?? [];
        return {
          method: method.toUpperCase() as Operation['method'],
          path,
          pathParams: parameters.filter((p) => p.in === 'path').map((p) => ({ name: p.name, schema: deep(p.schema) })),
          query: parameters
            .filter((p) => p.in === 'query')
            .map((p) => ({ name: p.name, schema: deep(p.schema), required: p.required ?? false })),
          body: op.requestBody?.content?.['application/json']
            ? deep(op.requestBody.content['application/json'].schema)
            : null,
        };
      }),
    );
}
