/**
 * Step 1 of the access decision (facts §3): the registry's network rules, applied before any
 * authentication. Source: learn.microsoft.com/azure/container-registry/container-registry-access-selected-networks
 * and .../allow-access-trusted-services ("Limitations").
 */
import { vnetVmSubnetId } from './constants';
import type { CallerContext } from './callers';
import { msg } from './messages';
import { trustedService } from './trusted-services';
import { ipInRange, sameName } from './validate';
import type { Decision, IpRule, Message, Profile, Registry, World } from './types';

/** A network-layer outcome (the fixes are filled in by `decide`). */
export interface NetworkVerdict {
  allowed: boolean;
  rule: string;
  reason: Message;
  /** Set when the request used the public endpoint. */
  sourceIp?: string;
}

/** The IP rule matching `ip`, wrapped so "looked, found none" differs from "not looked yet". */
export interface IpHit {
  rule: IpRule | undefined;
}

/** First IP rule of `reg` that matches `ip` (exact or CIDR). */
export function findIpHit(reg: Registry, ip: string): IpHit {
  return { rule: reg.networkRuleSet.ipRules.find((r) => ipInRange(ip, r.ipAddressOrRange)) };
}

/**
 * Steps 1c-1e: the public endpoint's own rules. `known` lets the fix search reuse one IP-rule
 * scan across its candidates instead of rescanning up to 200 rules each time.
 */
export function publicVerdict(world: World, reg: Registry, ctx: CallerContext, known?: IpHit): NetworkVerdict {
  const ip = ctx.sourceIp;
  if (reg.publicNetworkAccess === 'Disabled') {
    return { allowed: false, rule: 'network.public-access-disabled', reason: msg('model.reason.public-access-disabled', { ip }), sourceIp: ip };
  }
  const rules = reg.networkRuleSet;
  if (rules.defaultAction === 'Allow') {
    return { allowed: true, rule: 'network.default-allow', reason: msg('model.reason.default-allow'), sourceIp: ip };
  }
  const hit = (known ?? findIpHit(reg, ip)).rule;
  if (hit) {
    return { allowed: true, rule: 'network.ip-rule', reason: msg('model.reason.ip-rule', { ip, rule: hit.ipAddressOrRange }), sourceIp: ip };
  }
  if (ctx.inVnet && rules.virtualNetworkRules.length > 0) {
    const subnet = vnetVmSubnetId(world.subscription.id);
    if (rules.virtualNetworkRules.some((r) => sameName(r.virtualNetworkResourceId, subnet))) {
      // Through a service endpoint the registry sees the subnet, not a public IP.
      return { allowed: true, rule: 'network.service-endpoint', reason: msg('model.reason.service-endpoint', { subnet }) };
    }
  }
  return { allowed: false, rule: 'network.default-deny', reason: msg('model.reason.default-deny', { ip }), sourceIp: ip };
}

/** Whether the presented identity meets the service's requirement (facts §4 "Limitations"). */
function identityMet(requirement: 'none' | 'system' | 'system-or-user', ctx: CallerContext): boolean {
  if (requirement === 'none') return true;
  if (requirement === 'system') return ctx.identity === 'system';
  return ctx.identity !== 'none';
}

/**
 * Step 1b, consulted only when the public rules deny: a trusted-service instance may bypass them.
 * Returns null when the bypass does not apply at all, so the public denial stands.
 */
function bypassVerdict(reg: Registry, ctx: CallerContext, profile: Profile, denial: NetworkVerdict): NetworkVerdict | null {
  if (!ctx.service) return null;
  const row = trustedService(ctx.service);
  const mode = row.bypass[profile];
  if (!mode) return null;
  const switchedOn = mode === 'tasks-flag' ? reg.networkRuleBypassAllowedForTasks : reg.networkRuleBypassOptions === 'AzureServices';
  const sourceIp = denial.sourceIp;
  if (!identityMet(row.identity, ctx)) {
    // Only worth explaining when the switch is on: otherwise the switch is the first thing to fix.
    if (!switchedOn) return null;
    const key = ctx.identity === 'user' ? 'model.reason.trusted-user-identity' : 'model.reason.trusted-no-identity';
    return { allowed: false, rule: 'network.trusted-identity-required', reason: msg(key), sourceIp };
  }
  if (mode === 'tasks-flag' && !switchedOn) {
    // Since 1 June 2025 such runs fail with 403 while the flag is false (facts §1).
    return { allowed: false, rule: 'network.tasks-bypass-flag', reason: msg('model.reason.tasks-bypass-flag-off'), sourceIp };
  }
  if (!switchedOn) return null;
  if (reg.networkRuleSet.virtualNetworkRules.length > 0) {
    // Seed "Limitations": the setting does not apply to registries configured with service endpoints.
    return { allowed: false, rule: 'network.service-endpoint-not-covered', reason: msg('model.reason.service-endpoint-not-covered'), sourceIp };
  }
  return mode === 'tasks-flag'
    ? { allowed: true, rule: 'network.tasks-bypass-flag', reason: msg('model.reason.tasks-bypass-flag-on') }
    : { allowed: true, rule: 'network.trusted-service', reason: msg('model.reason.trusted-service') };
}

/** The whole network layer for one caller and registry. */
export function networkVerdict(world: World, reg: Registry, ctx: CallerContext, known?: IpHit): NetworkVerdict {
  if (ctx.inVnet) {
    // Private endpoints are not subject to IP rules or publicNetworkAccess (facts §3 step 1a).
    const pe = reg.privateEndpointConnections.find((c) => c.privateLinkServiceConnectionState.status === 'Approved');
    if (pe) return { allowed: true, rule: 'network.private-endpoint', reason: msg('model.reason.private-endpoint', { endpoint: pe.name }) };
  }
  const pub = publicVerdict(world, reg, ctx, known);
  if (pub.allowed) return pub;
  return bypassVerdict(reg, ctx, world.profile, pub) ?? pub;
}

/** Network-layer decision value from a verdict. */
export function networkDecision(v: NetworkVerdict, fixes: Message[]): Decision {
  const d: Decision = { allowed: v.allowed, layer: 'network', rule: v.rule, reason: v.reason, fixes: v.allowed ? [] : fixes, trail: [v.rule] };
  if (v.sourceIp !== undefined) d.sourceIp = v.sourceIp;
  return d;
}
