// A request that announces a body and sends only its start: a server that reads the body before checking the
// session never answers it (S12).
import { request } from 'node:http';

/**
 * Announces a body of `length` bytes, sends only its first kilobyte and waits for the answer: a server that reads
 * the body before checking the session never answers (the test then fails on its timeout).
 */
export function answerBeforeBody(url: string, path: string, contentType: string, length: number, session?: string): Promise<number> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { 'content-type': contentType, 'content-length': length, 'x-client-key': 'k' };
    if (session) headers['session'] = session;
    const req = request({ host: hostname, port, path, method: 'POST', headers, agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
      req.destroy();
    });
    req.on('error', (error) => (req.destroyed ? undefined : reject(error)));
    req.write(`{"type":"Buffer","data":[${'1,'.repeat(500)}`);
  });
}
