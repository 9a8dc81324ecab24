/**
 * Typed failures and the az-shaped texts that users search for (facts §7). Exit codes:
 * 1 general (including az's run-time usage errors, which it raises as CLIError), 2 only for what
 * argparse itself rejects (e.g. an invalid enum choice), 3 resource not found (HTTP 404).
 */
import type { ModelError, OpResult, World } from './types';

/** Failure half of an OpResult. */
export type Failure = { ok: false; error: ModelError };

/** Success with the new world and the operation's value. */
export function ok<T>(world: World, value: T, warnings?: string[]): OpResult<T> {
  return warnings && warnings.length > 0 ? { ok: true, world, value, warnings } : { ok: true, world, value };
}

/** A typed failure. */
export function fail(code: string, message: string, exitCode: 1 | 2 | 3 = 1): Failure {
  return { ok: false, error: { code, message, exitCode } };
}

export const PREMIUM_ONLY = 'Network rules are only supported for managed registries in Premium SKU.';
export const CLASSIC_SKU = 'Classic SKU is no longer supported. Please select a managed SKU.';
export const DISABLE_PUBLIC_WARNING = 'Disabling the public endpoint overrides all firewall configurations.';
export const REGISTRY_NAME_RULE =
  'Registry names may contain only alpha numeric characters and must be between 5 and 50 characters';
export const TASK_CMD_OR_FILE =
  'Task can be created with either --cmd myCommand -c /dev/null or -f myFile -c myContext, but not both.';
export const ASSIGNEE_USAGE = 'usage error: --assignee STRING | --assignee-object-id GUID';

export const notSignedIn = (): Failure => fail('NotSignedIn', "Please run 'az login' to setup account.", 1);

export const groupNotFound = (rg: string): Failure =>
  fail('ResourceGroupNotFound', `(ResourceGroupNotFound) Resource group '${rg}' could not be found.`, 3);

export const registryNotFound = (world: World, name: string): Failure =>
  fail(
    'ResourceNotFound',
    `The resource with name '${name}' and type 'Microsoft.ContainerRegistry/registries' could not be found in subscription '${world.subscription.name} (${world.subscription.id})'.`,
    3,
  );

/**
 * ARM's 404 for `GET .../resourceGroups/<rg>/providers/Microsoft.ContainerRegistry/registries/<name>`:
 * what az prints when `-g` is given, since it then skips the subscription-wide lookup (acr
 * `_utils.get_resource_group_name_by_registry_name`) and calls the registry GET directly.
 */
export const registryNotFoundInGroup = (name: string, rg: string): Failure =>
  fail(
    'ResourceNotFound',
    `(ResourceNotFound) The Resource 'Microsoft.ContainerRegistry/registries/${name}' under resource group '${rg}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`,
    3,
  );

/** ARM's 404 for a nested resource (tasks, endpoint connections). */
export const childNotFound = (type: string, registry: string, name: string, rg: string): Failure =>
  fail(
    'ResourceNotFound',
    `(ResourceNotFound) The Resource 'Microsoft.ContainerRegistry/registries/${registry}/${type}/${name}' under resource group '${rg}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`,
    3,
  );

export const premiumOnly = (): Failure => fail('PremiumSkuRequired', PREMIUM_ONLY, 1);

export const disablingPublicNotSupported = (sku: string): Failure =>
  fail(
    'DisablingPublicNetworkAccessNotSupported',
    `(DisablingPublicNetworkAccessNotSupported) Disabling public network access is not supported for the SKU ${sku}.`,
    1,
  );

/** az's enum error, for callers that skip the CLI parser (facts §7 wording). */
export const invalidEnum = (command: string, value: string, flag: string, allowed: readonly string[]): Failure =>
  fail(
    'InvalidArgumentValue',
    `${command}: '${value}' is not a valid value for '${flag}'. Allowed values: ${allowed.join(', ')}.`,
    2,
  );
