// The one thing only Firefox's DevTools remote protocol tells: whether our add-on's background is
// running, whether Firefox sees it as persistent, and the manifest warnings Firefox raised. A
// read-only `listAddons` on the root actor; no evaluation, no attaching (an attached toolbox
// would keep the background from idling out). Packets are `<length>:<JSON>`.
import { connect } from 'node:net';

export interface AddonStatus {
  id: string;
  /** "RUNNING" or "STOPPED"; absent when the add-on has no background. */
  backgroundScriptStatus?: string;
  persistentBackgroundScript?: boolean;
  /** moz-extension://<uuid>/manifest.json */
  manifestURL?: string;
  warnings: string[];
}

/** Prefs that let the DevTools server listen without asking (with `--start-debugger-server PORT`). */
export const DEBUGGER_PREFS: Record<string, unknown> = {
  'devtools.debugger.remote-enabled': true,
  'devtools.chrome.enabled': true,
  'devtools.debugger.prompt-connection': false,
};

export function listAddons(port: number, timeoutMs = 10_000): Promise<AddonStatus[]> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const timer = setTimeout(() => fail(new Error(`Firefox's DevTools server on port ${port} did not answer listAddons`)), timeoutMs);
    const fail = (e: Error) => {
      clearTimeout(timer);
      socket.destroy();
      reject(e);
    };
    let buffer = Buffer.alloc(0);
    let greeted = false;
    socket.on('error', fail);
    socket.on('data', (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const colon = buffer.indexOf(':');
        if (colon < 0) return;
        const length = Number(buffer.subarray(0, colon).toString('latin1'));
        if (!Number.isInteger(length)) return fail(new Error('not a DevTools protocol packet'));
        if (buffer.length < colon + 1 + length) return;
        const packet = JSON.parse(buffer.subarray(colon + 1, colon + 1 + length).toString('utf8')) as {
          from?: string;
          error?: string;
          message?: string;
          addons?: AddonStatus[];
        };
        buffer = buffer.subarray(colon + 1 + length);
        if (packet.error) return fail(new Error(`DevTools: ${packet.error} ${packet.message ?? ''}`));
        if (!greeted) {
          // The server speaks first (its traits); then the one request.
          greeted = true;
          const request = Buffer.from(JSON.stringify({ to: 'root', type: 'listAddons' }), 'utf8');
          socket.write(`${request.length}:`);
          socket.write(request);
        } else if (packet.addons) {
          clearTimeout(timer);
          socket.end();
          return resolve(packet.addons.map((a) => ({ ...a, warnings: a.warnings ?? [] })));
        }
      }
    });
  });
}
