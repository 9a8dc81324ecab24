/**
 * `az acr show` JSON for a model registry (facts §2): camelCase keys, sorted, with the
 * properties the real CLI prints (policies, encryption, systemData...) and `resourceGroup`
 * added by the CLI. Keys are inserted in sorted order so any formatter keeps az's order.
 */
import { loginServer, registryId } from '../../model';
import type { Registry, World } from '../../model';
import { azTime, cell, tableTime } from './az-time';

/** The JSON object az prints for one registry. */
export function registryView(world: World, reg: Registry): Record<string, unknown> {
  const created = azTime(reg.creationDate);
  return {
    adminUserEnabled: reg.adminUserEnabled,
    anonymousPullEnabled: reg.anonymousPullEnabled,
    creationDate: created,
    dataEndpointEnabled: reg.dataEndpointEnabled,
    dataEndpointHostNames: [],
    encryption: { keyVaultProperties: null, status: 'disabled' },
    id: registryId(world, reg),
    identity: null,
    location: reg.location,
    loginServer: loginServer(reg),
    name: reg.name,
    networkRuleBypassAllowedForTasks: reg.networkRuleBypassAllowedForTasks,
    networkRuleBypassOptions: reg.networkRuleBypassOptions,
    networkRuleSet: networkRuleSetView(reg),
    policies: {
      azureAdAuthenticationAsArmPolicy: { status: 'enabled' },
      exportPolicy: { status: 'enabled' },
      quarantinePolicy: { status: 'disabled' },
      retentionPolicy: { days: 7, lastUpdatedTime: created, status: 'disabled' },
      softDeletePolicy: { lastUpdatedTime: created, retentionDays: 7, status: 'disabled' },
      trustPolicy: { status: 'disabled', type: 'Notary' },
    },
    privateEndpointConnections: reg.privateEndpointConnections.map((c) => endpointConnectionView(reg, c)),
    provisioningState: 'Succeeded',
    publicNetworkAccess: reg.publicNetworkAccess,
    resourceGroup: reg.resourceGroup,
    roleAssignmentMode: 'LegacyRegistryPermissions',
    sku: { name: reg.sku, tier: reg.sku },
    status: null,
    systemData: {
      createdAt: created,
      createdBy: world.user.name,
      createdByType: 'User',
      lastModifiedAt: created,
      lastModifiedBy: world.user.name,
      lastModifiedByType: 'User',
    },
    tags: {},
    type: 'Microsoft.ContainerRegistry/registries',
    zoneRedundancy: reg.zoneRedundancy,
  };
}

/** `networkRuleSet` as az prints it: IP rules keyed `ipAddressOrRange` (the wire name is `value`). */
export function networkRuleSetView(reg: Registry): Record<string, unknown> {
  return {
    defaultAction: reg.networkRuleSet.defaultAction,
    ipRules: reg.networkRuleSet.ipRules.map((r) => ({ action: r.action, ipAddressOrRange: r.ipAddressOrRange })),
    virtualNetworkRules: reg.networkRuleSet.virtualNetworkRules.map((r) => ({
      action: r.action,
      virtualNetworkResourceId: r.virtualNetworkResourceId,
    })),
  };
}

/** One private endpoint connection, with the `resourceGroup` az adds to every ARM object. */
export function endpointConnectionView(
  reg: Registry,
  c: Registry['privateEndpointConnections'][number],
): Record<string, unknown> {
  return {
    groupIds: ['registry'],
    id: c.id,
    name: c.name,
    privateEndpoint: { id: c.privateEndpoint.id, resourceGroup: resourceGroupOf(c.privateEndpoint.id) ?? reg.resourceGroup },
    privateLinkServiceConnectionState: {
      actionsRequired: c.privateLinkServiceConnectionState.actionsRequired,
      description: c.privateLinkServiceConnectionState.description,
      status: c.privateLinkServiceConnectionState.status,
    },
    provisioningState: c.provisioningState,
    resourceGroup: reg.resourceGroup,
    systemData: null,
    type: 'Microsoft.ContainerRegistry/registries/privateEndpointConnections',
  };
}

/** The resource group segment of an ARM id, if any. */
export function resourceGroupOf(id: string): string | undefined {
  return /\/resourceGroups\/([^/]+)/i.exec(id)?.[1];
}

/** `az acr list -o table` / `az acr show -o table` columns (acr `_format.py`, `_registry_format_group`). */
export function registryTable(item: any): Record<string, unknown> {
  return {
    NAME: cell(item?.name),
    'RESOURCE GROUP': cell(item?.resourceGroup),
    LOCATION: cell(item?.location),
    SKU: cell(item?.sku?.name),
    'LOGIN SERVER': cell(item?.loginServer),
    'CREATION DATE': tableTime(item?.creationDate),
    'ADMIN ENABLED': cell(item?.adminUserEnabled),
  };
}
