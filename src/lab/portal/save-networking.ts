/**
 * Saving the Networking page: the difference between the registry and the page's draft, applied
 * through the same model operations the CLI uses (`az acr network-rule add|remove`,
 * `az acr update`), so the portal and the terminal cannot disagree about the rules.
 */
import {
  addIpRule,
  findRegistry,
  removeIpRule,
  updateRegistry,
  type ModelError,
  type OpResult,
  type Registry,
  type UpdateRegistryInput,
  type World,
} from '../../model';
import { formFromRegistry, type NetworkingForm } from './networking-form';

export type SaveResult = { ok: true; world: World; registry: Registry } | { ok: false; error: ModelError };

type Step = (world: World) => OpResult<unknown>;

/**
 * Only the flags that change, as the portal sends only what the learner edited: passing an
 * unchanged `defaultAction` to a Basic registry would fail for no visible reason.
 */
export function registryPatch(reg: Registry, draft: NetworkingForm): Omit<UpdateRegistryInput, 'name'> | null {
  const patch: Omit<UpdateRegistryInput, 'name'> = {};
  const publicEnabled = draft.access !== 'disabled';
  if (publicEnabled !== (reg.publicNetworkAccess === 'Enabled')) patch.publicNetworkEnabled = publicEnabled;
  // Disabled keeps the firewall's default action: the closed endpoint overrides it anyway.
  const action = draft.access === 'all' ? 'Allow' : draft.access === 'selected' ? 'Deny' : reg.networkRuleSet.defaultAction;
  if (action !== reg.networkRuleSet.defaultAction) patch.defaultAction = action;
  if (draft.trustedServices !== (reg.networkRuleBypassOptions === 'AzureServices')) patch.allowTrustedServices = draft.trustedServices;
  return Object.keys(patch).length ? patch : null;
}

/**
 * Applies `draft` to the registry as it is in `world` now (last writer wins, like the portal's
 * single update). All or nothing: the first failing operation's error comes back and the world
 * stays as it was. IP rules are added before the default action turns to Deny.
 */
export function saveNetworking(world: World, registry: string, draft: NetworkingForm): SaveResult {
  const reg = findRegistry(world, registry);
  if (!reg) {
    const missing = updateRegistry(world, { name: registry });
    return missing.ok ? { ok: true, world, registry: missing.value } : missing;
  }
  const current = formFromRegistry(reg);
  const steps: Step[] = [
    ...current.ipRanges.filter((r) => !draft.ipRanges.includes(r)).map((r): Step => (w) => removeIpRule(w, { registry: reg.name, ipAddressOrRange: r })),
    ...draft.ipRanges.filter((r) => !current.ipRanges.includes(r)).map((r): Step => (w) => addIpRule(w, { registry: reg.name, ipAddressOrRange: r })),
  ];
  const patch = registryPatch(reg, draft);
  if (patch) steps.push((w) => updateRegistry(w, { name: reg.name, ...patch }));

  let next = world;
  for (const step of steps) {
    const result = step(next);
    if (!result.ok) return result;
    next = result.world;
  }
  const saved = findRegistry(next, reg.name);
  return saved ? { ok: true, world: next, registry: saved } : { ok: true, world, registry: reg };
}
