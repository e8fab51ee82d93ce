// Browser mode answers every malformed request with a 4xx and keeps running: bad escapes, a request
// line no URL parser accepts, huge headers, bad JSON, another page's origin. Before, GET /%ff ended
// the server — and any page on another 127.0.0.1 port could send it with an <img>.
import net from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { BrowserServer } from '../../../electron/core/browserMode/startBrowserServer';
import { startTestBrowserServer } from '../support/browserServerHarness';

let server: BrowserServer;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ server, close } = await startTestBrowserServer());
});
afterAll(async () => {
  await close();
});

/**
 * Sends raw bytes and returns the status code of the answer (0 when the connection closed without one).
 * Writes without half-closing, as a browser does: Node's server drops the answer to a request whose
 * client sent FIN before the answer was ready (a call whose handlers load on first use), and every
 * request here either says Connection: close or is refused with the connection closed.
 */
function raw(request: string | Buffer): Promise<number> {
  return new Promise((resolve) => {
    const socket = net.connect(server.port, '127.0.0.1');
    let answer = '';
    socket.on('data', (d) => (answer += d.toString('latin1')));
    socket.on('error', () => resolve(Number(/^HTTP\/1\.[01] (\d{3})/.exec(answer)?.[1] ?? 0)));
    socket.on('close', () => resolve(Number(/^HTTP\/1\.[01] (\d{3})/.exec(answer)?.[1] ?? 0)));
    socket.setTimeout(10_000, () => socket.destroy());
    socket.write(request);
  });
}

const host = () => `Host: 127.0.0.1:${server.port}`;
const withToken = (p: string) => `${p}${p.includes('?') ? '&' : '?'}token=${server.token}`;
const get = (p: string, extra = '') => `GET ${p} HTTP/1.1\r\n${host()}\r\n${extra}Connection: close\r\n\r\n`;
const post = (p: string, body: string, extra = '') =>
  `POST ${withToken(p)} HTTP/1.1\r\n${host()}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${extra}Connection: close\r\n\r\n${body}`;

describe('browser mode and malformed requests', () => {
  it.each([
    ['GET /%ff with the token', () => get(withToken('/%ff'))],
    ['GET /%ff without it', () => get('/%ff')],
    ['a malformed escape in an API name', () => post('/api/store%E0%A4%A', '{}')],
    ['a request line GET http://[', () => `GET http://[ HTTP/1.1\r\n${host()}\r\n\r\n`],
    ['an absolute URL for another host', () => get(withToken('http://evil.example/'))],
    ['a NUL in the path', () => get(withToken('/a%00.js'))],
    ['a 100 KB header', () => get('/', `X-Big: ${'a'.repeat(100_000)}\r\n`)],
    ['bad JSON', () => post('/api/store/status', '{"a":')],
    ['JSON nested 100,000 deep', () => post('/api/store/status', '['.repeat(100_000))],
    ['an unknown call', () => post('/api/no/such', '{}')],
    ['another page’s origin', () => post('/api/store/status', '{}', 'Origin: http://127.0.0.1:1\r\n')],
    [
      'a request line of garbage',
      () => Buffer.from([0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00, 0x01, 0xfc, 0x03, 0x03]),
    ],
    ['HTTP/0.9', () => 'GET /\r\n\r\n'],
    ['a negative Content-Length', () => `POST /api/x HTTP/1.1\r\n${host()}\r\nContent-Length: -5\r\n\r\n`],
  ])('%s gets a 4xx answer', async (_name, request: () => string | Buffer) => {
    const status = await raw(request());
    // An unknown call is a well-formed request: the API answers 200 with a structured error.
    if (_name === 'an unknown call') expect(status).toBe(200);
    else expect(status >= 400 && status < 500, `status ${status}`).toBe(true);
  });

  it('still serves the app and the API after all of them', async () => {
    expect(await raw(get(withToken('/')))).toBe(200);
    expect(await raw(post('/api/store/status', '{}'))).toBe(200);
  });
});
