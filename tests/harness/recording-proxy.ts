import { createServer, request } from 'node:http';

export interface RecordingProxy {
  port: number;
  /** Every request the browser sent through the proxy: "GET http://…", or "CONNECT host:443". */
  requests: string[];
  close(): Promise<void>;
}

/**
 * An HTTP proxy on 127.0.0.1 that a browser sends all of its traffic through, from every context
 * (pages, extension pages, an add-on's background page), so a test sees requests no driver event
 * reports. It records each one, forwards only what is addressed to 127.0.0.1, and refuses the rest.
 */
export async function startRecordingProxy(): Promise<RecordingProxy> {
  const requests: string[] = [];
  const proxy = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    let target: URL;
    try {
      target = new URL(req.url ?? '');
    } catch {
      return void res.writeHead(400).end();
    }
    if (target.hostname !== '127.0.0.1') return void res.writeHead(403).end();
    const forward = request(
      {
        host: '127.0.0.1',
        port: target.port,
        path: target.pathname + target.search,
        method: req.method,
        headers: req.headers,
      },
      (upstream) => {
        res.writeHead(upstream.statusCode ?? 502, upstream.headers);
        upstream.pipe(res);
      },
    );
    forward.on('error', () => res.writeHead(502).end());
    req.pipe(forward);
  });
  // HTTPS asks for a tunnel first: recorded, never opened.
  proxy.on('connect', (req, socket) => {
    requests.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const address = proxy.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    requests,
    close: () => new Promise<void>((resolve) => proxy.close(() => resolve())),
  };
}
