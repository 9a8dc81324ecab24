/**
 * `az role assignment create|list|delete` (facts §5, §7). Handlers: ../handlers/role.ts.
 */
import { roleAssignmentCreate, roleAssignmentDelete, roleAssignmentList } from '../handlers/role';
import { roleAssignmentTable } from '../handlers/role-view';
import type { ArgDef, CommandDef, GroupDef } from '../types';

const roleArg: ArgDef = { dest: 'role', options: ['--role'], type: 'string', help: 'Role name or role definition ID, e.g. AcrPull or AcrPush.', completer: 'role' };
const scopeArg: ArgDef = {
  dest: 'scope',
  options: ['--scope'],
  type: 'string',
  help: 'Resource ID the assignment applies to: a subscription, a resource group or a resource such as a registry.',
};
const assigneeArg: ArgDef = { dest: 'assignee', options: ['--assignee'], type: 'string', help: 'User sign-in name or object ID, or a service principal / managed identity ID.' };
const groupArg: ArgDef = { dest: 'resourceGroup', options: ['--resource-group', '-g'], type: 'string', help: 'Use the scope of this resource group.', completer: 'group' };
const inheritedArg: ArgDef = { dest: 'includeInherited', options: ['--include-inherited'], type: 'boolean', isFlag: true, help: 'Also match assignments made on parent scopes.' };

/** Command groups declared here. */
export const groups: GroupDef[] = [
  { name: 'role', summary: 'Manage Azure role-based access control (RBAC).' },
  { name: 'role assignment', summary: 'Manage role assignments: who has which role at which scope.' },
];

/** Commands declared here. */
export const commands: CommandDef[] = [
  {
    name: 'role assignment create',
    summary: 'Give a user, group or managed identity a role at a scope.',
    args: [
      { ...roleArg, required: true },
      { ...scopeArg, required: true },
      assigneeArg,
      {
        dest: 'assigneeObjectId',
        options: ['--assignee-object-id'],
        type: 'string',
        help: 'Object ID of the principal (for a managed identity: its principal ID). Skips the directory lookup.',
      },
      {
        dest: 'assigneePrincipalType',
        options: ['--assignee-principal-type'],
        type: 'enum',
        choices: ['ForeignGroup', 'Group', 'ServicePrincipal', 'User'],
        help: 'Kind of principal named by --assignee-object-id.',
      },
    ],
    examples: [
      {
        summary: "Let a task's system identity pull and push images in one registry.",
        command: 'az role assignment create --assignee-object-id $principalID --assignee-principal-type ServicePrincipal --role AcrPush --scope $registryID',
      },
    ],
    handler: roleAssignmentCreate,
  },
  {
    name: 'role assignment list',
    summary: 'List role assignments.',
    longSummary: 'Without --scope, -g or --all only assignments made at the subscription scope are listed; use --all to see those on resource groups and resources too.',
    args: [
      assigneeArg,
      roleArg,
      scopeArg,
      groupArg,
      { dest: 'all', options: ['--all'], type: 'boolean', isFlag: true, help: 'List assignments at every scope in the subscription.' },
      inheritedArg,
    ],
    examples: [
      { summary: 'List the roles held on a registry.', command: 'az role assignment list --scope $registryID -o table' },
      { summary: 'List every assignment of one principal.', command: 'az role assignment list --assignee $principalID --all' },
    ],
    handler: roleAssignmentList,
    table: roleAssignmentTable,
  },
  {
    name: 'role assignment delete',
    summary: 'Delete the role assignments that match the filters.',
    args: [
      assigneeArg,
      roleArg,
      scopeArg,
      groupArg,
      { dest: 'ids', options: ['--ids'], type: 'list', help: 'Full IDs of the role assignments to delete.' },
      inheritedArg,
      { dest: 'yes', options: ['--yes', '-y'], type: 'boolean', isFlag: true, help: 'Confirm deleting every assignment at the subscription scope.' },
    ],
    examples: [{ summary: "Take AcrPush away from a task's identity on a registry.", command: 'az role assignment delete --assignee $principalID --role AcrPush --scope $registryID' }],
    handler: roleAssignmentDelete,
  },
];
