/**
 * `az acr create|update|delete` (facts §2, §7). Checks run in az's order: the name validator,
 * then the command's own checks, then the service's.
 */
import {
  CLASSIC_SKU,
  DISABLE_PUBLIC_WARNING,
  REGISTRY_NAME_RULE,
  disablingPublicNotSupported,
  fail,
  groupNotFound,
  invalidEnum,
  ok,
  premiumOnly,
  type Failure,
} from './errors';
import { isFailure, requireRegistry, signedOutError } from './group-ops';
import { nowIso, tick } from './ids';
import { findGroup, registryId, withRegistry } from './lookups';
import { locationNotAvailableForType, regionName } from './regions';
import { scopeCovers } from './roles';
import { REGISTRY_NAME_PATTERN, pickEnum, sameName } from './validate';
import type { OpResult, Registry, Sku, World } from './types';

const SKUS = ['Classic', 'Basic', 'Standard', 'Premium'] as const;

export interface CreateRegistryInput {
  name: string;
  resourceGroup: string;
  sku: string;
  location?: string;
  adminEnabled?: boolean;
  defaultAction?: 'Allow' | 'Deny';
  publicNetworkEnabled?: boolean;
  allowTrustedServices?: boolean;
}

export interface UpdateRegistryInput {
  name: string;
  resourceGroup?: string;
  sku?: string;
  adminEnabled?: boolean;
  anonymousPullEnabled?: boolean;
  defaultAction?: 'Allow' | 'Deny';
  publicNetworkEnabled?: boolean;
  allowTrustedServices?: boolean;
}

/** SKU name, or an error for unknown names (az's enum text) and Classic. */
function parseSku(command: string, value: string): Sku | Failure {
  const sku = pickEnum(value, SKUS);
  if (!sku) return invalidEnum(command, value, '--sku', SKUS);
  return sku === 'Classic' ? fail('ClassicSkuNotSupported', CLASSIC_SKU, 1) : sku;
}

/** Name checks of `az acr create`, with az's own regexes (re.match anchors at the start). */
function nameError(name: string): Failure | null {
  if (!REGISTRY_NAME_PATTERN.test(name)) return fail('InvalidArgumentValue', REGISTRY_NAME_RULE, 1);
  return null;
}

function caseError(name: string): Failure | null {
  if (/^\w*[A-Z]\w*/.test(name)) return fail('InvalidArgumentValue', 'argument error: Registry name must use only lowercase.', 1);
  if (/^\w*-\w*/.test(name)) return fail('InvalidArgumentValue', 'argument error: Registry name cannot contain dashes.', 1);
  return null;
}

/** Service-side checks shared by create and update, on the resulting registry. */
function serviceChecks(reg: Registry, touchedNetwork: boolean): Failure | null {
  const hasRules =
    reg.networkRuleSet.defaultAction === 'Deny' ||
    reg.networkRuleSet.ipRules.length > 0 ||
    reg.networkRuleSet.virtualNetworkRules.length > 0 ||
    reg.privateEndpointConnections.length > 0;
  if (reg.sku !== 'Premium' && hasRules && touchedNetwork) return premiumOnly();
  if (reg.sku !== 'Premium' && reg.publicNetworkAccess === 'Disabled') return disablingPublicNotSupported(reg.sku);
  if (reg.sku === 'Basic' && reg.anonymousPullEnabled) {
    // Not a facts §7 string: anonymous pull exists on Standard and Premium only (facts §2).
    return fail('AnonymousPullNotSupported', '(AnonymousPullNotSupported) Anonymous pull is not supported for the SKU Basic.', 1);
  }
  return null;
}

/** `az acr create`. */
export function createRegistry(world: World, input: CreateRegistryInput): OpResult<Registry> {
  const out = signedOutError(world) ?? nameError(input.name);
  if (out) return out;
  const sku0 = pickEnum(input.sku, SKUS);
  if (input.defaultAction !== undefined && sku0 !== 'Premium' && sku0 !== null) return premiumOnly();
  const sku = parseSku('az acr create', input.sku);
  if (isFailure(sku)) return sku;
  const bad = caseError(input.name);
  if (bad) return bad;
  const group = findGroup(world, input.resourceGroup);
  if (!group) return groupNotFound(input.resourceGroup);
  // No (or an empty) -l means the group's region (az's get_default_location_from_resource_group).
  const location = !input.location ? group.location : regionName(input.location);
  if (location === null) return locationNotAvailableForType(input.location ?? '', 'Microsoft.ContainerRegistry/registries');
  if (world.registries.some((r) => sameName(r.name, input.name))) {
    return fail(
      'AlreadyInUse',
      `(AlreadyInUse) The registry DNS name ${input.name.toLowerCase()}.azurecr.io is already in use. You can check if the name is already claimed using following api: https://docs.microsoft.com/en-us/rest/api/containerregistry/registries/checknameavailability`,
      1,
    );
  }
  const reg: Registry = {
    name: input.name,
    resourceGroup: group.name,
    location,
    sku,
    creationDate: nowIso(world),
    publicNetworkAccess: input.publicNetworkEnabled === false ? 'Disabled' : 'Enabled',
    networkRuleSet: { defaultAction: input.defaultAction ?? 'Allow', ipRules: [], virtualNetworkRules: [] },
    networkRuleBypassOptions: input.allowTrustedServices === false ? 'None' : 'AzureServices',
    networkRuleBypassAllowedForTasks: false,
    adminUserEnabled: input.adminEnabled ?? false,
    anonymousPullEnabled: false,
    dataEndpointEnabled: false,
    zoneRedundancy: 'Disabled',
    privateEndpointConnections: [],
    repositories: [],
    runs: [],
    nextRunNumber: 1,
  };
  const svc = serviceChecks(reg, input.defaultAction !== undefined);
  if (svc) return svc;
  const warnings = input.publicNetworkEnabled === false ? [DISABLE_PUBLIC_WARNING] : [];
  return ok(tick({ ...world, registries: [...world.registries, reg] }), reg, warnings);
}

/** `az acr update` (typed flags; the generic `--set` lives in registry-set.ts). */
export function updateRegistry(world: World, input: UpdateRegistryInput): OpResult<Registry> {
  const out = signedOutError(world);
  if (out) return out;
  const found = requireRegistry(world, input.name, input.resourceGroup);
  if (isFailure(found)) return found;
  let sku: Sku = found.sku;
  if (input.sku !== undefined) {
    const parsed = parseSku('az acr update', input.sku);
    if (isFailure(parsed)) return parsed;
    sku = parsed;
  }
  if (input.defaultAction !== undefined && sku !== 'Premium') return premiumOnly();
  const reg: Registry = {
    ...found,
    sku,
    adminUserEnabled: input.adminEnabled ?? found.adminUserEnabled,
    anonymousPullEnabled: input.anonymousPullEnabled ?? found.anonymousPullEnabled,
    networkRuleSet: { ...found.networkRuleSet, defaultAction: input.defaultAction ?? found.networkRuleSet.defaultAction },
    publicNetworkAccess:
      input.publicNetworkEnabled === undefined ? found.publicNetworkAccess : input.publicNetworkEnabled ? 'Enabled' : 'Disabled',
    networkRuleBypassOptions:
      input.allowTrustedServices === undefined ? found.networkRuleBypassOptions : input.allowTrustedServices ? 'AzureServices' : 'None',
  };
  const svc = serviceChecks(reg, sku !== found.sku || input.defaultAction !== undefined);
  if (svc) return svc;
  const warnings = input.publicNetworkEnabled === false ? [DISABLE_PUBLIC_WARNING] : [];
  return ok(tick(withRegistry(world, reg)), reg, warnings);
}

/** `az acr delete`: also removes the registry's tasks and the role assignments scoped to it. */
export function deleteRegistry(world: World, input: { name: string; resourceGroup?: string }): OpResult<Registry> {
  const out = signedOutError(world);
  if (out) return out;
  const reg = requireRegistry(world, input.name, input.resourceGroup);
  if (isFailure(reg)) return reg;
  const id = registryId(world, reg);
  const next: World = {
    ...world,
    registries: world.registries.filter((r) => r !== reg),
    tasks: world.tasks.filter((t) => !sameName(t.registry, reg.name)),
    roleAssignments: world.roleAssignments.filter((a) => !scopeCovers(id, a.scope)),
  };
  return ok(tick(next), reg);
}

/** Apply an already-validated change to one registry (used by the network and `--set` operations). */
export function commitRegistry(world: World, reg: Registry, warnings?: string[]): OpResult<Registry> {
  return ok(tick(withRegistry(world, reg)), reg, warnings);
}
