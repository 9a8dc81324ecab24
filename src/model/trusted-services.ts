/**
 * The trusted-services table per behaviour profile (facts §1, §4) as data: `decide` reads it and
 * the docs reference page renders it, so the two cannot drift.
 * Sources: learn.microsoft.com/azure/container-registry/allow-access-trusted-services (2021 and
 * current revisions); the ACR Tasks change of March-June 2025 ("networkRuleBypassAllowedForTasks").
 */
import type { ModelMessageKey } from './messages';
import type { Caller, Profile } from './types';

export type TrustedServiceId =
  | 'defender'
  | 'acr-tasks'
  | 'machine-learning'
  | 'acr-import'
  | 'container-instances'
  | 'app-service';

/**
 * How a service may pass a restricted registry in a profile:
 * `allow-trusted-services` → only while `networkRuleBypassOptions == AzureServices`;
 * `tasks-flag` → only while `networkRuleBypassAllowedForTasks == true` (current profile, ACR Tasks);
 * `null` → never (not a trusted service).
 */
export type BypassMode = 'allow-trusted-services' | 'tasks-flag' | null;

/** Managed identity the service instance must use for the bypass. */
export type IdentityRequirement = 'none' | 'system' | 'system-or-user';

export interface TrustedServiceRow {
  id: TrustedServiceId;
  nameKey: ModelMessageKey;
  scenarioKey: ModelMessageKey;
  bypass: Readonly<Record<Profile, BypassMode>>;
  identity: IdentityRequirement;
  /** Role the identity needs on the registry for the documented scenario, or null. */
  role: 'AcrPull' | 'AcrPush' | null;
}

/** One row per service of facts §4, in the docs' order. */
export const TRUSTED_SERVICES: readonly TrustedServiceRow[] = [
  {
    id: 'defender',
    nameKey: 'model.service.defender.name',
    scenarioKey: 'model.service.defender.scenario',
    bypass: { '2021': 'allow-trusted-services', current: 'allow-trusted-services' },
    identity: 'none',
    role: null,
  },
  {
    // Removed from the trusted list in March 2025; a per-registry flag replaced it (facts §1).
    id: 'acr-tasks',
    nameKey: 'model.service.acr-tasks.name',
    scenarioKey: 'model.service.acr-tasks.scenario',
    bypass: { '2021': 'allow-trusted-services', current: 'tasks-flag' },
    identity: 'system',
    role: 'AcrPush',
  },
  {
    id: 'machine-learning',
    nameKey: 'model.service.machine-learning.name',
    scenarioKey: 'model.service.machine-learning.scenario',
    bypass: { '2021': 'allow-trusted-services', current: 'allow-trusted-services' },
    identity: 'system',
    role: 'AcrPull',
  },
  {
    id: 'acr-import',
    nameKey: 'model.service.acr-import.name',
    scenarioKey: 'model.service.acr-import.scenario',
    bypass: { '2021': 'allow-trusted-services', current: 'allow-trusted-services' },
    identity: 'none',
    role: null,
  },
  {
    // Added to the list in January 2022, with system- or user-assigned identity (facts §1).
    id: 'container-instances',
    nameKey: 'model.service.container-instances.name',
    scenarioKey: 'model.service.container-instances.scenario',
    bypass: { '2021': null, current: 'allow-trusted-services' },
    identity: 'system-or-user',
    role: 'AcrPull',
  },
  {
    id: 'app-service',
    nameKey: 'model.service.app-service.name',
    scenarioKey: 'model.service.app-service.scenario',
    bypass: { '2021': null, current: null },
    identity: 'system',
    role: 'AcrPull',
  },
];

/** Row of a service. */
export function trustedService(id: TrustedServiceId): TrustedServiceRow {
  return TRUSTED_SERVICES.find((r) => r.id === id) as TrustedServiceRow;
}

/** The service a caller is an instance of, or null for the workstation and the VM. */
export function callerService(caller: Caller): TrustedServiceId | null {
  switch (caller.kind) {
    case 'acr-task':
    case 'sample-task':
      return 'acr-tasks';
    case 'defender':
    case 'machine-learning':
    case 'acr-import':
    case 'container-instances':
    case 'app-service':
      return caller.kind;
    default:
      return null;
  }
}
