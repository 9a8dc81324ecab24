/**
 * `az identity create|show|list`: user-assigned managed identities (facts §7). A user-assigned
 * identity never earns a task the trusted-services bypass (facts §4), which lessons contrast with
 * the system-assigned one. Handlers: ../handlers/role.ts.
 */
import { identityCreate, identityList, identityShow } from '../handlers/role';
import { identityTable } from '../handlers/role-view';
import type { ArgDef, CommandDef, GroupDef } from '../types';

const nameArg: ArgDef = { dest: 'name', options: ['--name', '-n'], type: 'string', required: true, help: 'Name of the identity.', completer: 'identity' };
const groupArg: ArgDef = { dest: 'resourceGroup', options: ['--resource-group', '-g'], type: 'string', required: true, help: 'Resource group of the identity.', completer: 'group' };
const RESOURCE_ID = 'Resource Id Arguments';

/** Command groups declared here. */
export const groups: GroupDef[] = [{ name: 'identity', summary: 'Manage user-assigned managed identities.' }];

/** Commands declared here. */
export const commands: CommandDef[] = [
  {
    name: 'identity create',
    summary: 'Create a user-assigned managed identity.',
    args: [
      // az lists the missing ones as `--resource-group/-g, --name/-n`: declaration order matters.
      groupArg,
      nameArg,
      { dest: 'location', options: ['--location', '-l'], type: 'string', help: "Azure region. Defaults to the resource group's region.", completer: 'location' },
    ],
    examples: [{ summary: 'Create an identity.', command: 'az identity create -n myidentity -g myresourcegroup' }],
    handler: identityCreate,
    table: identityTable,
  },
  {
    name: 'identity show',
    summary: 'Show a user-assigned managed identity.',
    args: [
      { ...nameArg, group: RESOURCE_ID },
      { ...groupArg, group: RESOURCE_ID },
    ],
    examples: [{ summary: 'Print the resource ID of an identity.', command: 'az identity show -n myidentity -g myresourcegroup --query id -o tsv' }],
    handler: identityShow,
    table: identityTable,
  },
  {
    name: 'identity list',
    summary: 'List user-assigned managed identities.',
    args: [{ ...groupArg, required: false, help: 'Only list identities in this resource group.' }],
    examples: [{ summary: 'List identities as a table.', command: 'az identity list -o table' }],
    handler: identityList,
    table: identityTable,
  },
];
