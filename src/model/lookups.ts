/**
 * Read-only lookups and derived ids. ARM compares names case-insensitively; stored names keep
 * the creator's casing.
 */
import { sameName } from './validate';
import type { AcrTask, Registry, ResourceGroup, UserIdentity, World } from './types';

const SUFFIX = '.azurecr.io';

/** Registry by name (case-insensitive); a `.azurecr.io` login server is accepted too. */
export function findRegistry(world: World, name: string): Registry | undefined {
  const n = name.toLowerCase().endsWith(SUFFIX) ? name.slice(0, -SUFFIX.length) : name;
  return world.registries.find((r) => sameName(r.name, n));
}

/** Registry by its ARM resource id (case-insensitive). */
export function findRegistryById(world: World, id: string): Registry | undefined {
  return world.registries.find((r) => sameName(registryId(world, r), id.replace(/\/+$/, '')));
}

/** Resource group by name (case-insensitive). */
export function findGroup(world: World, name: string): ResourceGroup | undefined {
  return world.resourceGroups.find((g) => sameName(g.name, name));
}

/** Task of a registry by name (case-insensitive). */
export function findTask(world: World, registry: string, name: string): AcrTask | undefined {
  return world.tasks.find((t) => sameName(t.registry, registry) && sameName(t.name, name));
}

/** User-assigned identity by name (optionally within a group), resource id, client id or principal id. */
export function findIdentity(world: World, nameOrId: string, group?: string): UserIdentity | undefined {
  return world.identities.find((i) =>
    nameOrId.startsWith('/')
      ? sameName(i.id, nameOrId)
      : (sameName(i.name, nameOrId) && (group === undefined || sameName(i.resourceGroup, group))) ||
        sameName(i.clientId, nameOrId) ||
        sameName(i.principalId, nameOrId),
  );
}

/** `/subscriptions/<sub>`. */
export function subscriptionScope(world: World): string {
  return `/subscriptions/${world.subscription.id}`;
}

/** `/subscriptions/<sub>/resourceGroups/<rg>` (with the group's stored casing when it exists). */
export function groupScope(world: World, group: string | ResourceGroup): string {
  const name = typeof group === 'string' ? (findGroup(world, group)?.name ?? group) : group.name;
  return `${subscriptionScope(world)}/resourceGroups/${name}`;
}

/** ARM resource id of a registry. */
export function registryId(world: World, reg: Registry): string {
  return `${groupScope(world, reg.resourceGroup)}/providers/Microsoft.ContainerRegistry/registries/${reg.name}`;
}

/** `<name lower-cased>.azurecr.io` (facts §2). */
export function loginServer(reg: Registry): string {
  return `${reg.name.toLowerCase()}${SUFFIX}`;
}

/** ARM resource id of a task. */
export function taskId(world: World, task: AcrTask): string {
  const reg = findRegistry(world, task.registry);
  const base = reg ? registryId(world, reg) : `${groupScope(world, task.resourceGroup)}/providers/Microsoft.ContainerRegistry/registries/${task.registry}`;
  return `${base}/tasks/${task.name}`;
}

/** Replace one registry (matched by name) with `next`. */
export function withRegistry(world: World, next: Registry): World {
  return { ...world, registries: world.registries.map((r) => (sameName(r.name, next.name) ? next : r)) };
}

/** Replace one task (matched by registry and name) with `next`. */
export function withTask(world: World, next: AcrTask): World {
  return {
    ...world,
    tasks: world.tasks.map((t) => (sameName(t.registry, next.registry) && sameName(t.name, next.name) ? next : t)),
  };
}
