/**
 * Micro-benchmark of the access decision (not a test). Run: npx tsx tests/bench/model-bench.ts
 * Targets: decide < 20 µs, a full outcomeMatrix < 1 ms (median).
 */
import {
  addIpRule,
  addPrivateEndpointConnection,
  addTaskCredential,
  assignRole,
  createGroup,
  createRegistry,
  createTask,
  createWorld,
  decide,
  outcomeMatrix,
  registryId,
  updateRegistry,
  type AccessRequest,
  type OpResult,
  type World,
} from '../../src/model/index';

function must<T>(r: OpResult<T>): { world: World; value: T } {
  if (!r.ok) throw new Error(r.error.message);
  return r;
}

/** A realistic lesson world: Premium registry, rules, a private endpoint, a configured task, many assignments. */
function benchWorld(): World {
  let w = createWorld();
  w = must(createGroup(w, { name: 'bench-rg', location: 'koreacentral' })).world;
  for (let i = 0; i < 20; i++) w = must(createRegistry(w, { name: `filler${String(i).padStart(3, '0')}`, resourceGroup: 'bench-rg', sku: 'Basic' })).world;
  w = must(createRegistry(w, { name: 'benchregistry', resourceGroup: 'bench-rg', sku: 'Premium', defaultAction: 'Deny' })).world;
  for (let i = 0; i < 50; i++) w = must(addIpRule(w, { registry: 'benchregistry', ipAddressOrRange: `192.0.2.${i}` })).world;
  w = must(addPrivateEndpointConnection(w, { registry: 'benchregistry', name: 'bench-pe', status: 'Pending' })).world;
  const t = must(createTask(w, { registry: 'benchregistry', name: 'bench-task', cmd: 'echo', assignIdentity: '[system]', authMode: 'None' }));
  w = t.world;
  const reg = w.registries.find((r) => r.name === 'benchregistry');
  if (!reg) throw new Error('no registry');
  w = must(assignRole(w, { assigneeObjectId: t.value.identity.principalId as string, role: 'AcrPush', scope: registryId(w, reg) })).world;
  w = must(addTaskCredential(w, { registry: 'benchregistry', task: 'bench-task', loginServer: 'benchregistry.azurecr.io', useIdentity: '[system]' })).world;
  return must(updateRegistry(w, { name: 'benchregistry', publicNetworkEnabled: false })).world;
}

/**
 * Median microseconds per call, measured in batches so timer resolution does not dominate.
 * Reports wall time and process CPU time: on a shared machine CPU time is the steadier number.
 */
function medianMicros(fn: () => unknown, batches: number, perBatch: number): { wall: number; cpu: number } {
  for (let i = 0; i < perBatch * 5; i++) fn(); // warm-up for the JIT
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let b = 0; b < batches; b++) {
    const start = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    for (let i = 0; i < perBatch; i++) fn();
    const c = process.cpuUsage(c0);
    wall.push(Number(process.hrtime.bigint() - start) / 1000 / perBatch);
    cpu.push((c.user + c.system) / perBatch);
  }
  const median = (xs: number[]) => xs.sort((a, c) => a - c)[Math.floor(xs.length / 2)];
  return { wall: median(wall), cpu: median(cpu) };
}

const world = benchWorld();
const cases: [string, AccessRequest, number][] = [
  ['decide: task push (trusted bypass, allowed)', { caller: { kind: 'acr-task', registry: 'benchregistry', task: 'bench-task' }, operation: 'push', registry: 'benchregistry' }, 20],
  ['decide: workstation pull (denied, with fixes)', { caller: { kind: 'workstation' }, operation: 'pull', registry: 'benchregistry' }, 20],
  ['decide: VM pull (pending endpoint, fixes)', { caller: { kind: 'vnet-vm' }, operation: 'pull', registry: 'benchregistry' }, 20],
];

const rows: [string, { wall: number; cpu: number }, number][] = cases.map(([name, req, target]) => [name, medianMicros(() => decide(world, req), 200, 200), target]);
rows.push(['outcomeMatrix (8 callers × pull/push)', medianMicros(() => outcomeMatrix(world, 'benchregistry'), 200, 20), 1000]);

const width = Math.max(...rows.map((r) => r[0].length));
console.log(`${'case'.padEnd(width)}  wall µs  cpu µs  target µs  ok (cpu)`);
for (const [name, t, target] of rows) {
  console.log(`${name.padEnd(width)}  ${t.wall.toFixed(2).padStart(7)}  ${t.cpu.toFixed(2).padStart(6)}  ${String(target).padStart(9)}  ${t.cpu < target ? 'yes' : 'NO'}`);
}
