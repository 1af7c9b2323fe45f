/** The bench pages over HTTP on 127.0.0.1 (a free port): path -> HTML, query strings ignored. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PageServer {
  /** `http://127.0.0.1:<port>`, to which the page paths are appended. */
  base: string;
  close(): void;
}

export async function servePages(pages: Record<string, string>): Promise<PageServer> {
  const server: Server = createServer((request, response) => {
    const body = pages[(request.url ?? '').split('?')[0] ?? ''];
    response.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}
