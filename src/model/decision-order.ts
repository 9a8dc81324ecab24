/**
 * The rules `decide` applies, in evaluation order (facts §3), as data for the docs page.
 * Step 1b is a bypass: it is consulted only when steps 1c-1e would deny, so an open registry
 * reports `network.default-allow` rather than a bypass nobody needed.
 */
import type { Layer } from './types';

export interface DecisionRule {
  /** Stable rule id, as in `Decision.rule`. */
  rule: string;
  layer: Layer;
  /** Step of facts §3 (`0` = before the registry is reached). */
  step: string;
  /** Whether the rule allows (true), denies (false) or can do either (null). */
  allows: boolean | null;
  /** Reason key(s) the rule emits. */
  reasonKeys: readonly string[];
}

/** All rule ids in evaluation order. */
export const DECISION_ORDER: readonly DecisionRule[] = [
  { rule: 'registry.not-found', layer: 'resource', step: '0', allows: false, reasonKeys: ['model.reason.registry-not-found'] },
  { rule: 'caller.task-not-found', layer: 'resource', step: '0', allows: false, reasonKeys: ['model.reason.task-not-found'] },
  { rule: 'network.external-source', layer: 'network', step: '0', allows: true, reasonKeys: ['model.reason.external-source'] },
  { rule: 'network.import-needs-resource-id', layer: 'network', step: '0', allows: false, reasonKeys: ['model.reason.import-needs-resource-id'] },
  { rule: 'network.private-endpoint', layer: 'network', step: '1a', allows: true, reasonKeys: ['model.reason.private-endpoint'] },
  { rule: 'network.trusted-identity-required', layer: 'network', step: '1b', allows: false, reasonKeys: ['model.reason.trusted-user-identity', 'model.reason.trusted-no-identity'] },
  { rule: 'network.service-endpoint-not-covered', layer: 'network', step: '1b', allows: false, reasonKeys: ['model.reason.service-endpoint-not-covered'] },
  { rule: 'network.trusted-service', layer: 'network', step: '1b', allows: true, reasonKeys: ['model.reason.trusted-service'] },
  { rule: 'network.tasks-bypass-flag', layer: 'network', step: '1b', allows: null, reasonKeys: ['model.reason.tasks-bypass-flag-on', 'model.reason.tasks-bypass-flag-off'] },
  { rule: 'network.public-access-disabled', layer: 'network', step: '1c', allows: false, reasonKeys: ['model.reason.public-access-disabled'] },
  { rule: 'network.default-allow', layer: 'network', step: '1d', allows: true, reasonKeys: ['model.reason.default-allow'] },
  { rule: 'network.ip-rule', layer: 'network', step: '1e', allows: true, reasonKeys: ['model.reason.ip-rule'] },
  { rule: 'network.service-endpoint', layer: 'network', step: '1e', allows: true, reasonKeys: ['model.reason.service-endpoint'] },
  { rule: 'network.default-deny', layer: 'network', step: '1e', allows: false, reasonKeys: ['model.reason.default-deny'] },
  { rule: 'authentication.anonymous-pull', layer: 'authentication', step: '2', allows: true, reasonKeys: ['model.reason.anonymous-pull'] },
  { rule: 'authentication.signed-out', layer: 'authentication', step: '2', allows: false, reasonKeys: ['model.reason.signed-out'] },
  { rule: 'authentication.no-credentials', layer: 'authentication', step: '2', allows: false, reasonKeys: ['model.reason.no-credentials'] },
  { rule: 'authorization.role', layer: 'authorization', step: '3', allows: true, reasonKeys: ['model.reason.role-registry', 'model.reason.role-group', 'model.reason.role-subscription'] },
  { rule: 'authorization.assumed-role', layer: 'authorization', step: '3', allows: null, reasonKeys: ['model.reason.assumed-role', 'model.reason.assumed-role-insufficient'] },
  { rule: 'authorization.task-run-token', layer: 'authorization', step: '3', allows: true, reasonKeys: ['model.reason.task-run-token'] },
  { rule: 'authorization.service-scanner', layer: 'authorization', step: '3', allows: null, reasonKeys: ['model.reason.service-scanner', 'model.reason.service-pull-only'] },
  { rule: 'authorization.import-read-only', layer: 'authorization', step: '3', allows: false, reasonKeys: ['model.reason.import-read-only'] },
  { rule: 'authorization.no-role', layer: 'authorization', step: '3', allows: false, reasonKeys: ['model.reason.no-role'] },
];

/** All rule ids, in order. */
export const RULE_IDS: readonly string[] = DECISION_ORDER.map((r) => r.rule);
