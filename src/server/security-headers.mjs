/**
 * Response headers for every page the project serves. One table, read by the Node server
 * (`npm start`, tests) and by the build step that writes `_headers` for static hosts.
 */

/** Headers sent with every response. */
export const BASE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'SAMEORIGIN',
};

/** Cache policy: hashed assets forever, everything else revalidated. */
export function cacheControl(urlPath) {
  return urlPath.includes('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}
