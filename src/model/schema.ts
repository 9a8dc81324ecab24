/**
 * zod schema of the persisted world. The lab stores worlds in the browser; anything that does
 * not parse (or carries another schemaVersion) is rejected with a message, and the lab resets.
 */
import { z } from 'zod';
import { WORLD_SCHEMA_VERSION, type Decision, type World } from './types';

const str = z.string();
const msgSchema = z.object({ key: str, params: z.record(z.union([str, z.number()])).optional() });

/** A stored decision (inside task runs). */
export const DecisionSchema: z.ZodType<Decision> = z.object({
  allowed: z.boolean(),
  layer: z.enum(['resource', 'network', 'authentication', 'authorization']),
  rule: str,
  reason: msgSchema,
  fixes: z.array(msgSchema),
  sourceIp: str.optional(),
  trail: z.array(str).optional(),
});

const registrySchema = z.object({
  name: str.describe('Registry name as created (lower case)'),
  resourceGroup: str,
  location: str,
  sku: z.enum(['Basic', 'Standard', 'Premium']),
  creationDate: str,
  publicNetworkAccess: z.enum(['Enabled', 'Disabled']),
  networkRuleSet: z.object({
    defaultAction: z.enum(['Allow', 'Deny']),
    ipRules: z.array(z.object({ action: z.literal('Allow'), ipAddressOrRange: str })),
    virtualNetworkRules: z.array(z.object({ action: z.literal('Allow'), virtualNetworkResourceId: str })),
  }),
  networkRuleBypassOptions: z.enum(['AzureServices', 'None']).describe('"Allow trusted services"'),
  networkRuleBypassAllowedForTasks: z.boolean().describe('Consulted in the current profile only'),
  adminUserEnabled: z.boolean(),
  anonymousPullEnabled: z.boolean(),
  dataEndpointEnabled: z.boolean(),
  zoneRedundancy: z.enum(['Enabled', 'Disabled']),
  privateEndpointConnections: z.array(
    z.object({
      id: str,
      name: str,
      privateEndpoint: z.object({ id: str }),
      privateLinkServiceConnectionState: z.object({
        status: z.enum(['Approved', 'Pending', 'Rejected', 'Disconnected']),
        description: str,
        actionsRequired: str,
      }),
      provisioningState: z.literal('Succeeded'),
    }),
  ),
  repositories: z.array(z.object({ name: str, tags: z.array(str) })),
  runs: z.array(
    z.object({
      runId: str,
      taskName: str,
      status: z.enum(['Succeeded', 'Failed', 'Canceled']),
      startTime: str,
      finishTime: str,
      decision: DecisionSchema,
      operation: z.enum(['pull', 'push']).optional(),
    }),
  ),
  nextRunNumber: z.number().int().positive(),
});

const taskSchema = z.object({
  name: str,
  registry: str,
  resourceGroup: str,
  creationDate: str,
  identity: z.object({
    type: z.enum(['None', 'SystemAssigned', 'UserAssigned', 'SystemAssigned, UserAssigned']),
    principalId: str.nullable(),
    tenantId: str.nullable(),
    userAssignedIdentities: z.array(str),
  }),
  authMode: z.enum(['Default', 'None']),
  credentials: z.array(z.object({ loginServer: str, identity: str })),
  step: z.discriminatedUnion('type', [
    z.object({ type: z.literal('EncodedTask'), cmd: str, contextPath: str, imageNames: z.array(str) }),
    z.object({ type: z.literal('File'), taskFilePath: str, contextPath: str, imageNames: z.array(str) }),
  ]),
  schedule: str.nullable(),
  status: z.enum(['Enabled', 'Disabled']),
});

const roleNames = z.enum(['AcrPull', 'AcrPush', 'AcrDelete', 'Reader', 'Contributor', 'Owner']);

/** The whole world; `schemaVersion` must equal the current version. */
export const WorldSchema: z.ZodType<World> = z.object({
  schemaVersion: z.literal(WORLD_SCHEMA_VERSION),
  profile: z.enum(['2021', 'current']).describe('Behaviour profile (facts §1)'),
  rngState: z.number().int().describe('State of the seeded GUID generator'),
  clock: z.number().finite().describe('Simulated now, epoch milliseconds'),
  tenantId: str,
  subscription: z.object({ id: str, name: str }),
  user: z.object({ name: str, objectId: str, signedIn: z.boolean() }),
  workstationIp: str.describe('Public IPv4 of the learner workstation'),
  resourceGroups: z.array(z.object({ name: str, location: str })),
  registries: z.array(registrySchema),
  identities: z.array(
    z.object({ name: str, resourceGroup: str, location: str, id: str, clientId: str, principalId: str, tenantId: str }),
  ),
  tasks: z.array(taskSchema),
  roleAssignments: z.array(
    z.object({
      id: str,
      name: str,
      principalId: str,
      principalType: z.enum(['User', 'ServicePrincipal', 'Group']),
      roleDefinitionName: roleNames,
      roleDefinitionId: str,
      scope: str,
      createdOn: str,
    }),
  ),
  localImages: z.array(str).max(500).optional().describe('Images on the workstation (docker pull/tag)'),
  dockerLogins: z.array(str).max(500).optional().describe('Registries the workstation docker is logged in to'),
});

/** Validate stored data; a missing or other `schemaVersion` gets its own message. */
export function parseWorld(json: unknown): { ok: true; world: World } | { ok: false; error: string } {
  let data = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json);
    } catch {
      return { ok: false, error: 'Saved lab state is not valid JSON.' };
    }
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { ok: false, error: 'Saved lab state is not an object.' };
  const version = (data as { schemaVersion?: unknown }).schemaVersion;
  if (version !== WORLD_SCHEMA_VERSION) {
    return {
      ok: false,
      error: `Saved lab state has schemaVersion ${JSON.stringify(version) ?? 'undefined'}; this lab reads version ${WORLD_SCHEMA_VERSION} only.`,
    };
  }
  const res = WorldSchema.safeParse(data);
  if (res.success) return { ok: true, world: res.data };
  const issue = res.error.issues[0];
  return { ok: false, error: `Saved lab state is invalid at '${issue.path.join('.') || '(root)'}': ${issue.message}` };
}
