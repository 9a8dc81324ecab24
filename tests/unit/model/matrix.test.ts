/** The outcome matrix and the data it is rendered from. */
import { describe, expect, it } from 'vitest';
import { DECISION_ORDER, RULE_IDS, TRUSTED_SERVICES, callerService, createTask, matrixCallers, outcomeMatrix } from '../../../src/model/index';
import { REG, must, registryWorld, workflowWorld } from './helpers';

describe('outcomeMatrix', () => {
  it('lists the callers in order, with a sample task when the registry has none', () => {
    expect(outcomeMatrix(registryWorld(), REG).map((r) => r.callerKey)).toEqual([
      'model.caller.workstation',
      'model.caller.vnet-vm',
      'model.caller.sample-task',
      'model.caller.defender',
      'model.caller.machine-learning',
      'model.caller.acr-import',
      'model.caller.container-instances',
      'model.caller.app-service',
    ]);
  });

  it('shows each real task with its name, and the restricted registry as the seed describes (2021)', () => {
    const w = must(createTask(workflowWorld(), { registry: REG, name: 'second-task', cmd: 'echo' })).world;
    const rows = outcomeMatrix(w, REG);
    const byKey = (key: string, task?: string) => rows.find((r) => r.callerKey === key && (task === undefined || r.callerParams?.task === task));
    expect(byKey('model.caller.acr-task', 'hello-task')?.push.allowed).toBe(true);
    expect(byKey('model.caller.acr-task', 'second-task')?.push.allowed).toBe(false);
    expect(byKey('model.caller.workstation')?.pull.rule).toBe('network.public-access-disabled');
    expect(byKey('model.caller.defender')?.pull.allowed).toBe(true);
    expect(byKey('model.caller.container-instances')?.pull.allowed).toBe(false);
    expect(byKey('model.caller.app-service')?.pull.allowed).toBe(false);
  });
});

describe('DECISION_ORDER', () => {
  it('has unique rule ids, network rules in facts §3 step order', () => {
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
    const steps = DECISION_ORDER.map((r) => r.step);
    expect([...steps].sort()).toEqual(steps);
  });
});

describe('callerService', () => {
  it('maps every matrix caller to a trusted-services row, or none for the workstation and the VM', () => {
    const ids = matrixCallers(registryWorld(), REG).map(callerService);
    expect(ids).toEqual([null, null, 'acr-tasks', 'defender', 'machine-learning', 'acr-import', 'container-instances', 'app-service']);
    expect(TRUSTED_SERVICES.map((r) => r.id).sort()).toEqual(ids.filter((x) => x !== null).sort());
  });
});
