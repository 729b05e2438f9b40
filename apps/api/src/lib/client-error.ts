/**
 * Answers for requests Node cannot hand to Fastify at all: a request line or headers over the
 * 16 KB limit (431), a client too slow to send its request (408: slowloris and slow bodies are cut
 * off by the timeouts in app.ts), or bytes that are not HTTP (400). Written straight to the socket
 * as problem+json, with the headers every answer carries.
 */
import type { Socket } from 'node:net';
import { HttpProblem, PROBLEM_MEDIA_TYPE, problemBody } from './http-problem';

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  408: 'Request Timeout',
  431: 'Request Header Fields Too Large',
};

function problemFor(code: string | undefined): HttpProblem {
  if (code === 'HPE_HEADER_OVERFLOW')
    return new HttpProblem(
      431,
      'Request header too large',
      'The URL or the headers are longer than 16 KB; ask for less at once.',
      {
        code: 'url-too-long',
        params: { maxBytes: 16 * 1024 },
      },
    );
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT' || code === 'HPE_HEADERS_TIMEOUT')
    return new HttpProblem(408, 'Request timeout', 'The request did not arrive in time; send it again.', {
      code: 'request-timeout',
    });
  return new HttpProblem(
    400,
    'Malformed request',
    `The request could not be parsed (${code ?? 'not HTTP'}). Percent-encode non-ASCII characters in the URL, e.g. regions=%E5%91%BC%E5%92%8C%E6%B5%A9%E7%89%B9.`,
    { code: 'malformed-request' },
  );
}

export function clientErrorHandler(err: NodeJS.ErrnoException, socket: Socket): void {
  // A client that went away needs no answer.
  if (err.code === 'ECONNRESET' || err.code === 'EPIPE' || !socket.writable) {
    socket.destroy();
    return;
  }
  const problem = problemFor(err.code);
  const body = JSON.stringify(problemBody(problem));
  socket.end(
    [
      `HTTP/1.1 ${problem.status} ${REASONS[problem.status]}`,
      `Content-Type: ${PROBLEM_MEDIA_TYPE}`,
      `Content-Length: ${Buffer.byteLength(body)}`,
      'X-Content-Type-Options: nosniff',
      "Content-Security-Policy: default-src 'none'; frame-ancestors 'none'",
      'Connection: close',
      '',
      body,
    ].join('\r\n'),
  );
}
