/**
 * The portal's Networking page (Public access tab) as plain data: what its controls show for a
 * registry, and which of them the page offers. No DOM; the blade's glue renders this.
 *
 * Mapping (Azure portal, "Configure public IP network rules" and "Disable public network access"
 * in the container-registry docs; facts §2):
 * - All networks      = publicNetworkAccess Enabled + networkRuleSet.defaultAction Allow
 * - Selected networks = publicNetworkAccess Enabled + defaultAction Deny (+ the IP rules)
 * - Disabled          = publicNetworkAccess Disabled (defaultAction is left as it is)
 */
import type { Registry, Sku } from '../../model';
import { parseIpv4Range } from '../../model/validate';

/** The three options of "Public network access". */
export type PublicAccessChoice = 'all' | 'selected' | 'disabled';

export const ACCESS_CHOICES: readonly PublicAccessChoice[] = ['all', 'selected', 'disabled'];

/** What the learner can edit on the page; saving turns the difference into model operations. */
export interface NetworkingForm {
  access: PublicAccessChoice;
  /** The "Firewall exception" checkbox: networkRuleBypassOptions = AzureServices. */
  trustedServices: boolean;
  /** The firewall's address ranges (the registry's IP rules), in list order. */
  ipRanges: readonly string[];
}

/** The form as the registry is now. */
export function formFromRegistry(reg: Registry): NetworkingForm {
  const access: PublicAccessChoice =
    reg.publicNetworkAccess === 'Disabled' ? 'disabled' : reg.networkRuleSet.defaultAction === 'Deny' ? 'selected' : 'all';
  return {
    access,
    trustedServices: reg.networkRuleBypassOptions === 'AzureServices',
    ipRanges: reg.networkRuleSet.ipRules.map((rule) => rule.ipAddressOrRange),
  };
}

const sorted = (list: readonly string[]) => [...list].sort();

/** Same settings; IP ranges compare as a set because rule order does not change any decision. */
export function sameForm(a: NetworkingForm, b: NetworkingForm): boolean {
  const ra = sorted(a.ipRanges);
  const rb = sorted(b.ipRanges);
  return a.access === b.access && a.trustedServices === b.trustedServices && ra.length === rb.length && ra.every((r, i) => r === rb[i]);
}

/** Which sections and options the page shows for a draft on a registry of `sku`. */
export interface BladeLayout {
  /** The firewall address list appears for Selected networks only. */
  showFirewall: boolean;
  /** The firewall exception appears once access is restricted (Selected networks or Disabled). */
  showException: boolean;
  /** Options that can be chosen; the portal greys out the restricted ones below Premium. */
  enabled: Record<PublicAccessChoice, boolean>;
  /** Set when options are greyed out for the SKU: the page says why. */
  premiumNote: Sku | null;
}

/**
 * IP rules, the Deny default action and disabling public access are Premium features (facts §2),
 * so below Premium only "All networks" can be chosen (plus whatever the registry already has).
 */
export function bladeLayout(sku: Sku, saved: NetworkingForm, draft: NetworkingForm): BladeLayout {
  const premium = sku === 'Premium';
  const enabled = Object.fromEntries(
    ACCESS_CHOICES.map((choice) => [choice, premium || choice === 'all' || choice === saved.access]),
  ) as Record<PublicAccessChoice, boolean>;
  return {
    showFirewall: draft.access === 'selected',
    showException: draft.access !== 'all',
    enabled,
    premiumNote: premium ? null : sku,
  };
}

/** Why a typed address range was not added. */
export type RangeProblem = 'empty' | 'invalid' | 'duplicate';

/** Validates a typed address range against the list (IPv4 or CIDR, as the registry accepts). */
export function checkRange(text: string, ranges: readonly string[]): { ok: true; range: string } | { ok: false; problem: RangeProblem } {
  const range = text.trim();
  if (!range) return { ok: false, problem: 'empty' };
  if (!parseIpv4Range(range)) return { ok: false, problem: 'invalid' };
  if (ranges.includes(range)) return { ok: false, problem: 'duplicate' };
  return { ok: true, range };
}

/** The "Add your client IP address" checkbox adds or removes exactly the workstation's address. */
export function withClientIp(ranges: readonly string[], ip: string, include: boolean): string[] {
  const rest = ranges.filter((r) => r !== ip);
  return include ? [...rest, ip] : rest;
}
