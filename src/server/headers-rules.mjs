/**
 * The `_headers` file format shared by Netlify and Cloudflare Pages, read by our own static
 * server so `npm start`, the browser tests and static hosts apply the same headers.
 *
 * Format (https://docs.netlify.com/routing/headers/, https://developers.cloudflare.com/pages/configuration/headers/):
 *   /path/with/*          <- a rule: a URL path, `*` matches anything, `:name` one segment
 *     Header-Name: value  <- indented headers of that rule
 *   # comment
 * Every matching rule applies; a header set by two matching rules is joined with ", ", as
 * Cloudflare does, so the template avoids setting one header in overlapping rules.
 */

/** @typedef {{ path: string, headers: [string, string][] }} HeaderRule */
/** @typedef {{ line: number, message: string }} HeadersError */
/** @typedef {{ ok: true, rules: HeaderRule[] } | { ok: false, errors: HeadersError[] }} ParseResult */

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * Parses `_headers` text. Errors are returned with their 1-based line number; unsupported
 * syntax (absolute URLs, `! Header` detach lines) is an error rather than silently ignored.
 * @param {string} text
 * @returns {ParseResult}
 */
export function parseHeadersFile(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  /** @type {HeadersError[]} */
  const errors = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    if (!/^\s/.test(raw)) {
      if (!trimmed.startsWith('/')) errors.push({ line, message: `a rule must start with "/": ${trimmed}` });
      else if (/\s/.test(trimmed)) errors.push({ line, message: `a rule path cannot contain spaces: ${trimmed}` });
      else rules.push({ path: trimmed, headers: [] });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) return void errors.push({ line, message: 'a header must follow a rule path' });
    if (trimmed.startsWith('!')) return void errors.push({ line, message: 'detaching headers ("! Name") is not supported' });
    const colon = trimmed.indexOf(':');
    const name = colon > 0 ? trimmed.slice(0, colon).trim() : '';
    const value = colon > 0 ? trimmed.slice(colon + 1).trim() : '';
    if (!TOKEN.test(name)) return void errors.push({ line, message: `expected "Name: value", got: ${trimmed}` });
    if (value === '') return void errors.push({ line, message: `header ${name} has no value` });
    rule.headers.push([name, value]);
  });
  return errors.length ? { ok: false, errors } : { ok: true, rules };
}

/**
 * Writes rules back in the same format; `parseHeadersFile(serializeHeadersFile(r))` gives `r`.
 * @param {HeaderRule[]} rules
 * @param {string} [preamble] comment lines placed first (each gets a leading "# ")
 */
export function serializeHeadersFile(rules, preamble = '') {
  const head = preamble ? preamble.split('\n').map((l) => `# ${l}`.trimEnd()).join('\n') + '\n\n' : '';
  return head + rules.map((r) => [r.path, ...r.headers.map(([n, v]) => `  ${n}: ${v}`)].join('\n')).join('\n\n') + '\n';
}

/** @type {Map<string, RegExp>} */
const compiled = new Map();

/**
 * True when a URL path matches a rule path: `*` matches any characters (also `/`, also none),
 * `:name` matches one non-empty path segment, everything else literally.
 * @param {string} pattern
 * @param {string} path
 */
export function pathMatches(pattern, path) {
  let re = compiled.get(pattern);
  if (!re) {
    const source = pattern
      .split(/(\*|:[A-Za-z_][A-Za-z0-9_]*)/)
      .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
      .join('');
    re = new RegExp(`^${source}$`);
    compiled.set(pattern, re);
  }
  return re.test(path);
}

/**
 * The headers for one URL path: every matching rule in file order; a repeated header name
 * (case-insensitive) is joined with ", ".
 * @param {HeaderRule[]} rules
 * @param {string} path
 * @returns {Record<string, string>}
 */
export function headersForPath(rules, path) {
  /** @type {Map<string, [string, string]>} */
  const merged = new Map();
  for (const rule of rules) {
    if (!pathMatches(rule.path, path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const seen = merged.get(key);
      merged.set(key, seen ? [seen[0], `${seen[1]}, ${value}`] : [name, value]);
    }
  }
  return Object.fromEntries(merged.values());
}
