/**
 * A small static file server for the built site: used by `npm start` (on the LAN) and by the
 * browser tests (on 127.0.0.1). It knows the base path so sub-path hosting can be tested, and
 * applies the build's `_headers` rules (the same file static hosts read) to every response.
 */
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { headersFromFile } from './security-headers.mjs';

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

/** Host configuration and dotfiles (the build stamp) are read by the server, never served. */
const HIDDEN = /(^|\/)(\.[^/]*|_headers|_redirects)$/;

/** Resolves a URL path to a file under `root`, or null when it escapes the root or is hidden. */
function resolvePath(root, urlPath) {
  const decoded = decodeURIComponent(urlPath);
  if (decoded.split('/').some((part) => HIDDEN.test(part))) return null;
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
 *   `headersFor` adds or overrides headers on top of the `_headers` rules (tests use it).
 */
export function createStaticServer({ root, base = '/', headersFor = () => ({}) }) {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const fromFile = headersFromFile(root);
  return createServer(async (req, res) => {
    let url;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      res.writeHead(400, { ...fromFile('/'), 'Content-Type': 'text/plain; charset=utf-8' });
      return res.end('Bad request');
    }
    // Every response gets the rules for its path, errors and redirects too: a 404 page is a page.
    const headers = { ...fromFile(url.pathname), ...headersFor(url.pathname) };
    const text = (status, body, extra = {}) => {
      res.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8', ...extra });
      res.end(body);
    };
    try {
      if (!url.pathname.startsWith(prefix) && `${url.pathname}/` !== prefix) return text(404, 'Not found');
      const rel = url.pathname.slice(prefix.length - 1) || '/';
      // Directory URLs without a trailing slash redirect, as static hosts do.
      if (!rel.endsWith('/') && !extname(rel) && (await findFile(root, `${rel}/`))) {
        return text(308, '', { Location: `${url.pathname}/${url.search}` });
      }
      const found = await findFile(root, rel);
      const file = found ?? (await findFile(root, '/404.html'));
      if (!file) return text(404, 'Not found');
      res.writeHead(found ? 200 : 404, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      if (req.method === 'HEAD') return res.end();
      // A rebuild can delete the file between stat and read: end the response, keep the server up.
      createReadStream(file).on('error', () => res.destroy()).pipe(res);
    } catch {
      text(400, 'Bad request');
    }
  });
}
