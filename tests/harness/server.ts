import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

export const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * Serves tests/fixtures on 127.0.0.1 (never another address). Files whose name starts with
 * `csp-` are served with a strict Content-Security-Policy, like a locked-down news site.
 * `/generated/<name>` serves a page registered with `addPage`.
 */
export async function startFixtureServer(): Promise<FixtureServer & { addPage(name: string, html: string): void }> {
  const generated = new Map<string, string>();
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    // no-cache, not no-store: pages are fetched fresh, and may still enter the back/forward cache.
    const headers: Record<string, string> = { 'cache-control': 'no-cache' };
    if (path.startsWith('/generated/')) {
      const html = generated.get(path.slice('/generated/'.length));
      if (html === undefined) return void res.writeHead(404).end();
      res.writeHead(200, { ...headers, 'content-type': TYPES['.html']! }).end(html);
      return;
    }
    const file = normalize(join(fixturesDir, path === '/' ? 'news-article.html' : path));
    if (!file.startsWith(fixturesDir)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      if (/\/csp-[^/]*$/.test(file)) headers['content-security-policy'] = "default-src 'self'";
      res.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (p) => `${origin}/${p.replace(/^\//, '')}`,
    addPage: (name, html) => void generated.set(name, html),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
