/**
 * Node client for the consoles' test-control endpoints, for tests that run in a
 * different process than the server (e.g. Playwright workers). It talks to
 * https://127.0.0.1:PORT directly and accepts the fixture server's self-signed cert.
 *
 *   const c = consolesControl(8443);
 *   await c.reset({ duoLabels: 'client' });
 *   const subs = await c.submissions();
 */
import { request } from 'node:https';
import type { ConsoleVariant, Submission } from './fixtures.js';

function call(port: number, method: string, path: string, body?: unknown): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        rejectUnauthorized: false,
        headers: {
          Host: 'consoles.test',
          Accept: 'application/json',
          ...(payload ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let data: unknown = text;
          try {
            data = JSON.parse(text) as unknown;
          } catch {
            /* keep text */
          }
          if ((res.statusCode ?? 500) >= 400) {
            const msg = typeof data === 'object' && data && 'error' in data ? String((data as { error: unknown }).error) : text;
            reject(new Error(`${method} ${path} -> ${res.statusCode}: ${msg}`));
          } else resolve(data);
        });
      },
    );
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
}

export function consolesControl(port: number) {
  return {
    /** Reset all state and set the variant (omitted keys take their defaults). */
    async reset(variant: Partial<ConsoleVariant> = {}): Promise<ConsoleVariant> {
      const res = (await call(port, 'POST', '/__console/reset', variant)) as { variant: ConsoleVariant };
      return res.variant;
    },
    async submissions(): Promise<Submission[]> {
      return (await call(port, 'GET', '/__console/submissions')) as Submission[];
    },
    async variant(): Promise<ConsoleVariant> {
      return (await call(port, 'GET', '/__console/variant')) as ConsoleVariant;
    },
  };
}
