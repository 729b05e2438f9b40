/**
 * A benchmarked response as captured from the real server (status, headers, body bytes in base64),
 * and the file of them that the bare servers (bare.ts, bare-fastify.ts) replay. Kept apart from
 * measure.ts so that a bare server loads nothing but node's own modules.
 */
import { readFileSync } from 'node:fs';

export interface Captured {
  url: string;
  status: number;
  headers: Record<string, string>;
  /** base64 */
  body: string;
}

/** The captured responses in the JSON file at `path`. */
export const readCaptured = (path: string): Captured[] => JSON.parse(readFileSync(path, 'utf8')) as Captured[];
