/**
 * Fixed values of the simulated world. GUIDs are obviously fake on purpose (facts §6), and the
 * IPs come from the documentation ranges (RFC 5737): 203.0.113.0/24 for the learner,
 * 198.51.100.0/24 for Azure-side callers (facts §6).
 */

export const LAB_SUBSCRIPTION_ID = 'aaaaaaaa-0000-4000-8000-000000000001';
export const LAB_SUBSCRIPTION_NAME = 'Lab Subscription';
export const LAB_TENANT_ID = 'bbbbbbbb-0000-4000-8000-000000000002';
export const LAB_USER_NAME = 'labuser@contoso.example';
export const LAB_USER_OBJECT_ID = 'cccccccc-0000-4000-8000-000000000003';
/** Name (GUID) of the lab user's Owner assignment at subscription scope. */
export const LAB_OWNER_ASSIGNMENT_NAME = 'dddddddd-0000-4000-8000-000000000004';

/** 2026-11-29T10:00:00Z: the clock every new world starts at. */
export const LAB_START_TIME = Date.UTC(2026, 10, 29, 10, 0, 0);

/** The learner's workstation public IPv4 unless a scenario says otherwise (facts §6). */
export const DEFAULT_WORKSTATION_IP = '203.0.113.10';
/** ACR Tasks agents: the IP quoted in the facts' firewall-denied run log (facts §7). */
export const TASK_AGENT_IP = '198.51.100.7';
/** Public IP of the lab VNet's NAT: what the registry sees from the VM when no private endpoint is used. */
export const VNET_VM_PUBLIC_IP = '198.51.100.50';

/** Public IPs other Azure services reach the public endpoint from (any 198.51.100.0/24 address, facts §6). */
export const SERVICE_IPS = {
  defender: '198.51.100.20',
  'machine-learning': '198.51.100.21',
  'acr-import': '198.51.100.22',
  'container-instances': '198.51.100.23',
  'app-service': '198.51.100.24',
} as const;

/** Resource group, VNet and subnet the simulated VM lives in (for service-endpoint rules). */
export const VNET_VM_NETWORK = { resourceGroup: 'lab-network', vnet: 'lab-vnet', subnet: 'default' } as const;

/** Subnet resource ID of the simulated VM, inside the lab subscription. */
export function vnetVmSubnetId(subscriptionId: string): string {
  const n = VNET_VM_NETWORK;
  return `/subscriptions/${subscriptionId}/resourceGroups/${n.resourceGroup}/providers/Microsoft.Network/virtualNetworks/${n.vnet}/subnets/${n.subnet}`;
}

/** Service limits for Premium registries (facts §2). */
export const LIMITS = { ipRules: 200, privateEndpoints: 200, vnetRules: 100 } as const;
