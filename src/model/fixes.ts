/**
 * "What would change this denial?" Network fixes are found by trying each candidate setting on a
 * copy of the registry and keeping those that flip the network verdict, so a fix is never
 * suggested that would not work.
 */
import type { CallerContext } from './callers';
import { msg } from './messages';
import { findIpHit, networkVerdict, type IpHit } from './network-verdict';
import type { IpRule, Message, Registry, World } from './types';

interface Candidate {
  fix: Message;
  apply: (reg: Registry) => Registry;
  /** Set when the candidate changes the IP rules (the others reuse the caller's scan). */
  hit?: IpHit;
}

/** Candidate settings, narrowest first (least exposure first, as a lesson would recommend). */
function candidates(reg: Registry, ctx: CallerContext, known: IpHit): Candidate[] {
  const registry = reg.name;
  const list: Candidate[] = [];
  const pending = reg.privateEndpointConnections.find((c) => c.privateLinkServiceConnectionState.status !== 'Approved');
  if (ctx.inVnet && pending) {
    list.push({
      fix: msg('model.fix.approve-private-endpoint', { registry, endpoint: pending.name }),
      apply: (r) => ({
        ...r,
        privateEndpointConnections: r.privateEndpointConnections.map((c) =>
          c === pending ? { ...c, privateLinkServiceConnectionState: { ...c.privateLinkServiceConnectionState, status: 'Approved' } } : c,
        ),
      }),
    });
  }
  list.push(
    { fix: msg('model.fix.allow-trusted-services', { registry }), apply: (r) => ({ ...r, networkRuleBypassOptions: 'AzureServices' }) },
    { fix: msg('model.fix.tasks-bypass-flag', { registry }), apply: (r) => ({ ...r, networkRuleBypassAllowedForTasks: true }) },
    {
      fix: msg('model.fix.remove-vnet-rules', { registry }),
      apply: (r) => ({ ...r, networkRuleSet: { ...r.networkRuleSet, virtualNetworkRules: [] } }),
    },
  );
  // An IP rule is only news when none matches yet (otherwise "enable public access" says it all).
  if (!known.rule) {
    const rule: IpRule = { action: 'Allow', ipAddressOrRange: ctx.sourceIp };
    list.push({
      fix: msg('model.fix.add-ip-rule', { registry, ip: ctx.sourceIp }),
      hit: { rule },
      apply: (r) => ({
        ...r,
        publicNetworkAccess: 'Enabled',
        networkRuleSet: { ...r.networkRuleSet, ipRules: [...r.networkRuleSet.ipRules, rule] },
      }),
    });
  }
  list.push(
    { fix: msg('model.fix.enable-public-access', { registry }), apply: (r) => ({ ...r, publicNetworkAccess: 'Enabled' }) },
    {
      fix: msg('model.fix.default-allow', { registry }),
      apply: (r) => ({ ...r, publicNetworkAccess: 'Enabled', networkRuleSet: { ...r.networkRuleSet, defaultAction: 'Allow' } }),
    },
  );
  return list;
}

/** Settings that would let this caller through the network layer of `reg`. */
export function networkFixes(world: World, reg: Registry, ctx: CallerContext): Message[] {
  const out: Message[] = [];
  const known = findIpHit(reg, ctx.sourceIp);
  for (const c of candidates(reg, ctx, known)) {
    if (networkVerdict(world, c.apply(reg), ctx, c.hit ?? known).allowed) out.push(c.fix);
  }
  return out;
}
