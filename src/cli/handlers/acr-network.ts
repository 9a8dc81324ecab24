/**
 * Handlers of `az acr network-rule ...` and `az acr private-endpoint-connection ...`
 * (facts §2: IP rules and private endpoints are Premium-only; §7 command surface).
 */
import {
  addIpRule,
  addVnetRule,
  deletePrivateEndpointConnection,
  PREMIUM_ONLY,
  removeIpRule,
  removeVnetRule,
  setEndpointConnectionStatus,
  type Registry,
  type World,
} from '../../model';
import type { CommandContext, HandlerResult } from '../types';
import { requireRegistry } from './acr-registry';
import { cliFail, requireSignedIn, str, unwrap } from './model-result';
import { endpointConnectionView, networkRuleSetView, registryView } from './registry-view';

/** Subnet resource ID from `--subnet ID` or `--subnet NAME --vnet-name NAME` (acr `network_rule._validate_subnet`). */
function subnetId(world: World, reg: Registry, args: Record<string, unknown>): string | undefined {
  const subnet = str(args, 'subnet');
  const vnet = str(args, 'vnetName');
  if (subnet === undefined && vnet === undefined) return undefined;
  if (subnet !== undefined && subnet.startsWith('/')) return subnet;
  if (subnet === undefined || vnet === undefined) cliFail('Usage error: [--subnet ID | --subnet NAME --vnet-name NAME]', 1);
  return `/subscriptions/${world.subscription.id}/resourceGroups/${reg.resourceGroup}/providers/Microsoft.Network/virtualNetworks/${vnet}/subnets/${subnet}`;
}

function changeRules(ctx: CommandContext, args: Record<string, unknown>, mode: 'add' | 'remove'): HandlerResult {
  requireSignedIn(ctx);
  let reg = requireRegistry(ctx.world, String(args.name), str(args, 'resourceGroup'));
  if (reg.sku !== 'Premium') cliFail(PREMIUM_ONLY, 1);
  let world = ctx.world;
  const subnet = subnetId(world, reg, args);
  if (subnet !== undefined) {
    const op = mode === 'add' ? addVnetRule : removeVnetRule;
    ({ world, value: reg } = unwrap(op(world, { registry: reg.name, subnetId: subnet })));
  }
  const ip = str(args, 'ipAddress');
  if (ip !== undefined) {
    const op = mode === 'add' ? addIpRule : removeIpRule;
    ({ world, value: reg } = unwrap(op(world, { registry: reg.name, ipAddressOrRange: ip })));
  }
  return { world, result: registryView(world, reg) };
}

/** `az acr network-rule add -n <registry> --ip-address <ip|cidr>`: prints the registry. */
export function networkRuleAdd(ctx: CommandContext, args: Record<string, unknown>): HandlerResult {
  return changeRules(ctx, args, 'add');
}

/** `az acr network-rule remove -n <registry> --ip-address <ip|cidr>`: prints the registry. */
export function networkRuleRemove(ctx: CommandContext, args: Record<string, unknown>): HandlerResult {
  return changeRules(ctx, args, 'remove');
}

/** `az acr network-rule list`: the rule set without `defaultAction`, as az prints it. */
export function networkRuleList(ctx: CommandContext, args: Record<string, unknown>): HandlerResult {
  requireSignedIn(ctx);
  const reg = requireRegistry(ctx.world, String(args.name), str(args, 'resourceGroup'));
  if (reg.sku !== 'Premium') cliFail(PREMIUM_ONLY, 1);
  const { ipRules, virtualNetworkRules } = networkRuleSetView(reg);
  return { result: { ipRules, virtualNetworkRules } };
}

function registryOf(ctx: CommandContext, args: Record<string, unknown>): Registry {
  requireSignedIn(ctx);
  return requireRegistry(ctx.world, String(args.registry), str(args, 'resourceGroup'));
}

/** ARM's 404 for a connection name the registry does not have. */
function connectionNotFound(reg: Registry, name: string): never {
  return cliFail(
    `(ResourceNotFound) The Resource 'Microsoft.ContainerRegistry/registries/${reg.name}/privateEndpointConnections/${name}' under resource group '${reg.resourceGroup}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`,
    3,
  );
}

/** `az acr private-endpoint-connection list -r <registry>`. */
export function endpointList(ctx: CommandContext, args: Record<string, unknown>): HandlerResult {
  const reg = registryOf(ctx, args);
  return { result: reg.privateEndpointConnections.map((c) => endpointConnectionView(reg, c)) };
}

/** `az acr private-endpoint-connection show -n <connection> -r <registry>`. */
export function endpointShow(ctx: CommandContext, args: Record<string, unknown>): HandlerResult {
  const reg = registryOf(ctx, args);
  const name = String(args.connection);
  const c = reg.privateEndpointConnections.find((x) => x.name.toLowerCase() === name.toLowerCase());
  return { result: endpointConnectionView(reg, c ?? connectionNotFound(reg, name)) };
}

function setStatus(ctx: CommandContext, args: Record<string, unknown>, status: 'Approved' | 'Rejected'): HandlerResult {
  const reg = registryOf(ctx, args);
  const { world, value } = unwrap(
    setEndpointConnectionStatus(ctx.world, { registry: reg.name, name: String(args.connection), status, description: str(args, 'description') }),
  );
  return { world, result: endpointConnectionView(reg, value) };
}

/** `az acr private-endpoint-connection approve`: prints the connection. */
export function endpointApprove(ctx: CommandContext, args: Record<string, unknown>): HandlerResult {
  return setStatus(ctx, args, 'Approved');
}

/** `az acr private-endpoint-connection reject`: prints the connection. */
export function endpointReject(ctx: CommandContext, args: Record<string, unknown>): HandlerResult {
  return setStatus(ctx, args, 'Rejected');
}

/** `az acr private-endpoint-connection delete`: prints nothing. */
export function endpointDelete(ctx: CommandContext, args: Record<string, unknown>): HandlerResult {
  const reg = registryOf(ctx, args);
  const { world } = unwrap(deletePrivateEndpointConnection(ctx.world, { registry: reg.name, name: String(args.connection) }));
  return { world };
}
