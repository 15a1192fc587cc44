// Firefox has no --host-resolver-rules: it reaches the consoles' real hostnames through this local
// HTTP CONNECT proxy, which pipes every tunnel, whatever host and port it names, to the consoles
// server. No root, no port 443, no DNS. Plain-HTTP proxy requests are refused.
import { connect, createServer, type Server, type Socket } from 'node:net';

export interface Proxy {
  port: number;
  /** The host:port of every tunnel asked for, in order (what Firefox tried to reach). */
  tunnels: string[];
  close(): Promise<void>;
}

export async function startProxy(targetPort: number): Promise<Proxy> {
  const tunnels: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    let head = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) {
        if (head.length > 16_384) client.destroy();
        return;
      }
      client.off('data', onData);
      // Nothing more arrives before the 200 below; paused, nothing is lost until the pipe.
      client.pause();
      const [method, authority] = head.subarray(0, head.indexOf('\r\n')).toString('latin1').split(' ');
      if (method !== 'CONNECT' || !authority) {
        client.end('HTTP/1.1 405 Method Not Allowed\r\nConnection: close\r\n\r\n');
        return;
      }
      tunnels.push(authority);
      const upstream = connect(targetPort, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        // Anything the client sent after the request head (a TLS hello) goes through too.
        const rest = head.subarray(end + 4);
        if (rest.length) upstream.write(rest);
        client.pipe(upstream).pipe(client);
      });
      sockets.add(upstream);
      upstream.on('close', () => sockets.delete(upstream));
      upstream.on('error', () => client.destroy());
      client.on('close', () => upstream.destroy());
    };
    client.on('data', onData);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the proxy has no port');
  return {
    port: address.port,
    tunnels,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Firefox prefs sending every http and https request through the proxy, local names included. */
export function proxyPrefs(port: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.share_proxy_settings': false,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
  };
}
