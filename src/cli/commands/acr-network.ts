/**
 * `az acr network-rule` and `az acr private-endpoint-connection` (facts §2, §7).
 * Declarations only; handlers live in ../handlers/acr-network.ts.
 */
import {
  endpointApprove,
  endpointDelete,
  endpointList,
  endpointReject,
  endpointShow,
  networkRuleAdd,
  networkRuleList,
  networkRuleRemove,
} from '../handlers/acr-network';
import { registryTable } from '../handlers/registry-view';
import type { ArgDef, CommandDef, GroupDef } from '../types';
import { groupArg, registryNameArg, registryNameLongArg } from './acr-args';

const ipArg: ArgDef = { dest: 'ipAddress', options: ['--ip-address'], type: 'string', help: 'IPv4 address or CIDR range, e.g. 203.0.113.10 or 203.0.113.0/24.' };
const subnetArgs: ArgDef[] = [
  { dest: 'subnet', options: ['--subnet'], type: 'string', preview: true, help: 'Subnet name (with --vnet-name) or full subnet resource ID, for a service-endpoint rule (preview).' },
  { dest: 'vnetName', options: ['--vnet-name'], type: 'string', preview: true, help: "Virtual network of --subnet, in the registry's resource group." },
];
const connectionArg: ArgDef = { dest: 'connection', options: ['--name', '-n'], type: 'string', required: true, help: 'Name of the private endpoint connection.' };
const PL_HINT = 'Private endpoints are created from the network side (`az network private-endpoint create`); see https://aka.ms/acr/private-link.';

/** Command groups declared here. */
export const groups: GroupDef[] = [
  { name: 'acr network-rule', summary: 'Manage the IP and virtual-network rules of a Premium registry.' },
  { name: 'acr private-endpoint-connection', summary: 'Manage private endpoint connections to a Premium registry.' },
];

/** Commands declared here. */
export const commands: CommandDef[] = [
  {
    name: 'acr network-rule add',
    summary: 'Allow an IP address, a CIDR range or a subnet through the registry firewall.',
    args: [registryNameArg, ipArg, ...subnetArgs, groupArg],
    examples: [
      { summary: 'Allow one public IP address.', command: 'az acr network-rule add -n myregistry --ip-address 203.0.113.10' },
      { summary: 'Allow a whole range.', command: 'az acr network-rule add -n myregistry --ip-address 203.0.113.0/24' },
    ],
    handler: networkRuleAdd,
    table: registryTable,
  },
  {
    name: 'acr network-rule remove',
    summary: 'Remove an IP or subnet rule from the registry firewall.',
    args: [registryNameArg, ipArg, ...subnetArgs, groupArg],
    examples: [{ summary: 'Stop allowing an IP address.', command: 'az acr network-rule remove -n myregistry --ip-address 203.0.113.10' }],
    handler: networkRuleRemove,
    table: registryTable,
  },
  {
    name: 'acr network-rule list',
    summary: 'List the IP and virtual-network rules of a registry.',
    args: [registryNameArg, groupArg],
    examples: [{ summary: 'Show the allowed IP ranges.', command: 'az acr network-rule list -n myregistry --query ipRules' }],
    handler: networkRuleList,
  },
  {
    name: 'acr private-endpoint-connection list',
    summary: 'List the private endpoint connections of a registry.',
    longSummary: PL_HINT,
    args: [registryNameLongArg, groupArg],
    examples: [{ summary: 'List connections with their approval state.', command: 'az acr private-endpoint-connection list -r myregistry -o table' }],
    handler: endpointList,
  },
  {
    name: 'acr private-endpoint-connection show',
    summary: 'Show one private endpoint connection of a registry.',
    longSummary: PL_HINT,
    args: [connectionArg, registryNameLongArg, groupArg],
    examples: [{ summary: 'Show a connection.', command: 'az acr private-endpoint-connection show -n myconnection -r myregistry' }],
    handler: endpointShow,
  },
  {
    name: 'acr private-endpoint-connection approve',
    summary: 'Approve a pending private endpoint connection.',
    longSummary: PL_HINT,
    args: [connectionArg, registryNameLongArg, { dest: 'description', options: ['--description'], type: 'string', help: 'Why the connection is approved.' }, groupArg],
    examples: [{ summary: 'Approve a connection.', command: 'az acr private-endpoint-connection approve -n myconnection -r myregistry' }],
    handler: endpointApprove,
  },
  {
    name: 'acr private-endpoint-connection reject',
    summary: 'Reject a private endpoint connection.',
    longSummary: PL_HINT,
    args: [connectionArg, registryNameLongArg, { dest: 'description', options: ['--description'], type: 'string', help: 'Why the connection is rejected.' }, groupArg],
    examples: [{ summary: 'Reject a connection.', command: 'az acr private-endpoint-connection reject -n myconnection -r myregistry --description "Unknown network"' }],
    handler: endpointReject,
  },
  {
    name: 'acr private-endpoint-connection delete',
    summary: 'Delete a private endpoint connection.',
    longSummary: PL_HINT,
    args: [connectionArg, registryNameLongArg, groupArg],
    examples: [{ summary: 'Delete a connection.', command: 'az acr private-endpoint-connection delete -n myconnection -r myregistry' }],
    handler: endpointDelete,
  },
];
