/**
 * Small pure validators and normalisers. Each returns a value or null; callers turn null into
 * the az-shaped error that fits their command.
 */

/** Parsed IPv4 address or CIDR range: network base and prefix length. */
export interface Ipv4Range {
  base: number;
  prefix: number;
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** IPv4 address as an unsigned 32-bit number, or null. */
export function parseIpv4(text: string): number | null {
  const m = IPV4.exec(text);
  if (!m) return null;
  let n = 0;
  for (let i = 1; i <= 4; i++) {
    const octet = Number(m[i]);
    if (octet > 255 || (m[i].length > 1 && m[i].startsWith('0'))) return null;
    n = n * 256 + octet;
  }
  return n;
}

/** `a.b.c.d` or `a.b.c.d/nn` (registry IP rules are IPv4 only, facts §2). */
export function parseIpv4Range(text: string): Ipv4Range | null {
  const slash = text.indexOf('/');
  const addr = slash < 0 ? text : text.slice(0, slash);
  const base = parseIpv4(addr);
  if (base === null) return null;
  if (slash < 0) return { base, prefix: 32 };
  const p = text.slice(slash + 1);
  if (!/^\d{1,2}$/.test(p) || Number(p) > 32) return null;
  return { base, prefix: Number(p) };
}

/**
 * Parsed ranges by text. `decide` tests every IP rule for every candidate fix, so parsing once
 * keeps a denial with fixes in the microseconds. Bounded, and values are immutable, so it stays pure.
 */
const rangeCache = new Map<string, Ipv4Range | null>();

function cachedRange(text: string): Ipv4Range | null {
  let r = rangeCache.get(text);
  if (r === undefined) {
    if (rangeCache.size > 4096) rangeCache.clear();
    r = parseIpv4Range(text);
    rangeCache.set(text, r);
  }
  return r;
}

/** Whether `ip` falls inside `range` (exact address or CIDR). */
export function ipInRange(ip: string, range: string): boolean {
  const a = cachedRange(ip);
  const r = cachedRange(range);
  if (a === null || r === null || a.prefix !== 32) return false;
  if (r.prefix === 0) return true;
  const shift = 32 - r.prefix;
  return Math.floor(a.base / 2 ** shift) === Math.floor(r.base / 2 ** shift);
}

/** Names accepted by az's registry-name validator on every `acr` command (facts §7). */
export const REGISTRY_NAME_PATTERN = /^[a-zA-Z0-9-]{5,50}$/;

/** Task names per the REST spec: 5-50 of letters, digits, hyphen, underscore. */
export const TASK_NAME_PATTERN = /^[A-Za-z0-9_-]{5,50}$/;

/** Resource group names: letters, digits, `._-()`, 1-90, not ending in a period. */
export const GROUP_NAME_PATTERN = /^[-\w.()]{0,89}[-\w()]$/;

/** Managed identity names: 3-128, starting with a letter or digit. */
export const IDENTITY_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{2,127}$/;

/** Generic child names (endpoint connections): 1-80 of letters, digits, `._-`. */
export const CHILD_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;

/** OCI repository path (lower case) and tag. */
export const REPOSITORY_PATTERN = /^[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*$/;
export const TAG_PATTERN = /^\w[\w.-]{0,127}$/;

/** GUID in 8-4-4-4-12 form. */
export const GUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Subnet resource id, as a service-endpoint VNet rule needs. */
export const SUBNET_ID_PATTERN =
  /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.Network\/virtualNetworks\/[^/]+\/subnets\/[^/]+$/i;

/** az-style boolean text (`true`/`false`, any case), or null. */
export function parseBool(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return null;
  const v = value.trim().toLowerCase();
  return v === 'true' ? true : v === 'false' ? false : null;
}

/** Canonical spelling of `value` among `allowed` (case-insensitive), or null. */
export function pickEnum<T extends string>(value: unknown, allowed: readonly T[]): T | null {
  if (typeof value !== 'string') return null;
  const v = value.toLowerCase();
  return allowed.find((a) => a.toLowerCase() === v) ?? null;
}

/** Azure location names: `Korea Central` → `koreacentral`. */
export function normaliseLocation(location: string): string {
  return location.replace(/\s+/g, '').toLowerCase();
}

/** Case-insensitive equality, as ARM compares names and ids. */
export function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
