/**
 * The ceiling: a bare node:http server that answers each benchmarked URL with exactly the status,
 * headers and body bytes the real server gave for it. Reads its responses from the JSON file named
 * by argv[2] and listens on argv[3]; prints "listening" when ready.
 */
import { createServer } from 'node:http';
import { readCaptured } from './captured';

const captured = readCaptured(process.argv[2] as string);
const responses = new Map(captured.map((c) => [c.url, { ...c, bytes: Buffer.from(c.body, 'base64') }]));

createServer((req, res) => {
  const r = responses.get(req.url ?? '');
  if (!r) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(r.status, r.headers);
  res.end(r.bytes);
}).listen(Number(process.argv[3]), '127.0.0.1', () => console.log('listening'));
