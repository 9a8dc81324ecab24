/**
 * Sign-in and resource groups. Every resource operation first checks the sign-in state
 * (facts §6: after `az logout` every resource command fails until `az login`).
 */
import { fail, groupNotFound, notSignedIn, ok, registryNotFound, registryNotFoundInGroup, type Failure } from './errors';
import { tick } from './ids';
import { findGroup, findRegistry, groupScope } from './lookups';
import { scopeCovers } from './roles';
import { locationNotAvailableForGroup, regionName, resourceGroupLocationMismatch } from './regions';
import { GROUP_NAME_PATTERN, normaliseLocation, sameName } from './validate';
import type { OpResult, Registry, ResourceGroup, World } from './types';

/** Failure when signed out, else null. */
export function signedOutError(world: World): Failure | null {
  return world.user.signedIn ? null : notSignedIn();
}

/** Registry by name (and group when given), or the az not-found error (exit 3). */
export function requireRegistry(world: World, name: string, resourceGroup?: string): Registry | Failure {
  const reg = findRegistry(world, name);
  if (resourceGroup === undefined) return reg ?? registryNotFound(world, name);
  // With -g az asks ARM for the registry in that group directly: ARM's 404s, group first.
  if (!findGroup(world, resourceGroup)) return groupNotFound(resourceGroup);
  return reg && sameName(reg.resourceGroup, resourceGroup) ? reg : registryNotFoundInGroup(name, resourceGroup);
}

/** Narrow a lookup result. */
export function isFailure(v: unknown): v is Failure {
  return typeof v === 'object' && v !== null && (v as { ok?: unknown }).ok === false;
}

/** `az login`: the lab user signs in again. */
export function signIn(world: World): OpResult<World['user']> {
  const user = { ...world.user, signedIn: true };
  return ok({ ...world, user }, user);
}

/** `az logout`. */
export function signOut(world: World): OpResult<World['user']> {
  const user = { ...world.user, signedIn: false };
  return ok({ ...world, user }, user);
}

/**
 * `az group create`: idempotent like az (an existing group in the same region is returned
 * unchanged); ARM refuses unknown regions and moving an existing group to another region.
 */
export function createGroup(world: World, input: { name: string; location: string }): OpResult<ResourceGroup> {
  const out = signedOutError(world);
  if (out) return out;
  const existing = findGroup(world, input.name);
  if (!existing && !GROUP_NAME_PATTERN.test(input.name)) {
    return fail(
      'InvalidResourceGroup',
      "(InvalidResourceGroup) Resource group names only allow alphanumeric characters, periods, underscores, hyphens and parenthesis and cannot end in a period.",
      1,
    );
  }
  if (normaliseLocation(input.location) === '') return fail('MissingLocation', 'the following arguments are required: --location/-l', 2);
  const location = regionName(input.location);
  if (location === null) return locationNotAvailableForGroup(input.location);
  if (existing) return existing.location === location ? ok(world, existing) : resourceGroupLocationMismatch(input.location, existing.location);
  const group: ResourceGroup = { name: input.name, location };
  return ok(tick({ ...world, resourceGroups: [...world.resourceGroups, group] }), group);
}

/** `az group delete`: removes the group with its registries, tasks, identities and role assignments. */
export function deleteGroup(world: World, input: { name: string }): OpResult<ResourceGroup> {
  const out = signedOutError(world);
  if (out) return out;
  const group = findGroup(world, input.name);
  if (!group) return groupNotFound(input.name);
  const scope = groupScope(world, group);
  const inGroup = (rg: string) => sameName(rg, group.name);
  const regs = world.registries.filter((r) => inGroup(r.resourceGroup));
  const next: World = {
    ...world,
    resourceGroups: world.resourceGroups.filter((g) => g !== group),
    registries: world.registries.filter((r) => !inGroup(r.resourceGroup)),
    tasks: world.tasks.filter((t) => !regs.some((r) => sameName(r.name, t.registry))),
    identities: world.identities.filter((i) => !inGroup(i.resourceGroup)),
    roleAssignments: world.roleAssignments.filter((a) => !scopeCovers(scope, a.scope)),
  };
  return ok(tick(next), group);
}
