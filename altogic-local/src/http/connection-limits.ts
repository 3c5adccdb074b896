// Per-address connection cap: slow or idle sockets from one source cannot take every connection (slowloris, S13).
import type { Server } from 'node:http';
import { ipLimitKey } from '../security/rate-limits.ts';

/** The address a connection is counted under: the same key as the per-IP rate limits (IPv4, or IPv6 per /64). */
export function connectionKey(address: string | undefined): string {
  return address ? ipLimitKey(address) : '';
}

/** Closes each new connection at once when its source already holds `perAddress` open ones (0: no cap). */
export function limitConnectionsPerAddress(server: Server, perAddress: number): void {
  if (perAddress <= 0) return;
  const open = new Map<string, number>();
  server.on('connection', (socket) => {
    const key = connectionKey(socket.remoteAddress);
    const count = (open.get(key) ?? 0) + 1;
    open.set(key, count);
    socket.once('close', () => {
      const left = (open.get(key) ?? 1) - 1;
      if (left > 0) open.set(key, left);
      else open.delete(key);
    });
    if (count > perAddress) socket.destroy();
  });
}
