/**
 * A small static file server for the built site: used by `npm start` (on the LAN) and by the
 * browser tests (on 127.0.0.1). It knows the base path so sub-path hosting can be tested.
 */
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { BASE_HEADERS, cacheControl } from './security-headers.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** Resolves a URL path to a file under `root`, or null when it escapes the root. */
function resolvePath(root, urlPath) {
  const decoded = decodeURIComponent(urlPath);
  const full = normalize(join(root, decoded));
  return full === root || full.startsWith(root.endsWith(sep) ? root : root + sep) ? full : null;
}

async function findFile(root, urlPath) {
  const full = resolvePath(root, urlPath);
  if (!full) return null;
  const info = await stat(full).catch(() => null);
  if (info?.isFile()) return full;
  if (info?.isDirectory()) {
    const index = join(full, 'index.html');
    if ((await stat(index).catch(() => null))?.isFile()) return index;
  }
  return null;
}

/**
 * @param {{ root: string, base?: string, headersFor?: (path: string) => Record<string,string> }} opts
 */
export function createStaticServer({ root, base = '/', headersFor = () => ({}) }) {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const send = (status, file, extra = {}) => {
        res.writeHead(status, {
          ...BASE_HEADERS,
          'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
          'Cache-Control': cacheControl(url.pathname),
          ...headersFor(url.pathname),
          ...extra,
        });
        if (req.method === 'HEAD') return res.end();
        createReadStream(file).pipe(res);
      };
      if (!url.pathname.startsWith(prefix) && `${url.pathname}/` !== prefix) {
        res.writeHead(404, { ...BASE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
        return res.end('Not found');
      }
      const rel = url.pathname.slice(prefix.length - 1) || '/';
      // Directory URLs without a trailing slash redirect, as static hosts do.
      if (!rel.endsWith('/') && !extname(rel) && (await findFile(root, `${rel}/`))) {
        res.writeHead(308, { ...BASE_HEADERS, Location: `${url.pathname}/${url.search}` });
        return res.end();
      }
      const file = await findFile(root, rel);
      if (file) return send(200, file);
      const notFound = await findFile(root, '/404.html');
      if (notFound) return send(404, notFound);
      res.writeHead(404, { ...BASE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found');
    } catch {
      res.writeHead(400, { ...BASE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Bad request');
    }
  });
}
