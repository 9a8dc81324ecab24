/**
 * `az identity create`: user-assigned managed identities. ARM prints their ids with a
 * lower-case `resourcegroups` segment, and so do we.
 */
import { fail, groupNotFound, ok } from './errors';
import { signedOutError } from './group-ops';
import { nextGuids, tick } from './ids';
import { findGroup } from './lookups';
import { locationNotAvailableForType, regionName } from './regions';
import { IDENTITY_NAME_PATTERN, sameName } from './validate';
import type { OpResult, UserIdentity, World } from './types';

/** `az identity create -n -g [-l]`: returns the existing identity when the name is taken (ARM PUT). */
export function createIdentity(world: World, input: { name: string; resourceGroup: string; location?: string }): OpResult<UserIdentity> {
  const out = signedOutError(world);
  if (out) return out;
  const group = findGroup(world, input.resourceGroup);
  if (!group) return groupNotFound(input.resourceGroup);
  // No (or an empty) -l means the group's region (az's get_default_location_from_resource_group).
  const location = !input.location ? group.location : regionName(input.location);
  if (location === null) return locationNotAvailableForType(input.location ?? '', 'Microsoft.ManagedIdentity/userAssignedIdentities');
  const existing = world.identities.find((i) => sameName(i.name, input.name) && sameName(i.resourceGroup, group.name));
  if (existing) return ok(world, existing);
  if (!IDENTITY_NAME_PATTERN.test(input.name)) {
    return fail(
      'InvalidResourceName',
      `(InvalidResourceName) Resource name '${input.name}' is invalid. The name can contain only letters, digits, hyphens and underscores, start with a letter or digit, and be 3 to 128 characters long.`,
      1,
    );
  }
  const [[clientId, principalId], w] = nextGuids(world, 2);
  const identity: UserIdentity = {
    name: input.name,
    resourceGroup: group.name,
    location,
    id: `/subscriptions/${world.subscription.id}/resourcegroups/${group.name}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${input.name}`,
    clientId,
    principalId,
    tenantId: world.tenantId,
  };
  return ok(tick({ ...w, identities: [...w.identities, identity] }), identity);
}
