/**
 * `az acr network-rule add|remove` (IP and service-endpoint rules) and private endpoint
 * connections. All are Premium-only (facts §2).
 */
import { LIMITS } from './constants';
import { childNotFound, fail, premiumOnly, type Failure } from './errors';
import { isFailure, requireRegistry, signedOutError } from './group-ops';
import { registryId } from './lookups';
import { commitRegistry } from './registry-ops';
import { CHILD_NAME_PATTERN, SUBNET_ID_PATTERN, parseIpv4Range, sameName } from './validate';
import type { EndpointStatus, OpResult, PrivateEndpointConnection, Registry, World } from './types';

/** Signed in, registry exists, registry is Premium. */
function premiumRegistry(world: World, name: string): Registry | Failure {
  const out = signedOutError(world);
  if (out) return out;
  const reg = requireRegistry(world, name);
  if (isFailure(reg)) return reg;
  return reg.sku === 'Premium' ? reg : premiumOnly();
}

const withRules = (reg: Registry, patch: Partial<Registry['networkRuleSet']>): Registry => ({
  ...reg,
  networkRuleSet: { ...reg.networkRuleSet, ...patch },
});

/** `az acr network-rule add --ip-address`: idempotent for an IP already listed. */
export function addIpRule(world: World, input: { registry: string; ipAddressOrRange: string }): OpResult<Registry> {
  const reg = premiumRegistry(world, input.registry);
  if (isFailure(reg)) return reg;
  const ip = input.ipAddressOrRange.trim();
  if (!parseIpv4Range(ip)) {
    return fail('InvalidIpAddressOrRange', `(InvalidIpAddressOrRange) '${ip}' is not a valid IPv4 address or CIDR range.`, 1);
  }
  const rules = reg.networkRuleSet.ipRules;
  if (rules.some((r) => r.ipAddressOrRange === ip)) return commitRegistry(world, reg);
  if (rules.length >= LIMITS.ipRules) return fail('TooManyIpRules', `(TooManyIpRules) A registry can have at most ${LIMITS.ipRules} IP rules.`, 1);
  return commitRegistry(world, withRules(reg, { ipRules: [...rules, { action: 'Allow', ipAddressOrRange: ip }] }));
}

/** `az acr network-rule remove --ip-address`: removing an absent rule leaves the registry as is (like az). */
export function removeIpRule(world: World, input: { registry: string; ipAddressOrRange: string }): OpResult<Registry> {
  const reg = premiumRegistry(world, input.registry);
  if (isFailure(reg)) return reg;
  const ip = input.ipAddressOrRange.trim();
  return commitRegistry(world, withRules(reg, { ipRules: reg.networkRuleSet.ipRules.filter((r) => r.ipAddressOrRange !== ip) }));
}

/** `az acr network-rule add --subnet` (service endpoint, preview). */
export function addVnetRule(world: World, input: { registry: string; subnetId: string }): OpResult<Registry> {
  const reg = premiumRegistry(world, input.registry);
  if (isFailure(reg)) return reg;
  const id = input.subnetId.trim();
  if (!SUBNET_ID_PATTERN.test(id)) return fail('InvalidSubnetId', `(InvalidSubnetId) '${id}' is not a valid subnet resource ID.`, 1);
  const rules = reg.networkRuleSet.virtualNetworkRules;
  if (rules.some((r) => sameName(r.virtualNetworkResourceId, id))) return commitRegistry(world, reg);
  if (rules.length >= LIMITS.vnetRules) return fail('TooManyVnetRules', `(TooManyVnetRules) A registry can have at most ${LIMITS.vnetRules} virtual network rules.`, 1);
  return commitRegistry(world, withRules(reg, { virtualNetworkRules: [...rules, { action: 'Allow', virtualNetworkResourceId: id }] }));
}

/** `az acr network-rule remove --subnet`. */
export function removeVnetRule(world: World, input: { registry: string; subnetId: string }): OpResult<Registry> {
  const reg = premiumRegistry(world, input.registry);
  if (isFailure(reg)) return reg;
  const rules = reg.networkRuleSet.virtualNetworkRules.filter((r) => !sameName(r.virtualNetworkResourceId, input.subnetId.trim()));
  return commitRegistry(world, withRules(reg, { virtualNetworkRules: rules }));
}

/** Scenario helper: a private endpoint in the registry's group connected to it (auto-approved by default). */
export function addPrivateEndpointConnection(
  world: World,
  input: { registry: string; name: string; status?: EndpointStatus },
): OpResult<PrivateEndpointConnection> {
  const reg = premiumRegistry(world, input.registry);
  if (isFailure(reg)) return reg;
  if (!CHILD_NAME_PATTERN.test(input.name)) return fail('InvalidResourceName', `(InvalidResourceName) Resource name '${input.name}' is invalid.`, 1);
  if (reg.privateEndpointConnections.some((c) => sameName(c.name, input.name))) {
    return fail('Conflict', `(Conflict) A private endpoint connection named '${input.name}' already exists.`, 1);
  }
  if (reg.privateEndpointConnections.length >= LIMITS.privateEndpoints) {
    return fail('TooManyPrivateEndpoints', `(TooManyPrivateEndpoints) A registry can have at most ${LIMITS.privateEndpoints} private endpoints.`, 1);
  }
  const status = input.status ?? 'Approved';
  const conn: PrivateEndpointConnection = {
    id: `${registryId(world, reg)}/privateEndpointConnections/${input.name}`,
    name: input.name,
    privateEndpoint: { id: `/subscriptions/${world.subscription.id}/resourceGroups/${reg.resourceGroup}/providers/Microsoft.Network/privateEndpoints/${input.name}` },
    privateLinkServiceConnectionState: {
      status,
      description: status === 'Approved' ? 'Auto-Approved' : '',
      actionsRequired: 'None',
    },
    provisioningState: 'Succeeded',
  };
  const res = commitRegistry(world, { ...reg, privateEndpointConnections: [...reg.privateEndpointConnections, conn] });
  return res.ok ? { ...res, value: conn } : res;
}

/** `az acr private-endpoint-connection approve|reject`. */
export function setEndpointConnectionStatus(
  world: World,
  input: { registry: string; name: string; status: 'Approved' | 'Rejected'; description?: string },
): OpResult<PrivateEndpointConnection> {
  const reg = premiumRegistry(world, input.registry);
  if (isFailure(reg)) return reg;
  const found = reg.privateEndpointConnections.find((c) => sameName(c.name, input.name));
  if (!found) return childNotFound('privateEndpointConnections', reg.name, input.name, reg.resourceGroup);
  const conn: PrivateEndpointConnection = {
    ...found,
    privateLinkServiceConnectionState: { ...found.privateLinkServiceConnectionState, status: input.status, description: input.description ?? '' },
  };
  const res = commitRegistry(world, { ...reg, privateEndpointConnections: reg.privateEndpointConnections.map((c) => (c === found ? conn : c)) });
  return res.ok ? { ...res, value: conn } : res;
}

/** `az acr private-endpoint-connection delete`. */
export function deletePrivateEndpointConnection(world: World, input: { registry: string; name: string }): OpResult<PrivateEndpointConnection> {
  const reg = premiumRegistry(world, input.registry);
  if (isFailure(reg)) return reg;
  const found = reg.privateEndpointConnections.find((c) => sameName(c.name, input.name));
  if (!found) return childNotFound('privateEndpointConnections', reg.name, input.name, reg.resourceGroup);
  const res = commitRegistry(world, { ...reg, privateEndpointConnections: reg.privateEndpointConnections.filter((c) => c !== found) });
  return res.ok ? { ...res, value: found } : res;
}
