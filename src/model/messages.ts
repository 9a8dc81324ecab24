/**
 * Every message key the model can emit, with the placeholders its text must contain.
 * The texts live in src/i18n/{en,ko}/model.json; a unit test keeps the three in step.
 * Param values that are themselves `model.*` keys (caller names, operations, statuses) are
 * meant to be translated before substitution: `formatMessage` does that.
 */
import type { Message } from './types';

const P = {
  none: [] as const,
  reg: ['registry'] as const,
} as const;

/** Key → placeholder names. */
export const MODEL_MESSAGES = {
  'model.layer.resource': P.none,
  'model.layer.network': P.none,
  'model.layer.authentication': P.none,
  'model.layer.authorization': P.none,
  'model.operation.pull': P.none,
  'model.operation.push': P.none,
  'model.profile.2021': P.none,
  'model.profile.current': P.none,
  'model.caller.workstation': P.none,
  'model.caller.vnet-vm': P.none,
  'model.caller.acr-task': ['task'],
  'model.caller.sample-task': P.none,
  'model.caller.defender': P.none,
  'model.caller.machine-learning': P.none,
  'model.caller.acr-import': P.none,
  'model.caller.container-instances': P.none,
  'model.caller.app-service': P.none,
  'model.identity.system': P.none,
  'model.identity.user': P.none,
  'model.identity.none': P.none,
  'model.status.approved': P.none,
  'model.status.pending': P.none,
  'model.status.rejected': P.none,
  'model.status.disconnected': P.none,
  'model.run.succeeded': P.none,
  'model.run.failed': P.none,
  'model.run.canceled': P.none,
  'model.service.defender.name': P.none,
  'model.service.defender.scenario': P.none,
  'model.service.acr-tasks.name': P.none,
  'model.service.acr-tasks.scenario': P.none,
  'model.service.machine-learning.name': P.none,
  'model.service.machine-learning.scenario': P.none,
  'model.service.acr-import.name': P.none,
  'model.service.acr-import.scenario': P.none,
  'model.service.container-instances.name': P.none,
  'model.service.container-instances.scenario': P.none,
  'model.service.app-service.name': P.none,
  'model.service.app-service.scenario': P.none,
  'model.trusted.yes': P.none,
  'model.trusted.no': P.none,
  'model.trusted.tasks-flag': P.none,
  'model.requirement.none': P.none,
  'model.requirement.system': P.none,
  'model.requirement.system-or-user': P.none,
  // reasons
  'model.reason.registry-not-found': P.reg,
  'model.reason.task-not-found': ['task', 'registry'],
  'model.reason.run-registry-untouched': ['registry'],
  'model.reason.import-needs-resource-id': P.reg,
  'model.reason.external-source': ['source'],
  'model.reason.private-endpoint': ['endpoint'],
  'model.reason.trusted-service': P.none,
  'model.reason.tasks-bypass-flag-on': P.none,
  'model.reason.tasks-bypass-flag-off': P.none,
  'model.reason.service-endpoint-not-covered': P.none,
  'model.reason.trusted-user-identity': P.none,
  'model.reason.trusted-no-identity': P.none,
  'model.reason.public-access-disabled': ['ip'],
  'model.reason.default-allow': P.none,
  'model.reason.ip-rule': ['ip', 'rule'],
  'model.reason.service-endpoint': ['subnet'],
  'model.reason.default-deny': ['ip'],
  'model.reason.anonymous-pull': P.none,
  'model.reason.signed-out': P.none,
  'model.reason.no-credentials': P.none,
  'model.reason.role-registry': ['role'],
  'model.reason.role-group': ['role', 'group'],
  'model.reason.role-subscription': ['role'],
  'model.reason.no-role': ['operation'],
  'model.reason.assumed-role': ['role'],
  'model.reason.assumed-role-insufficient': ['role'],
  'model.reason.task-run-token': P.none,
  'model.reason.service-scanner': P.none,
  'model.reason.service-pull-only': P.none,
  'model.reason.import-read-only': P.none,
  // fixes
  'model.fix.allow-trusted-services': P.reg,
  'model.fix.tasks-bypass-flag': P.reg,
  'model.fix.enable-public-access': P.reg,
  'model.fix.add-ip-rule': ['registry', 'ip'],
  'model.fix.default-allow': P.reg,
  'model.fix.approve-private-endpoint': ['registry', 'endpoint'],
  'model.fix.remove-vnet-rules': P.reg,
  'model.fix.use-system-identity': P.none,
  'model.fix.enable-system-identity': ['task'],
  'model.fix.add-task-credential': ['task', 'loginServer'],
  'model.fix.enable-managed-identity': P.none,
  'model.fix.sign-in': P.none,
  'model.fix.enable-anonymous-pull': P.reg,
  'model.fix.assign-role': ['role', 'registry'],
  'model.fix.import-by-resource-id': P.reg,
  // goals
  'model.goal.registry-exists': P.reg,
  'model.goal.registry-property': ['registry', 'path', 'value'],
  'model.goal.trusted-services-on': P.reg,
  'model.goal.trusted-services-off': P.reg,
  'model.goal.public-access-on': P.reg,
  'model.goal.public-access-off': P.reg,
  'model.goal.task-exists': ['registry', 'task'],
  'model.goal.task-exists-system': ['registry', 'task'],
  'model.goal.task-exists-user': ['registry', 'task'],
  'model.goal.task-credential': ['registry', 'task'],
  'model.goal.task-credential-server': ['registry', 'task', 'loginServer'],
  'model.goal.role-assigned': ['principal', 'role', 'scope'],
  'model.goal.last-run': ['registry', 'task', 'status'],
  'model.goal.decision-allowed': ['caller', 'operation', 'registry'],
  'model.goal.decision-denied': ['caller', 'operation', 'registry'],
  'model.goal.ip-rule': ['registry', 'ip'],
  'model.goal.endpoint-status': ['registry', 'status'],
  'model.goal.endpoint-status-named': ['registry', 'name', 'status'],
  'model.goal.profile': ['profile'],
  'model.goal.signed-in': P.none,
  'model.goal.signed-out': P.none,
  'model.goal.all': ['count'],
  'model.goal.any': ['count'],
} as const satisfies Record<string, readonly string[]>;

/** A key the model may emit. */
export type ModelMessageKey = keyof typeof MODEL_MESSAGES;

/** Build a message; `params` omitted when empty so equal messages compare equal. */
export function msg(key: ModelMessageKey, params?: Record<string, string | number>): Message {
  return params && Object.keys(params).length > 0 ? { key, params } : { key };
}

/**
 * Render a message with a flat dictionary (`model.json` of one locale). Param values that are
 * keys in the dictionary are translated first (one level deep, with the same params, so
 * `{caller}` = `model.caller.acr-task` can still show `{task}`); unknown keys render as is.
 */
export function formatMessage(message: Message, texts: Readonly<Record<string, string>>): string {
  const lookup = (k: string): string | undefined => (Object.hasOwn(texts, k) ? texts[k] : undefined);
  const params = message.params ?? {};
  const fill = (template: string, nested: boolean): string =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      if (!Object.hasOwn(params, name)) return whole;
      const v = String(params[name]);
      const inner = nested ? undefined : lookup(v);
      return inner === undefined ? v : fill(inner, true);
    });
  return fill(lookup(message.key) ?? message.key, false);
}
