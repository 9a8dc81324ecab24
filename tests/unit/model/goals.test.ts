/** Goals are checked against the world's state. */
import { describe, expect, it } from 'vitest';
import {
  GoalSchema,
  MODEL_MESSAGES,
  addIpRule,
  addPrivateEndpointConnection,
  checkGoal,
  goalDescription,
  runTask,
  type Goal,
} from '../../../src/model/index';
import { REG, must, registryWorld, workflowWorld } from './helpers';

const done = () => {
  let w = must(runTask(workflowWorld(), { registry: REG, task: 'hello-task' })).world;
  w = must(addIpRule(w, { registry: REG, ipAddressOrRange: '203.0.113.10' })).world;
  return must(addPrivateEndpointConnection(w, { registry: REG, name: 'lab-pe', status: 'Pending' })).world;
};

const task = { kind: 'acr-task' as const, registry: REG, task: 'hello-task' };

/** [goal, met in the finished workflow world, met in a fresh registry world]. */
const CASES: [Goal, boolean, boolean][] = [
  [{ kind: 'registry-exists', registry: REG }, true, true],
  [{ kind: 'registry-exists', registry: 'other' }, false, false],
  [{ kind: 'registry-property', registry: REG, path: 'publicNetworkAccess', equals: 'disabled' }, true, false],
  [{ kind: 'registry-property', registry: REG, path: 'networkRuleBypassAllowedForTasks', equals: 'false' }, true, true],
  [{ kind: 'registry-property', registry: REG, path: 'networkRuleSet.defaultAction', equals: 'Allow' }, true, true],
  [{ kind: 'registry-property', registry: REG, path: 'loginServer', equals: 'labregistry.azurecr.io' }, true, true],
  [{ kind: 'registry-property', registry: REG, path: 'nextRunNumber', equals: 2 }, true, false],
  [{ kind: 'registry-property', registry: REG, path: '__proto__.constructor', equals: 'x' }, false, false],
  [{ kind: 'trusted-services', registry: REG, enabled: true }, true, true],
  [{ kind: 'public-access', registry: REG, enabled: false }, true, false],
  [{ kind: 'task-exists', registry: REG, task: 'hello-task', identity: 'system' }, true, false],
  [{ kind: 'task-exists', registry: REG, task: 'hello-task', identity: 'user' }, false, false],
  [{ kind: 'task-exists', registry: REG, task: 'HELLO-TASK' }, true, false],
  [{ kind: 'task-credential', registry: REG, task: 'hello-task' }, true, false],
  [{ kind: 'task-credential', registry: REG, task: 'hello-task', loginServer: 'other.azurecr.io' }, false, false],
  [{ kind: 'role-assigned', principal: 'task:labregistry/hello-task', role: 'acrpush', scope: 'registry:labregistry' }, true, false],
  [{ kind: 'role-assigned', principal: 'user', role: 'Owner', scope: 'subscription' }, true, true],
  [{ kind: 'role-assigned', principal: 'user', role: 'Owner', scope: 'group:lab-rg' }, false, false],
  [{ kind: 'role-assigned', principal: 'user', role: 'Nope', scope: 'subscription' }, false, false],
  [{ kind: 'last-run', registry: REG, task: 'hello-task', status: 'Succeeded' }, true, false],
  [{ kind: 'decision', caller: task, operation: 'push', registry: REG, allowed: true }, true, false],
  [{ kind: 'decision', caller: { kind: 'workstation' }, operation: 'pull', registry: REG, allowed: false }, true, false],
  [{ kind: 'ip-rule', registry: REG, ip: '203.0.113.10' }, true, false],
  [{ kind: 'endpoint-status', registry: REG, status: 'Pending' }, true, false],
  [{ kind: 'endpoint-status', registry: REG, name: 'lab-pe', status: 'Approved' }, false, false],
  [{ kind: 'profile', profile: '2021' }, true, true],
  [{ kind: 'signed-in', value: false }, false, false],
  [{ kind: 'all', goals: [{ kind: 'registry-exists', registry: REG }, { kind: 'public-access', registry: REG, enabled: false }] }, true, false],
  [{ kind: 'any', goals: [{ kind: 'registry-exists', registry: 'nope' }, { kind: 'profile', profile: '2021' }] }, true, true],
];

describe.each(CASES)('goal %j', (goal, whenDone, atStart) => {
  it(`is ${whenDone ? '' : 'not '}met after the workflow and ${atStart ? '' : 'not '}at the start`, () => {
    expect(checkGoal(done(), goal)).toBe(whenDone);
    expect(checkGoal(registryWorld(), goal)).toBe(atStart);
  });

  it('parses with GoalSchema and has a declared description', () => {
    expect(GoalSchema.parse(goal)).toEqual(goal);
    const d = goalDescription(goal);
    expect(Object.hasOwn(MODEL_MESSAGES, d.key)).toBe(true);
  });
});

describe('GoalSchema', () => {
  it.each([
    [{ kind: 'nope' }],
    [{ kind: 'all', goals: [{ kind: 'registry-exists' }] }],
    [{ kind: 'decision', caller: { kind: 'robot' }, operation: 'pull', registry: REG, allowed: true }],
  ])('rejects %j', (bad) => {
    expect(GoalSchema.safeParse(bad).success).toBe(false);
  });
});
