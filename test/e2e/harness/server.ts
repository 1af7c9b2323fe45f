/**
 * A tiny static server for the test pages, on 127.0.0.1 only.
 * Two servers on two random free ports serve the same folder, so a page on one can frame a page
 * on the other (a cross-origin frame). Per-page response headers (CSP, Trusted Types) come from
 * headers.json beside the pages: { "page.html": { "Header-Name": "value" } }.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

export const PAGES_DIR = fileURLToPath(new URL('../../fixtures/pages', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export interface TestServers {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  /** A second origin (another port) serving the same pages. */
  otherOrigin: string;
  /** URL of a page on the main origin, with {{OTHER_ORIGIN}} links resolved by the server. */
  url(page: string): string;
  close(): Promise<void>;
}

type HeaderMap = Record<string, Record<string, string>>;

function loadHeaderMap(dir: string): HeaderMap {
  const file = join(dir, 'headers.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as HeaderMap) : {};
}

function listen(server: Server): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolvePromise(`http://127.0.0.1:${port}`);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolvePromise) => server.close(() => resolvePromise()));
}

/**
 * Pages may write {{ORIGIN}} and {{OTHER_ORIGIN}}: they are replaced in HTML responses by the
 * two servers' origins, as seen from the server that answers (so the "other" origin of a page
 * served by the second server is the first one).
 */
function makeServer(dir: string, headers: HeaderMap, origins: { self: () => string; other: () => string }): Server {
  return createServer(async (request, response) => {
    try {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      const relative = normalize(pathname === '/' ? '/index.html' : pathname).replace(/^[/\\]+/, '');
      const file = resolve(dir, relative);
      if (!file.startsWith(dir + sep) || relative === 'headers.json') {
        response.writeHead(404).end('not found');
        return;
      }
      let body: Buffer | string = await readFile(file);
      const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
      if (type.startsWith('text/html')) {
        body = body
          .toString('utf8')
          .replaceAll('{{OTHER_ORIGIN}}', origins.other())
          .replaceAll('{{ORIGIN}}', origins.self());
      }
      response.writeHead(200, {
        'Content-Type': type,
        'Cache-Control': 'no-store',
        ...(headers[relative.split(sep).join('/')] ?? {}),
      });
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
}

export async function startTestServers(dir: string = PAGES_DIR): Promise<TestServers> {
  const headers = loadHeaderMap(dir);
  let first = '';
  let second = '';
  const a = makeServer(dir, headers, { self: () => first, other: () => second });
  const b = makeServer(dir, headers, { self: () => second, other: () => first });
  first = await listen(a);
  second = await listen(b);
  return {
    origin: first,
    otherOrigin: second,
    url: (page) => `${first}/${page.replace(/^\//, '')}`,
    close: async () => {
      await Promise.all([closeServer(a), closeServer(b)]);
    },
  };
}
