import { describe, expect, it } from 'vitest';
import { TRUSTED_SERVICES, decide, setRegistryProperty, updateRegistry, type Caller, type Profile } from '../../../src/model/index';
import { REG, must, workflowWorld } from './helpers';

/** Facts §4, written out by hand so the data table cannot vouch for itself. */
const TABLE: [string, Caller, Record<Profile, boolean>][] = [
  ['Defender for Cloud', { kind: 'defender' }, { '2021': true, current: true }],
  ['ACR Tasks (system identity)', { kind: 'acr-task', registry: REG, task: 'hello-task' }, { '2021': true, current: false }],
  ['Machine Learning (system)', { kind: 'machine-learning', identity: 'system' }, { '2021': true, current: true }],
  ['ACR import', { kind: 'acr-import' }, { '2021': true, current: true }],
  ['Container Instances (system)', { kind: 'container-instances', identity: 'system' }, { '2021': false, current: true }],
  ['App Service (system)', { kind: 'app-service', identity: 'system' }, { '2021': false, current: false }],
];

const rows = TABLE.flatMap(([name, caller, expected]) =>
  (['2021', 'current'] as const).map((profile) => ({ name, caller, profile, allowed: expected[profile] })),
);

describe.each(rows)('$name in profile $profile, public access disabled', ({ caller, profile, allowed }) => {
  it(`pull is ${allowed ? 'allowed' : 'denied'} while trusted services are allowed`, () => {
    const d = decide(workflowWorld(profile), { caller, operation: 'pull', registry: REG });
    expect(d.allowed).toBe(allowed);
    if (!allowed) expect(d.layer).toBe('network');
  });

  it('pull is denied at the network layer once trusted services are off', () => {
    const w = must(updateRegistry(workflowWorld(profile), { name: REG, allowTrustedServices: false })).world;
    const d = decide(w, { caller, operation: 'pull', registry: REG });
    expect(d.allowed).toBe(false);
    expect(d.layer).toBe('network');
    expect(d.sourceIp).toMatch(/^198\.51\.100\./);
  });
});

describe('the data table matches facts §4', () => {
  it.each([
    ['defender', 'allow-trusted-services', 'allow-trusted-services', 'none'],
    ['acr-tasks', 'allow-trusted-services', 'tasks-flag', 'system'],
    ['machine-learning', 'allow-trusted-services', 'allow-trusted-services', 'system'],
    ['acr-import', 'allow-trusted-services', 'allow-trusted-services', 'none'],
    ['container-instances', null, 'allow-trusted-services', 'system-or-user'],
    ['app-service', null, null, 'system'],
  ])('%s: 2021=%s current=%s identity=%s', (id, y2021, current, identity) => {
    const row = TRUSTED_SERVICES.find((r) => r.id === id);
    expect(row?.bypass).toEqual({ '2021': y2021, current });
    expect(row?.identity).toBe(identity);
  });
});

describe('trusted bypass only matters when the public rules deny', () => {
  it('an open registry reports the default-allow rule, not a bypass', () => {
    const w = workflowWorld('2021', { publicDisabled: false });
    const d = decide(w, { caller: { kind: 'defender' }, operation: 'pull', registry: REG });
    expect(d.trail).toEqual(['network.default-allow', 'authorization.service-scanner']);
  });

  it('in current, the tasks flag alone decides (even with trusted services off)', () => {
    let w = must(updateRegistry(workflowWorld('current'), { name: REG, allowTrustedServices: false })).world;
    w = must(setRegistryProperty(w, { name: REG, path: 'networkRuleBypassAllowedForTasks', value: 'true', op: 'set' })).world;
    const d = decide(w, { caller: { kind: 'acr-task', registry: REG, task: 'hello-task' }, operation: 'push', registry: REG });
    expect(d).toMatchObject({ allowed: true, trail: ['network.tasks-bypass-flag', 'authorization.role'] });
  });

  it('in 2021 the tasks flag changes nothing', () => {
    let w = must(updateRegistry(workflowWorld('2021'), { name: REG, allowTrustedServices: false })).world;
    w = must(setRegistryProperty(w, { name: REG, path: 'networkRuleBypassAllowedForTasks', value: 'true', op: 'set' })).world;
    const d = decide(w, { caller: { kind: 'acr-task', registry: REG, task: 'hello-task' }, operation: 'push', registry: REG });
    expect(d).toMatchObject({ allowed: false, rule: 'network.public-access-disabled' });
  });
});
