/** Shared setup for the model tests: small builders over the public API. */
import {
  addTaskCredential,
  assignRole,
  createGroup,
  createRegistry,
  createTask,
  createWorld,
  registryId,
  updateRegistry,
  type OpResult,
  type Profile,
  type World,
} from '../../../src/model/index';

/** Unwrap a successful result, failing the test with the error otherwise. */
export function must<T>(r: OpResult<T>): { world: World; value: T; warnings?: string[] } {
  if (!r.ok) throw new Error(`expected success, got ${r.error.code}: ${r.error.message}`);
  return r;
}

/** Unwrap a failure. */
export function mustFail<T>(r: OpResult<T>) {
  if (r.ok) throw new Error('expected a failure');
  return r.error;
}

/** Recursively freeze, so any mutation inside the model throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export const RG = 'lab-rg';
export const REG = 'labregistry';

/** A world with one resource group and one registry (Premium unless told otherwise). */
export function registryWorld(profile: Profile = '2021', sku = 'Premium'): World {
  let w = createWorld({ profile });
  w = must(createGroup(w, { name: RG, location: 'koreacentral' })).world;
  return must(createRegistry(w, { name: REG, resourceGroup: RG, sku })).world;
}

/**
 * The seed's ACR Tasks workflow up to step 4: task with `[system]` and `--auth-mode None`,
 * AcrPush on the registry, a `[system]` credential, public access disabled.
 */
export function workflowWorld(profile: Profile = '2021', opts: { publicDisabled?: boolean } = {}): World {
  let w = registryWorld(profile);
  const task = must(createTask(w, { registry: REG, name: 'hello-task', cmd: '$Registry/hello-world', context: '/dev/null', assignIdentity: '[system]', authMode: 'None' }));
  w = task.world;
  const reg = w.registries[0];
  w = must(assignRole(w, { assigneeObjectId: task.value.identity.principalId as string, assigneePrincipalType: 'ServicePrincipal', role: 'AcrPush', scope: registryId(w, reg) })).world;
  w = must(addTaskCredential(w, { registry: REG, task: 'hello-task', loginServer: `${REG}.azurecr.io`, useIdentity: '[system]' })).world;
  if (opts.publicDisabled !== false) w = must(updateRegistry(w, { name: REG, publicNetworkEnabled: false })).world;
  return w;
}
