import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
};

/** The charset a page declares in its first 2 KB (<meta charset> or http-equiv), lower-cased. */
export function declaredCharset(head: Buffer): string | null {
  const text = head.subarray(0, 2048).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(text);
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * Static server for test/fixtures on 127.0.0.1 (random port). HTML is sent as UTF-8 unless the
 * page declares another charset (gbk-page): then plain `text/html`, so the meta charset decides,
 * as on the real sites these pages come from.
 */
export async function startFixtureServer(dir: string): Promise<{ base: string; close: () => Promise<void> }> {
  const root = path.resolve(dir);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const file = path.resolve(root, '.' + decodeURIComponent(url.pathname));
      if (!file.startsWith(root + path.sep)) {
        res.writeHead(403).end();
        return;
      }
      const body = await readFile(file);
      const ext = path.extname(file).toLowerCase();
      let type = TYPES[ext] ?? 'application/octet-stream';
      if (ext === '.html' || ext === '.htm') {
        const cs = declaredCharset(body);
        type = cs && cs !== 'utf-8' && cs !== 'utf8' ? 'text/html' : 'text/html; charset=utf-8';
      }
      res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
