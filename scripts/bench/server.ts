import http from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

/** Serves `/pages/<file>` from `pagesDir` and `/bench/<file>` from `benchDir` on localhost; resolves to its origin. */
export async function startServer(pagesDir: string, benchDir: string): Promise<{ origin: string; close(): void }> {
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const [, area, name] = url.pathname.split('/');
    const dir = area === 'pages' ? pagesDir : area === 'bench' ? benchDir : null;
    if (!dir || !name || name.includes('..')) return void res.writeHead(404).end();
    try {
      const body = await readFile(path.join(dir, decodeURIComponent(name)));
      res.writeHead(200, { 'content-type': TYPES[path.extname(name)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { origin: `http://127.0.0.1:${port}`, close: () => server.close() };
}
