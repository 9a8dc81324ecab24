/**
 * The world the lab simulates, as plain JSON-serialisable data.
 *
 * Collections are arrays, never objects keyed by user input: a learner may name a
 * registry `__proto__`, and arrays keep such names inert.
 * Facts: ../shared/reference/acr-facts.md §2, §4, §6.
 */

/** `2021`: the seed document (ACR Tasks trusted). `current`: Azure since June 2025. */
export type Profile = '2021' | 'current';

export const WORLD_SCHEMA_VERSION = 1 as const;

export type Sku = 'Basic' | 'Standard' | 'Premium';

export interface IpRule {
  action: 'Allow';
  /** IPv4 address or CIDR range; the CLI prints this key (the REST wire name is `value`). */
  ipAddressOrRange: string;
}

export interface VirtualNetworkRule {
  action: 'Allow';
  /** Subnet resource ID reached through a service endpoint. */
  virtualNetworkResourceId: string;
}

export type EndpointStatus = 'Approved' | 'Pending' | 'Rejected' | 'Disconnected';

export interface PrivateEndpointConnection {
  id: string;
  name: string;
  privateEndpoint: { id: string };
  privateLinkServiceConnectionState: {
    status: EndpointStatus;
    description: string;
    actionsRequired: string;
  };
  provisioningState: 'Succeeded';
}

export interface Repository {
  name: string;
  tags: string[];
}

export interface TaskRun {
  runId: string;
  taskName: string;
  status: 'Succeeded' | 'Failed' | 'Canceled';
  /** ISO time stamps from the world's clock. */
  startTime: string;
  finishTime: string;
  /** The access decision that let the run in or stopped it (for logs and goals). */
  decision: Decision;
  /** The operation `decision` answered: `pull` (login, the step's image) or `push`. Absent in runs saved before it existed. */
  operation?: Operation;
}

export interface Registry {
  name: string;
  resourceGroup: string;
  location: string;
  sku: Sku;
  creationDate: string;
  publicNetworkAccess: 'Enabled' | 'Disabled';
  networkRuleSet: {
    defaultAction: 'Allow' | 'Deny';
    ipRules: IpRule[];
    virtualNetworkRules: VirtualNetworkRule[];
  };
  /** `AzureServices` means "allow trusted services" (the default). */
  networkRuleBypassOptions: 'AzureServices' | 'None';
  /** Only consulted in the `current` profile; always present in output. */
  networkRuleBypassAllowedForTasks: boolean;
  adminUserEnabled: boolean;
  anonymousPullEnabled: boolean;
  dataEndpointEnabled: boolean;
  zoneRedundancy: 'Enabled' | 'Disabled';
  privateEndpointConnections: PrivateEndpointConnection[];
  repositories: Repository[];
  runs: TaskRun[];
  /** Next run number: run IDs count up per registry (ca1, ca2, ...). */
  nextRunNumber: number;
}

export interface ResourceGroup {
  name: string;
  location: string;
}

export interface UserIdentity {
  name: string;
  resourceGroup: string;
  location: string;
  id: string;
  clientId: string;
  principalId: string;
  tenantId: string;
}

export interface TaskIdentity {
  type: 'None' | 'SystemAssigned' | 'UserAssigned' | 'SystemAssigned, UserAssigned';
  /** System-assigned identity, when there is one. */
  principalId: string | null;
  tenantId: string | null;
  /** Resource IDs of user-assigned identities attached to the task. */
  userAssignedIdentities: string[];
}

export interface TaskCredential {
  loginServer: string;
  /** `[system]` or the client ID of a user-assigned identity. */
  identity: string;
}

export interface AcrTask {
  name: string;
  /** Name of the registry the task belongs to (and runs against by default). */
  registry: string;
  resourceGroup: string;
  creationDate: string;
  identity: TaskIdentity;
  authMode: 'Default' | 'None';
  credentials: TaskCredential[];
  step:
    | { type: 'EncodedTask'; cmd: string; contextPath: string; imageNames: string[] }
    | { type: 'File'; taskFilePath: string; contextPath: string; imageNames: string[] };
  schedule: string | null;
  status: 'Enabled' | 'Disabled';
}

export type PrincipalType = 'User' | 'ServicePrincipal' | 'Group';

export type RoleName = 'AcrPull' | 'AcrPush' | 'AcrDelete' | 'Reader' | 'Contributor' | 'Owner';

export interface RoleAssignment {
  id: string;
  name: string;
  principalId: string;
  principalType: PrincipalType;
  roleDefinitionName: RoleName;
  roleDefinitionId: string;
  scope: string;
  createdOn: string;
}

export interface World {
  schemaVersion: typeof WORLD_SCHEMA_VERSION;
  profile: Profile;
  /** State of the seeded generator: GUIDs come from here, so output is reproducible. */
  rngState: number;
  /** Simulated "now", epoch milliseconds; advances a little with every operation. */
  clock: number;
  tenantId: string;
  subscription: { id: string; name: string };
  user: { name: string; objectId: string; signedIn: boolean };
  /** The learner's workstation public IPv4 (default 203.0.113.10). */
  workstationIp: string;
  resourceGroups: ResourceGroup[];
  registries: Registry[];
  identities: UserIdentity[];
  tasks: AcrTask[];
  roleAssignments: RoleAssignment[];
  /**
   * Images in the workstation's local Docker store (`docker pull`/`tag`), as full references
   * (`myregistry.azurecr.io/hello-world:v1`). Optional: absent means none. Owned by src/cli/docker.ts.
   */
  localImages?: string[];
  /**
   * Login servers the workstation's Docker holds credentials for (`az acr login`, `docker login`),
   * lower case. Optional: absent means none. Owned by src/cli/docker.ts.
   */
  dockerLogins?: string[];
}

/* ---------------------------------------------------------------- decisions */

export type Operation = 'pull' | 'push';

/** How a hypothetical service instance is set up to authenticate. */
export type ManagedIdentityKind = 'system' | 'user' | 'none';

export type Caller =
  /** The learner's workstation on the public internet, signed in as the lab user. */
  | { kind: 'workstation' }
  /** A VM inside a VNet; it uses the registry's private endpoint when one is Approved. */
  | { kind: 'vnet-vm' }
  /** A run of an ACR Task that exists in the world. */
  | { kind: 'acr-task'; registry: string; task: string }
  /**
   * A hypothetical, correctly configured task (system identity, `--auth-mode None`, a `[system]`
   * credential for the target and AcrPush): what the outcome matrix shows when a registry has no task.
   */
  | { kind: 'sample-task' }
  /** Microsoft Defender for Cloud image scanning. */
  | { kind: 'defender' }
  /** Azure Machine Learning workspace; identity with AcrPull assumed when not 'none'. */
  | { kind: 'machine-learning'; identity: ManagedIdentityKind }
  /** ACR import run by another registry in the same tenant, reading this one as source. */
  | { kind: 'acr-import'; targetRegistry?: string }
  /** Azure Container Instances; identity with AcrPull assumed when not 'none'. */
  | { kind: 'container-instances'; identity: ManagedIdentityKind }
  /** App Service; never trusted. */
  | { kind: 'app-service'; identity: ManagedIdentityKind };

export interface AccessRequest {
  caller: Caller;
  operation: Operation;
  /** Name of the target registry. */
  registry: string;
}

/** `resource`: the request never reached a registry (unknown registry or unknown task). */
export type Layer = 'resource' | 'network' | 'authentication' | 'authorization';

/** A message key with parameters; the UI renders it in Korean or English. */
export interface Message {
  key: string;
  params?: Record<string, string | number>;
}

export interface Decision {
  allowed: boolean;
  layer: Layer;
  /** Stable id of the rule that decided, e.g. `network.public-access-disabled`. */
  rule: string;
  reason: Message;
  /** When denied: the settings that would change the outcome. Empty when allowed. */
  fixes: Message[];
  /** Source IP the registry saw (for firewall messages), when on the public endpoint. */
  sourceIp?: string;
  /** Rule ids passed on the way, in order (e.g. network, then authorization); the last one decided. */
  trail?: string[];
}

/* ------------------------------------------------------------------ errors */

/** A typed failure from an operation; the CLI prints `message` after `ERROR: `. */
export interface ModelError {
  /** e.g. `ResourceNotFound`, `AlreadyInUse`, `InvalidArgument`, `NotSignedIn`. */
  code: string;
  /** English, az-shaped text (facts §7), printed verbatim by the CLI. */
  message: string;
  /** Process exit code the CLI should use: 1 general, 2 usage, 3 not found. */
  exitCode: 1 | 2 | 3;
}

export type OpResult<T> =
  | { ok: true; world: World; value: T; warnings?: string[] }
  | { ok: false; error: ModelError };
