/**
 * Imported first by main.tsx, before any schema exists: zod compiles object parsers with
 * `new Function` unless told not to, and its probe for that is a Content-Security-Policy violation
 * under the server's `script-src 'self'` (docs/decisions/013). Jitless parsing is slower only for
 * large payloads, which the dashboard does not parse.
 */
import { z } from 'zod';

z.config({ jitless: true });
