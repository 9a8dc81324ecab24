/**
 * Generic `az acr update --set/--add/--remove` on the registry paths the lessons use, e.g.
 * `--set networkRuleBypassAllowedForTasks=true` (facts §7). Scalar paths reuse `updateRegistry`
 * so every SKU rule still applies.
 */
import { fail, type Failure } from './errors';
import { isFailure, requireRegistry, signedOutError } from './group-ops';
import { addIpRule, removeIpRule } from './network-ops';
import { commitRegistry, updateRegistry, type UpdateRegistryInput } from './registry-ops';
import { parseBool, pickEnum } from './validate';
import type { OpResult, Registry, World } from './types';

export interface SetPropertyInput {
  name: string;
  path: string;
  value: string;
  op: 'set' | 'add' | 'remove';
}

/** Paths `--set` understands, in the casing az prints. */
export const SETTABLE_PATHS = [
  'adminUserEnabled',
  'anonymousPullEnabled',
  'networkRuleBypassAllowedForTasks',
  'networkRuleBypassOptions',
  'networkRuleSet.defaultAction',
  'publicNetworkAccess',
] as const;

/** List paths `--add/--remove` understand. */
export const LIST_PATHS = ['networkRuleSet.ipRules'] as const;

const TOP_LEVEL = ['adminUserEnabled', 'anonymousPullEnabled', 'networkRuleBypassAllowedForTasks', 'networkRuleBypassOptions', 'networkRuleSet', 'publicNetworkAccess'];

/** az's generic-update error for a path it cannot find. */
function unknownPath(path: string): Failure {
  const parts = path.split('.');
  const known = parts.length > 1 && parts[0].toLowerCase() === 'networkruleset';
  const missing = known ? parts[1] : parts[0];
  const options = known ? ['defaultAction', 'ipRules', 'virtualNetworkRules'] : TOP_LEVEL;
  return fail(
    'InvalidArgumentValue',
    `Couldn't find '${missing}' in '${known ? 'networkRuleSet' : ''}'. Available options: [${options.map((o) => `'${o}'`).join(', ')}]`,
    1,
  );
}

function badValue(path: string, value: string, allowed: readonly string[]): Failure {
  return fail('InvalidArgumentValue', `Invalid value '${value}' for '${path}'. Allowed values: ${allowed.join(', ')}.`, 1);
}

/** Map one scalar `--set` to a typed update, or an error. */
function scalarUpdate(path: string, value: string): Partial<UpdateRegistryInput> | 'tasks-flag' | Failure {
  const bool = parseBool(value);
  const needBool = (apply: (b: boolean) => Partial<UpdateRegistryInput>) => (bool === null ? badValue(path, value, ['true', 'false']) : apply(bool));
  switch (path) {
    case 'adminUserEnabled':
      return needBool((b) => ({ adminEnabled: b }));
    case 'anonymousPullEnabled':
      return needBool((b) => ({ anonymousPullEnabled: b }));
    case 'networkRuleBypassAllowedForTasks':
      return bool === null ? badValue(path, value, ['true', 'false']) : 'tasks-flag';
    case 'networkRuleBypassOptions': {
      const v = pickEnum(value, ['AzureServices', 'None'] as const);
      return v ? { allowTrustedServices: v === 'AzureServices' } : badValue(path, value, ['AzureServices', 'None']);
    }
    case 'publicNetworkAccess': {
      const v = pickEnum(value, ['Enabled', 'Disabled'] as const);
      return v ? { publicNetworkEnabled: v === 'Enabled' } : badValue(path, value, ['Enabled', 'Disabled']);
    }
    default: {
      const v = pickEnum(value, ['Allow', 'Deny'] as const);
      return v ? { defaultAction: v } : badValue(path, value, ['Allow', 'Deny']);
    }
  }
}

/** Value of an `--add networkRuleSet.ipRules ...` argument: `ipAddressOrRange=x`, `value=x`, JSON or bare. */
function ipFromAddValue(value: string): string {
  const v = value.trim();
  if (v.startsWith('{')) {
    try {
      const o: unknown = JSON.parse(v);
      if (o && typeof o === 'object') {
        const rec = o as Record<string, unknown>;
        const ip = Object.hasOwn(rec, 'ipAddressOrRange') ? rec.ipAddressOrRange : Object.hasOwn(rec, 'value') ? rec.value : '';
        return typeof ip === 'string' ? ip : '';
      }
    } catch {
      return v;
    }
  }
  const eq = v.indexOf('=');
  return eq >= 0 && /^(ipAddressOrRange|value)$/i.test(v.slice(0, eq)) ? v.slice(eq + 1) : v;
}

/** `az acr update -n <name> --set|--add|--remove <path> <value>`. */
export function setRegistryProperty(world: World, input: SetPropertyInput): OpResult<Registry> {
  const out = signedOutError(world);
  if (out) return out;
  const reg = requireRegistry(world, input.name);
  if (isFailure(reg)) return reg;
  if (input.op === 'add' || input.op === 'remove') {
    if (pickEnum(input.path, LIST_PATHS) === null) {
      return pickEnum(input.path, SETTABLE_PATHS) === null
        ? unknownPath(input.path)
        : fail('InvalidArgumentValue', `usage error: --${input.op} property.listProperty <key=value, string or JSON string>`, 1);
    }
    if (input.op === 'add') return addIpRule(world, { registry: reg.name, ipAddressOrRange: ipFromAddValue(input.value) });
    const index = /^\d+$/.test(input.value.trim()) ? Number(input.value.trim()) : -1;
    const rule = reg.networkRuleSet.ipRules[index];
    if (!rule) return fail('InvalidArgumentValue', `index ${input.value} doesn't exist on ipRules`, 1);
    return removeIpRule(world, { registry: reg.name, ipAddressOrRange: rule.ipAddressOrRange });
  }
  const path = pickEnum(input.path, SETTABLE_PATHS);
  if (path === null) return pickEnum(input.path, LIST_PATHS) ? fail('InvalidArgumentValue', `usage error: use --add or --remove for '${input.path}'`, 1) : unknownPath(input.path);
  const update = scalarUpdate(path, input.value);
  if (isFailure(update)) return update;
  if (update === 'tasks-flag') {
    // Exists on every SKU and profile; only the `current` profile consults it (facts §2).
    return commitRegistry(world, { ...reg, networkRuleBypassAllowedForTasks: parseBool(input.value) === true });
  }
  return updateRegistry(world, { name: reg.name, ...update });
}
