/**
 * The whole command table of the simulated `az` (Azure CLI's `commands.py` split by module).
 * The parser, help, completion and docs all read ALL_COMMANDS / ALL_GROUPS.
 */
import type { CommandDef, GroupDef } from '../types';
import * as account from './account';
import * as acr from './acr';
import * as acrNetwork from './acr-network';
import * as acrRepository from './acr-repository';
import * as acrTask from './acr-task';
import * as group from './group';
import * as identity from './identity';
import * as role from './role';

const modules: Array<{ commands: CommandDef[]; groups: GroupDef[] }> = [
  account,
  group,
  acr,
  acrNetwork,
  acrRepository,
  acrTask,
  identity,
  role,
];

/** Every command, in module order. */
export const ALL_COMMANDS: readonly CommandDef[] = modules.flatMap((m) => m.commands);

/** Every declared command group. */
export const ALL_GROUPS: readonly GroupDef[] = modules.flatMap((m) => m.groups);
