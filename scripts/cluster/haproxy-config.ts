/**
 * HAProxy in front of the API instances (docs/decisions/016 "serve:cluster"): round robin, no
 * sticky sessions (no instance holds state), a health check on GET /api/health, and a request an
 * instance could not take (refused, or cut before any answer) sent again to another one, so a
 * killed instance costs no failed request. Only requests with no effect yet are retried: a
 * refused connection never reached an instance; an empty answer is retried for GET and HEAD only.
 */
export interface ProxyLayout {
  port: number;
  instancePorts: number[];
}

export function haproxyConfig({ port, instancePorts }: ProxyLayout): string {
  const servers = instancePorts.map(
    (p, i) =>
      `  server api${i + 1} 127.0.0.1:${p} check inter 1s fall 1 rise 2 observe layer4 error-limit 1 on-error mark-down`,
  );
  return [
    'global',
    '  maxconn 4096',
    '',
    'defaults',
    '  mode http',
    '  timeout connect 2s',
    // A health check's answer may take its time: without this HAProxy gives the whole check `inter`
    // (1 s), and with `fall 1` a busy but live instance is marked down — at load 30 all three were,
    // and the proxy answered 503 (apps/api/test/cluster.test.ts). A killed instance is still marked
    // down at once, by its refused connections (`observe layer4 … on-error mark-down`).
    '  timeout check 10s',
    '  timeout client 60s',
    '  timeout server 60s',
    '  retries 3',
    '  option redispatch 1',
    '  retry-on conn-failure empty-response response-timeout',
    '',
    'frontend ipb',
    `  bind 127.0.0.1:${port}`,
    '  default_backend api',
    '',
    'backend api',
    '  balance roundrobin',
    '  option httpchk GET /api/health',
    '  http-check expect status 200',
    '  http-request disable-l7-retry unless METH_GET || METH_HEAD',
    '  option forwardfor',
    ...servers,
    '',
  ].join('\n');
}
