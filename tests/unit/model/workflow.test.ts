/** The seed's ACR Tasks workflow (facts §4), step by step, in both profiles. */
import { describe, expect, it } from 'vitest';
import {
  TASK_AGENT_IP,
  addTaskCredential,
  assignRole,
  createTask,
  registryDenialText,
  registryId,
  runTask,
  setRegistryProperty,
  updateRegistry,
  type World,
} from '../../../src/model/index';
import { REG, must, registryWorld } from './helpers';

const TASK = 'hello-task';

function run(w: World) {
  const r = must(runTask(w, { registry: REG, task: TASK }));
  return { world: r.world, run: r.value };
}

/** Steps 1-4 of the seed, returning the world after each. */
function steps(profile: '2021' | 'current') {
  const s1 = must(createTask(registryWorld(profile), { registry: REG, name: TASK, cmd: '$Registry/hello-world', context: '/dev/null', assignIdentity: '[system]', authMode: 'None', image: 'hello-world:{{.Run.ID}}' }));
  const principalId = s1.value.identity.principalId as string;
  const s2 = must(assignRole(s1.world, { assigneeObjectId: principalId, assigneePrincipalType: 'ServicePrincipal', role: 'AcrPush', scope: registryId(s1.world, s1.world.registries[0]) }));
  const s3 = must(addTaskCredential(s2.world, { registry: REG, task: TASK, loginServer: `${REG}.azurecr.io`, useIdentity: '[system]' }));
  const s4 = must(updateRegistry(s3.world, { name: REG, publicNetworkEnabled: false }));
  return { s1, s2, s3, s4, principalId };
}

describe('ACR Tasks workflow, profile 2021', () => {
  const { s1, s2, s3, s4, principalId } = steps('2021');

  it('step 1: the task has a system identity and no default credentials', () => {
    expect(s1.value.identity).toMatchObject({ type: 'SystemAssigned', principalId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(s1.value.authMode).toBe('None');
    const r = run(s1.world).run;
    expect(r.decision).toMatchObject({ allowed: false, rule: 'authentication.no-credentials' });
    expect(r.decision.fixes.map((f) => f.key)).toContain('model.fix.add-task-credential');
  });

  it('step 2: the role alone is not enough without a credential', () => {
    expect(s2.value).toMatchObject({ roleDefinitionName: 'AcrPush', principalId, principalType: 'ServicePrincipal' });
    expect(run(s2.world).run.decision.rule).toBe('authentication.no-credentials');
  });

  it('step 3: with the [system] credential the run succeeds on an open registry and pushes its image', () => {
    const { world, run: r } = run(s3.world);
    expect(r).toMatchObject({ runId: 'ca1', status: 'Succeeded' });
    expect(r.decision.trail).toEqual(['network.default-allow', 'authorization.role']);
    expect(world.registries[0].repositories).toEqual([{ name: 'hello-world', tags: ['ca1'] }]);
  });

  it('step 4 warns that disabling the public endpoint overrides the firewall', () => {
    expect(s4.warnings).toEqual(['Disabling the public endpoint overrides all firewall configurations.']);
    expect(s4.value.publicNetworkAccess).toBe('Disabled');
  });

  it('step 5: the run succeeds through the trusted-service bypass', () => {
    const r = run(s4.world).run;
    expect(r.status).toBe('Succeeded');
    expect(r.decision.trail).toEqual(['network.trusted-service', 'authorization.role']);
  });

  it('step 6: with trusted services off the next run fails at the network layer from the agent IP', () => {
    const first = run(s4.world);
    const off = must(updateRegistry(first.world, { name: REG, allowTrustedServices: false }));
    const { run: r, world } = run(off.world);
    expect(r).toMatchObject({ runId: 'ca2', status: 'Failed' });
    expect(r.decision).toMatchObject({ layer: 'network', rule: 'network.public-access-disabled', sourceIp: TASK_AGENT_IP });
    expect(registryDenialText(r.decision)).toBe(
      "denied: client with IP '198.51.100.7' is not allowed access. Refer https://aka.ms/acr/firewall to grant access.",
    );
    expect(r.decision.fixes[0]).toEqual({ key: 'model.fix.allow-trusted-services', params: { registry: REG } });
    expect(Date.parse(r.finishTime) - Date.parse(r.startTime)).toBe(5000);
    expect(world.registries[0].runs.map((x) => x.status)).toEqual(['Succeeded', 'Failed']);
  });

  it('without the role, the run fails with the RBAC denial', () => {
    const w = must(updateRegistry(must(addTaskCredential(s1.world, { registry: REG, task: TASK, loginServer: `${REG}.azurecr.io`, useIdentity: '[system]' })).world, { name: REG, publicNetworkEnabled: false })).world;
    const r = run(w).run;
    expect(r.decision).toMatchObject({ layer: 'authorization', rule: 'authorization.no-role' });
    expect(registryDenialText(r.decision)).toBe('unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.');
  });
});

describe('ACR Tasks workflow, profile current', () => {
  const { s4 } = steps('current');

  it('step 5 fails with the 403 token exchange while networkRuleBypassAllowedForTasks is false', () => {
    const r = run(s4.world).run;
    expect(r.status).toBe('Failed');
    expect(r.decision).toMatchObject({ layer: 'network', rule: 'network.tasks-bypass-flag', reason: { key: 'model.reason.tasks-bypass-flag-off' } });
    expect(registryDenialText(r.decision)).toBe('failed to get ACR refresh token, exchange API response code: 403 Forbidden');
    expect(r.decision.fixes[0].key).toBe('model.fix.tasks-bypass-flag');
  });

  it('succeeds after --set networkRuleBypassAllowedForTasks=true', () => {
    const w = must(setRegistryProperty(s4.world, { name: REG, path: 'networkRuleBypassAllowedForTasks', value: 'true', op: 'set' })).world;
    const r = run(w).run;
    expect(r.status).toBe('Succeeded');
    expect(r.decision.trail).toEqual(['network.tasks-bypass-flag', 'authorization.role']);
  });

  it('the 403 only concerns restricted registries: an open registry still works', () => {
    const w = must(updateRegistry(s4.world, { name: REG, publicNetworkEnabled: true })).world;
    expect(run(w).run.status).toBe('Succeeded');
  });
});

describe('default auth mode', () => {
  it('a task without credentials can push to its own open registry with the run token', () => {
    const w = must(createTask(registryWorld(), { registry: REG, name: 'plain-task', cmd: 'echo hi' })).world;
    const r = must(runTask(w, { registry: REG, task: 'plain-task' })).value;
    expect(r.decision).toMatchObject({ allowed: true, rule: 'authorization.task-run-token' });
  });

  it('but the run token is not a trusted identity: a restricted registry blocks it', () => {
    let w = must(createTask(registryWorld(), { registry: REG, name: 'plain-task', cmd: 'echo hi' })).world;
    w = must(updateRegistry(w, { name: REG, publicNetworkEnabled: false })).world;
    const d = must(runTask(w, { registry: REG, task: 'plain-task' })).value.decision;
    expect(d).toMatchObject({ allowed: false, rule: 'network.trusted-identity-required', reason: { key: 'model.reason.trusted-no-identity' } });
    expect(d.sourceIp).toBe('198.51.100.7');
  });
});
