/**
 * The outcome matrix: every caller kind the lessons discuss, with its pull and push decisions
 * against one registry. The lab panel and the docs render it.
 */
import { callerLabel } from './callers';
import { decide } from './decide';
import { findRegistry } from './lookups';
import type { Caller, Decision, World } from './types';

export interface MatrixRow {
  caller: Caller;
  /** i18n key naming the caller (`model.caller.*`). */
  callerKey: string;
  /** Parameters of `callerKey` (the task name for task rows). */
  callerParams?: Record<string, string | number>;
  pull: Decision;
  push: Decision;
}

/** Callers of the matrix, in display order. */
export function matrixCallers(world: World, registry: string): Caller[] {
  const reg = findRegistry(world, registry);
  const tasks = reg ? world.tasks.filter((t) => t.registry === reg.name) : [];
  const taskCallers: Caller[] = tasks.length
    ? tasks.map((t) => ({ kind: 'acr-task', registry: t.registry, task: t.name }))
    : [{ kind: 'sample-task' }];
  return [
    { kind: 'workstation' },
    { kind: 'vnet-vm' },
    ...taskCallers,
    { kind: 'defender' },
    { kind: 'machine-learning', identity: 'system' },
    { kind: 'acr-import' },
    { kind: 'container-instances', identity: 'system' },
    { kind: 'app-service', identity: 'system' },
  ];
}

/** Pull and push decisions of every matrix caller against `registry`. */
export function outcomeMatrix(world: World, registry: string): MatrixRow[] {
  return matrixCallers(world, registry).map((caller) => {
    const label = callerLabel(caller);
    const row: MatrixRow = {
      caller,
      callerKey: label.key,
      pull: decide(world, { caller, operation: 'pull', registry }),
      push: decide(world, { caller, operation: 'push', registry }),
    };
    if (label.params) row.callerParams = label.params;
    return row;
  });
}
