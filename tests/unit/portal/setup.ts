/** Shared setup for the portal blade tests: a signed-in world with one registry. */
import { createGroup, createRegistry, createWorld, type OpResult, type World } from '~/model';

export const REG = 'myregistry';
export const CLIENT_IP = '203.0.113.10';

export function must<T>(r: OpResult<T>): World {
  if (!r.ok) throw new Error(`expected success, got ${r.error.code}: ${r.error.message}`);
  return r.world;
}

/** A world like lesson 4's start: a new registry of `sku` with the defaults. */
export function setup(sku = 'Premium'): World {
  let w = createWorld({ profile: '2021', workstationIp: CLIENT_IP });
  w = must(createGroup(w, { name: 'myresourcegroup', location: 'koreacentral' }));
  return must(createRegistry(w, { name: REG, resourceGroup: 'myresourcegroup', sku }));
}
