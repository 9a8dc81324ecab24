/**
 * `az group create|list|show|delete` (facts §7). az registers the group name under four option
 * strings at once (`--name --resource-group -n -g`), so all of them are accepted here too.
 */
import { createGroup, deleteGroup, findGroup, groupScope } from '../../model';
import type { ResourceGroup, World } from '../../model/types';
import { CliError, NOT_SIGNED_IN } from '../errors';
import type { ArgDef, CommandContext, CommandDef, GroupDef } from '../types';
import { requireYes } from '../handlers/model-result';

/** A resource group as az prints it. */
export function groupView(world: World, g: ResourceGroup): Record<string, unknown> {
  return {
    id: groupScope(world, g),
    location: g.location,
    managedBy: null,
    name: g.name,
    properties: { provisioningState: 'Succeeded' },
    tags: null,
    type: 'Microsoft.Resources/resourceGroups',
  };
}

function requireSignedIn(ctx: CommandContext): void {
  if (!ctx.world.user.signedIn) throw new CliError(NOT_SIGNED_IN, 1);
}

function groupNotFound(name: string): CliError {
  return new CliError(`(ResourceGroupNotFound) Resource group '${name}' could not be found.`, 3);
}

const nameArg = (options: string[], help: string): ArgDef => ({
  dest: 'name',
  options,
  type: 'string',
  required: true,
  help,
  completer: 'group',
});

const create: CommandDef = {
  name: 'group create',
  summary: 'Create a resource group, or return the existing one with that name',
  args: [
    { ...nameArg(['--name', '--resource-group', '-n', '-g'], 'Name of the new resource group'), completer: undefined },
    {
      dest: 'location',
      options: ['--location', '-l'],
      type: 'string',
      required: true,
      help: 'Azure region for the group, e.g. koreacentral or eastus',
      completer: 'location',
    },
  ],
  examples: [{ summary: 'Create a resource group in Korea Central.', command: 'az group create -n lab-rg -l koreacentral' }],
  handler: (ctx, args) => {
    const res = createGroup(ctx.world, { name: String(args.name), location: String(args.location) });
    if (!res.ok) throw new CliError(res.error.message, res.error.exitCode);
    return { world: res.world, result: groupView(res.world, res.value) };
  },
};

const list: CommandDef = {
  name: 'group list',
  summary: 'List the resource groups of the subscription',
  args: [],
  examples: [{ summary: 'List the groups as a table.', command: 'az group list -o table' }],
  table: (g: { name?: unknown; location?: unknown; properties?: { provisioningState?: unknown } }) => ({
    Name: g.name,
    Location: g.location,
    Status: g.properties?.provisioningState,
  }),
  handler: (ctx) => {
    requireSignedIn(ctx);
    return { result: ctx.world.resourceGroups.map((g) => groupView(ctx.world, g)) };
  },
};

const show: CommandDef = {
  name: 'group show',
  summary: 'Show one resource group',
  args: [nameArg(['--name', '-n', '--resource-group', '-g'], 'Name of the resource group')],
  examples: [{ summary: 'Print the resource ID of a group, to use as a role assignment scope.', command: 'az group show -n lab-rg --query id -o tsv' }],
  handler: (ctx, args) => {
    requireSignedIn(ctx);
    const g = findGroup(ctx.world, String(args.name));
    if (!g) throw groupNotFound(String(args.name));
    return { result: groupView(ctx.world, g) };
  },
};

const remove: CommandDef = {
  name: 'group delete',
  summary: 'Delete a resource group with everything in it',
  longSummary: 'Registries, tasks and identities in the group and role assignments on it are removed too.',
  args: [
    nameArg(['--name', '-n', '--resource-group', '-g'], 'Name of the resource group'),
    { dest: 'yes', options: ['--yes', '-y'], type: 'boolean', isFlag: true, help: 'Do not ask for confirmation' },
    { dest: 'noWait', options: ['--no-wait'], type: 'boolean', isFlag: true, help: 'Return without waiting for the deletion to finish' },
  ],
  examples: [{ summary: 'Delete a group without a confirmation prompt.', command: 'az group delete -n lab-rg --yes' }],
  handler: (ctx, args) => {
    requireSignedIn(ctx);
    // az's confirmation comes before the service call, so it is asked even for a missing group.
    requireYes(args);
    if (!findGroup(ctx.world, String(args.name))) throw groupNotFound(String(args.name));
    const res = deleteGroup(ctx.world, { name: String(args.name) });
    if (!res.ok) throw new CliError(res.error.message, res.error.exitCode);
    return { world: res.world };
  },
};

export const commands: CommandDef[] = [create, list, show, remove];

export const groups: GroupDef[] = [{ name: 'group', summary: 'Manage resource groups' }];
