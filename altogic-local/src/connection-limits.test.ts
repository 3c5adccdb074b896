// Slowloris: many slow sockets from one address must not lock out everyone else (S13).
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectionKey } from './http/connection-limits.ts';
import { startTestServer, type TestServer } from './testing/harness.ts';

/** Opens a socket from `localAddress` that sends half a request and then nothing; resolves once it is connected or refused. */
function slowSocket(port: number, localAddress: string): Promise<Socket> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port, localAddress });
    socket.on('error', () => {});
    socket.once('connect', () => {
      socket.write('GET /_emulator/v1/health HTTP/1.1\r\nHost: localhost\r\nX-Slow: ');
      resolve(socket);
    });
    socket.once('close', () => resolve(socket));
  });
}

/** A complete GET from `localAddress`; resolves with the status, or 0 when the connection failed. */
function getFrom(port: number, localAddress: string, path: string): Promise<number> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path, localAddress, agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', () => resolve(0));
    req.end();
  });
}

describe('connection limits', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ host: '127.0.0.1' });
  });
  afterAll(() => t.close());

  it('600 slow sockets from one address (more than maxConnections) leave requests from another address working', async () => {
    const port = Number(new URL(t.url).port);
    const maxConnections = t.server.httpServer.maxConnections;
    expect(maxConnections).toBeLessThan(600);
    const slow: Socket[] = [];
    try {
      for (let i = 0; i < 600; i += 1) slow.push(await slowSocket(port, '127.0.0.1'));
      const statuses = await Promise.all(Array.from({ length: 90 }, () => getFrom(port, '127.0.0.2', '/_emulator/v1/health')));
      expect(statuses.filter((status) => status !== 200)).toEqual([]);
    } finally {
      for (const socket of slow) socket.destroy();
    }
  });

  it('checks header and request timeouts often enough for the 10 s header limit to hold', () => {
    // @types/node 20 does not declare the option's property
    const server = t.server.httpServer as typeof t.server.httpServer & { connectionsCheckingInterval: number };
    expect(server.headersTimeout).toBe(10_000);
    expect(server.connectionsCheckingInterval).toBeLessThanOrEqual(1_000);
  });
});

describe('connectionKey', () => {
  it('counts IPv4 per address (also IPv4-mapped) and IPv6 per /64', () => {
    expect(connectionKey('203.0.113.7')).toBe('203.0.113.7');
    expect(connectionKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(connectionKey('2001:db8:0:1::1')).toBe('2001:db8:0:1::/64');
    expect(connectionKey('2001:0db8:0000:0001:ffff:1:2:3')).toBe('2001:db8:0:1::/64');
    expect(connectionKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(connectionKey('::1')).toBe('0:0:0:0::/64');
  });
});
