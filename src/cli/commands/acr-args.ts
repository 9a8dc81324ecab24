/**
 * Arguments shared across `az acr ...` commands, registered once and reused (as the acr module's
 * `_params.py` registers `--name/-n`, `--registry/-r` and `--resource-group/-g` at the widest scope).
 */
import { normaliseRegistryName, stripRegistrySuffix } from '../errors';
import type { ArgDef } from '../types';

/** `--name -n` naming an existing registry (suffix stripped, name shape checked). */
export const registryNameArg: ArgDef = {
  dest: 'name',
  options: ['--name', '-n'],
  type: 'string',
  required: true,
  help: 'Name of the container registry (lower case). A trailing `.azurecr.io` is dropped.',
  completer: 'registry',
  validator: normaliseRegistryName,
};

/** `--name -n` of `acr create`: only the suffix is removed, the model reports name errors. */
export const newRegistryNameArg: ArgDef = { ...registryNameArg, validator: stripRegistrySuffix, completer: undefined };

/** `--registry -r` on task commands. */
export const taskRegistryArg: ArgDef = {
  dest: 'registry',
  options: ['--registry', '-r'],
  type: 'string',
  required: true,
  help: 'Name of the container registry that owns the task (lower case).',
  completer: 'registry',
  validator: normaliseRegistryName,
};

/** `--registry-name -r` on private-endpoint-connection commands. */
export const registryNameLongArg: ArgDef = { ...taskRegistryArg, options: ['--registry-name', '-r'], help: 'Name of the container registry.' };

/** `--name -n` of a task. */
export const taskNameArg: ArgDef = {
  dest: 'task',
  options: ['--name', '-n'],
  type: 'string',
  required: true,
  help: 'Name of the task.',
  completer: 'task',
};

/** Optional `--resource-group -g`: az finds the registry's group itself when it is omitted. */
export const groupArg: ArgDef = {
  dest: 'resourceGroup',
  options: ['--resource-group', '-g'],
  type: 'string',
  help: 'Resource group of the resource. Looked up from the resource name when omitted.',
  completer: 'group',
};

/** Required `--resource-group -g` (create commands). */
export const requiredGroupArg: ArgDef = {
  ...groupArg,
  required: true,
  help: 'Name of the resource group to create the resource in.',
};

/** `--yes -y`. */
export const yesArg: ArgDef = { dest: 'yes', options: ['--yes', '-y'], type: 'boolean', isFlag: true, help: 'Skip the confirmation prompt.' };

/** `true`/`false` argument with az's boolean choices (facts §7: booleans list `true, false`). */
export function boolArg(dest: string, option: string, help: string, group?: string): ArgDef {
  return { dest, options: [option], type: 'boolean', choices: ['false', 'true'], help, group };
}

/** Heading az uses for the firewall-related arguments of `acr create` / `acr update`. */
export const NETWORK_RULE_ARGS = 'Network Rule Arguments';

/** `--public-network-enabled`, `--default-action`, `--allow-trusted-services` for create/update. */
export function networkRuleArgs(isCreate: boolean): ArgDef[] {
  const dflt = isCreate ? ' Enabled unless set to false.' : '';
  return [
    boolArg('publicNetworkEnabled', '--public-network-enabled', `Whether the registry's public endpoint accepts traffic at all.${dflt}`, NETWORK_RULE_ARGS),
    {
      dest: 'defaultAction',
      options: ['--default-action'],
      type: 'enum',
      choices: ['Allow', 'Deny'],
      help: 'What the firewall does with a request that matches no IP rule. Premium SKU only.',
      group: NETWORK_RULE_ARGS,
    },
    {
      // Still a preview argument in azure-cli 2.45; az prints its preview warning when it is used.
      preview: true,
      ...boolArg(
        'allowTrustedServices',
        '--allow-trusted-services',
        `Let trusted Azure services pass the network rules (networkRuleBypassOptions=AzureServices). See https://aka.ms/acr/trusted-services.${dflt}`,
        NETWORK_RULE_ARGS,
      ),
    },
  ];
}
