/**
 * Public API of the access-decision model (contract: /tmp/model-api.md). Pure TypeScript:
 * no DOM, no Astro; only zod.
 */
export * from './types';
export * from './constants';
export { nextGuid, nextGuids, tick, nowIso } from './ids';
export { createWorld, serializeWorld, type CreateWorldOptions } from './world';
export { WorldSchema, DecisionSchema, parseWorld } from './schema';
export {
  findRegistry,
  findRegistryById,
  findGroup,
  findTask,
  findIdentity,
  registryId,
  loginServer,
  taskId,
  subscriptionScope,
  groupScope,
} from './lookups';
export { PREMIUM_ONLY, CLASSIC_SKU, DISABLE_PUBLIC_WARNING, REGISTRY_NAME_RULE, TASK_CMD_OR_FILE, ASSIGNEE_USAGE } from './errors';
export { signIn, signOut, createGroup, deleteGroup, requireRegistry } from './group-ops';
export { AZURE_REGIONS, regionName } from './regions';
export { createRegistry, updateRegistry, deleteRegistry, type CreateRegistryInput, type UpdateRegistryInput } from './registry-ops';
export { setRegistryProperty, SETTABLE_PATHS, LIST_PATHS, type SetPropertyInput } from './registry-set';
export {
  addIpRule,
  removeIpRule,
  addVnetRule,
  removeVnetRule,
  addPrivateEndpointConnection,
  setEndpointConnectionStatus,
  deletePrivateEndpointConnection,
} from './network-ops';
export { pushImage, importImage, type ImportImageInput, type ImportResult } from './image-ops';
export { createIdentity } from './identity-ops';
export { createTask, deleteTask, addTaskCredential, removeTaskCredential, type CreateTaskInput } from './task-ops';
export { ownImageOfStep, runAccess, runTask, runImages, RUN_DURATION_MS } from './run-ops';
export { assignRole, deleteRoleAssignments, listRoleAssignments, type AssignRoleInput, type RoleFilter } from './role-ops';
export { ROLE_DEFINITIONS, findRoleDefinition, roleGrants, scopeCovers, type RoleDefinition } from './roles';
export {
  decide,
  firewallDenialText,
  rbacDenialText,
  registryDenialText,
  UNAUTHENTICATED_TEXT,
  TASKS_REFRESH_TOKEN_TEXT,
} from './decide';
export { callerLabel } from './callers';
export { outcomeMatrix, matrixCallers, type MatrixRow } from './matrix';
export {
  TRUSTED_SERVICES,
  trustedService,
  callerService,
  type TrustedServiceRow,
  type TrustedServiceId,
  type BypassMode,
  type IdentityRequirement,
} from './trusted-services';
export { DECISION_ORDER, RULE_IDS, type DecisionRule } from './decision-order';
export { GoalSchema, CallerSchema, type Goal } from './goal-schema';
export { checkGoal, goalDescription } from './goals';
export { MODEL_MESSAGES, msg, formatMessage, type ModelMessageKey } from './messages';
