/**
 * Lesson goals as data (checked against the world, never against typed commands).
 */
import { z } from 'zod';
import type { Caller } from './types';

const identityKind = z.enum(['system', 'user', 'none']);

/** zod schema of a Caller. */
export const CallerSchema: z.ZodType<Caller> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('workstation') }),
  z.object({ kind: z.literal('vnet-vm') }),
  z.object({ kind: z.literal('acr-task'), registry: z.string(), task: z.string() }),
  z.object({ kind: z.literal('sample-task') }),
  z.object({ kind: z.literal('defender') }),
  z.object({ kind: z.literal('machine-learning'), identity: identityKind }),
  z.object({ kind: z.literal('acr-import'), targetRegistry: z.string().optional() }),
  z.object({ kind: z.literal('container-instances'), identity: identityKind }),
  z.object({ kind: z.literal('app-service'), identity: identityKind }),
]);

const reg = z.string().describe('Registry name');

/** One goal; `all`/`any` combine others. */
export type Goal =
  | { kind: 'registry-exists'; registry: string }
  | { kind: 'registry-property'; registry: string; path: string; equals: string | number | boolean }
  | { kind: 'trusted-services'; registry: string; enabled: boolean }
  | { kind: 'public-access'; registry: string; enabled: boolean }
  | { kind: 'task-exists'; registry: string; task: string; identity?: 'system' | 'user' }
  | { kind: 'task-credential'; registry: string; task: string; loginServer?: string }
  | { kind: 'role-assigned'; principal: string; role: string; scope: string }
  | { kind: 'last-run'; registry: string; task: string; status: 'Succeeded' | 'Failed' | 'Canceled' }
  | { kind: 'decision'; caller: Caller; operation: 'pull' | 'push'; registry: string; allowed: boolean }
  | { kind: 'ip-rule'; registry: string; ip: string }
  | { kind: 'endpoint-status'; registry: string; name?: string; status: 'Approved' | 'Pending' | 'Rejected' | 'Disconnected' }
  | { kind: 'profile'; profile: '2021' | 'current' }
  | { kind: 'signed-in'; value: boolean }
  | { kind: 'all'; goals: Goal[] }
  | { kind: 'any'; goals: Goal[] };

/** zod schema of a Goal (discriminated on `kind`). */
export const GoalSchema: z.ZodType<Goal> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('registry-exists'), registry: reg }),
  z.object({
    kind: z.literal('registry-property'),
    registry: reg,
    path: z.string().describe('Dotted path in `az acr show` output, e.g. networkRuleSet.defaultAction'),
    equals: z.union([z.string(), z.number(), z.boolean()]),
  }),
  z.object({ kind: z.literal('trusted-services'), registry: reg, enabled: z.boolean() }),
  z.object({ kind: z.literal('public-access'), registry: reg, enabled: z.boolean() }),
  z.object({ kind: z.literal('task-exists'), registry: reg, task: z.string(), identity: z.enum(['system', 'user']).optional() }),
  z.object({ kind: z.literal('task-credential'), registry: reg, task: z.string(), loginServer: z.string().optional() }),
  z.object({
    kind: z.literal('role-assigned'),
    principal: z.string().describe("'task:<registry>/<task>', 'user', or a principal GUID"),
    role: z.string(),
    scope: z.string().describe("'registry:<name>', 'group:<name>', 'subscription', or a full scope id"),
  }),
  z.object({ kind: z.literal('last-run'), registry: reg, task: z.string(), status: z.enum(['Succeeded', 'Failed', 'Canceled']) }),
  z.object({ kind: z.literal('decision'), caller: CallerSchema, operation: z.enum(['pull', 'push']), registry: reg, allowed: z.boolean() }),
  z.object({ kind: z.literal('ip-rule'), registry: reg, ip: z.string() }),
  z.object({
    kind: z.literal('endpoint-status'),
    registry: reg,
    name: z.string().optional(),
    status: z.enum(['Approved', 'Pending', 'Rejected', 'Disconnected']),
  }),
  z.object({ kind: z.literal('profile'), profile: z.enum(['2021', 'current']) }),
  z.object({ kind: z.literal('signed-in'), value: z.boolean() }),
  z.object({ kind: z.literal('all'), goals: z.lazy(() => z.array(GoalSchema)) }),
  z.object({ kind: z.literal('any'), goals: z.lazy(() => z.array(GoalSchema)) }),
]);
