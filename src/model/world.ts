/**
 * Creating and serialising the world. Parsing/validation lives in schema.ts.
 */
import {
  DEFAULT_WORKSTATION_IP,
  LAB_OWNER_ASSIGNMENT_NAME,
  LAB_START_TIME,
  LAB_SUBSCRIPTION_ID,
  LAB_SUBSCRIPTION_NAME,
  LAB_TENANT_ID,
  LAB_USER_NAME,
  LAB_USER_OBJECT_ID,
} from './constants';
import { roleDefinitionId } from './roles';
import { WORLD_SCHEMA_VERSION, type Profile, type World } from './types';

/** Options for a fresh world. */
export interface CreateWorldOptions {
  profile?: Profile;
  workstationIp?: string;
  /** Seed of the GUID generator (any integer). */
  seed?: number;
}

/**
 * A fresh world: the lab user is signed in and Owner of the subscription through an assignment
 * at subscription scope (facts §6); no groups or registries yet.
 */
export function createWorld(opts: CreateWorldOptions = {}): World {
  const subScope = `/subscriptions/${LAB_SUBSCRIPTION_ID}`;
  return {
    schemaVersion: WORLD_SCHEMA_VERSION,
    profile: opts.profile ?? '2021',
    rngState: (opts.seed ?? 20210519) | 0,
    clock: LAB_START_TIME,
    tenantId: LAB_TENANT_ID,
    subscription: { id: LAB_SUBSCRIPTION_ID, name: LAB_SUBSCRIPTION_NAME },
    user: { name: LAB_USER_NAME, objectId: LAB_USER_OBJECT_ID, signedIn: true },
    workstationIp: opts.workstationIp ?? DEFAULT_WORKSTATION_IP,
    resourceGroups: [],
    registries: [],
    identities: [],
    tasks: [],
    roleAssignments: [
      {
        id: `${subScope}/providers/Microsoft.Authorization/roleAssignments/${LAB_OWNER_ASSIGNMENT_NAME}`,
        name: LAB_OWNER_ASSIGNMENT_NAME,
        principalId: LAB_USER_OBJECT_ID,
        principalType: 'User',
        roleDefinitionName: 'Owner',
        roleDefinitionId: roleDefinitionId(LAB_SUBSCRIPTION_ID, 'Owner'),
        scope: subScope,
        createdOn: new Date(LAB_START_TIME).toISOString(),
      },
    ],
  };
}

/** Recursively sorted copy, so equal worlds serialise to identical text. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[k];
      if (v !== undefined) Object.defineProperty(out, k, { value: sortKeys(v), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}

/** Stable JSON (keys sorted, no indentation) for storage and snapshots. */
export function serializeWorld(world: World): string {
  return JSON.stringify(sortKeys(world));
}
