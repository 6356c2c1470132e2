import { createServer, type IncomingHttpHeaders } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

/** The folder the server serves: every fixture page lives under it. */
export const FIXTURES_DIR = resolve(import.meta.dirname, '../../fixtures');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** One request the server answered, kept so tests can say exactly what the browser asked for. */
export interface ServedRequest {
  method: string;
  path: string;
  status: number;
  headers: IncomingHttpHeaders;
}

/** Extra response headers for the paths a predicate selects (a CSP on one page, say). */
export interface HeaderRule {
  match: (path: string) => boolean;
  headers: Record<string, string>;
}

/** Generated pages: a path mapped to a function producing its body (for pages too large to commit). */
export type Generated = Record<string, () => string | Buffer>;

export interface StaticServer {
  /** `http://127.0.0.1:<port>` with no trailing slash. */
  origin: string;
  /** Full URL of a fixture path such as `hostile/csp.html`. */
  url(path: string): string;
  /** Every request answered so far, in order. */
  requests: ServedRequest[];
  close(): Promise<void>;
}

/** Starts a localhost server on a free port that serves tests/fixtures/** read-only. */
export async function startStaticServer(
  options: {
    headers?: HeaderRule[];
    generated?: Generated;
    /** Rewrites the body of served text files (fills placeholders in fixture templates, for instance). */
    transform?: (path: string, body: string) => string;
  } = {},
): Promise<StaticServer> {
  const requests: ServedRequest[] = [];
  const server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      const extra = Object.assign({}, ...(options.headers ?? []).filter((r) => r.match(path)).map((r) => r.headers));
      const respond = (status: number, body: string | Buffer, type: string) => {
        requests.push({ method: req.method ?? 'GET', path, status, headers: req.headers });
        res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
        res.end(body);
      };
      const generate = options.generated?.[path];
      if (generate) return respond(200, generate(), TYPES[extname(path)] ?? 'application/octet-stream');
      // Paths are resolved inside the fixtures folder only; anything escaping it is a 404.
      const file = normalize(join(FIXTURES_DIR, path));
      if (!file.startsWith(FIXTURES_DIR + sep)) return respond(404, 'not found', 'text/plain');
      try {
        if (!(await stat(file)).isFile()) return respond(404, 'not found', 'text/plain');
        const type = TYPES[extname(file)] ?? 'application/octet-stream';
        const body = await readFile(file);
        const text = type.startsWith('text/') || type.startsWith('application/json');
        respond(200, text && options.transform ? options.transform(path, body.toString('utf8')) : body, type);
      } catch {
        respond(404, 'not found', 'text/plain');
      }
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}/${path.replace(/^\//, '')}`,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
