// Errors raised before a route runs (router, HTTP parser) keep the Altogic error shape and never echo the input.
import { request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/harness.ts';

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A GET with the path exactly as written (fetch would normalise it). */
function rawGet(url: string, path: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, headers: { 'x-client-key': 'k', ...headers }, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Sends bytes the HTTP parser refuses and returns the raw answer. */
function rawBytes(url: string, bytes: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port) });
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => (answer += chunk));
    socket.on('error', () => {});
    socket.on('close', () => resolve(answer));
    socket.write(bytes);
  });
}

function expectAltogicError(answer: { status: number; body: string }, status: number, echoed: string): void {
  expect(answer.status).toBe(status);
  const body = JSON.parse(answer.body) as { errors: Array<{ origin: string; code: string; message: string }> };
  expect(body.errors).toHaveLength(1);
  expect(body.errors[0]).toMatchObject({ origin: 'client_error', code: expect.any(String), message: expect.any(String) });
  expect(answer.body).not.toContain(echoed);
  expect(answer.body).not.toMatch(/FST_|statusCode/);
}

describe('framework errors', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  it('a malformed percent-encoding in the path', async () => {
    expectAltogicError(await rawGet(t.url, '/%'), 400, "'/%'");
    expectAltogicError(await rawGet(t.url, '/_api/rest/v1/auth/<script>%zz'), 400, '<script>');
  });

  it('an overly long path parameter', async () => {
    const long = `${'<b>'.repeat(100)}`;
    const answer = await rawGet(t.url, `/_storage/root/${long}`);
    expectAltogicError(answer, answer.status, long);
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
  });

  it('a query string larger than the header limit', async () => {
    const query = `key=${'<x>'.repeat(7000)}`;
    const answer = await rawBytes(t.url, `GET /_api/rest/v1/auth/grant?${query} HTTP/1.1\r\nHost: localhost\r\n\r\n`);
    const [head = '', body = ''] = answer.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 431 /);
    expect(head).toMatch(/content-type: application\/json/i);
    expectAltogicError({ status: 431, body }, 431, '<x>');
  });

  it('a request the HTTP parser cannot read', async () => {
    const answer = await rawBytes(t.url, 'GET /<script> HTTP/1.1\r\nHost: localhost\r\nBad Header\r\n\r\n');
    const [head = '', body = ''] = answer.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 400 /);
    expectAltogicError({ status: 400, body }, 400, '<script>');
  });

  it('the outbox gets no CORS grant under a percent-encoded path either', async () => {
    for (const path of ['/_emulator/v1/%6futbox', '/_emulator/v1/%6F%75tbox', '/_emulator/%6futbox', '/%5femulator/v1/outbox']) {
      const answer = await rawGet(t.url, path, { origin: 'http://localhost:9000' });
      expect(answer.headers['access-control-allow-origin'], path).toBeUndefined();
    }
  });
});
