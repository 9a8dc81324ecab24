/**
 * `az acr repository list|show-tags` (facts §7): data-plane reads from the workstation, so the
 * registry firewall applies (same 403 text as `az acr login`). Handlers: ../handlers/acr-data.ts.
 */
import { repositoryList, repositoryShowTags } from '../handlers/acr-data';
import type { ArgDef, CommandDef, GroupDef } from '../types';
import { registryNameArg } from './acr-args';

const topArg: ArgDef = { dest: 'top', options: ['--top'], type: 'int', help: 'Return at most this many items.' };

/** Command groups declared here. */
export const groups: GroupDef[] = [{ name: 'acr repository', summary: 'Manage the repositories (image names) stored in a registry.' }];

/** Commands declared here. */
export const commands: CommandDef[] = [
  {
    name: 'acr repository list',
    summary: 'List the repositories of a registry.',
    args: [registryNameArg, topArg],
    examples: [{ summary: 'List repositories.', command: 'az acr repository list -n myregistry -o table' }],
    handler: repositoryList,
  },
  {
    name: 'acr repository show-tags',
    summary: 'List the tags of one repository.',
    args: [
      registryNameArg,
      { dest: 'repository', options: ['--repository'], type: 'string', required: true, help: 'Repository name, e.g. hello-world.' },
      topArg,
      { dest: 'orderby', options: ['--orderby'], type: 'enum', choices: ['time_asc', 'time_desc'], help: 'Sort by push time instead of by name.' },
    ],
    examples: [{ summary: 'List the tags of a repository.', command: 'az acr repository show-tags -n myregistry --repository hello-world -o tsv' }],
    handler: repositoryShowTags,
  },
];
