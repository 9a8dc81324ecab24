/**
 * `az acr task` and `az acr task credential` (facts §4 workflow, §7).
 * Declarations only; handlers live in ../handlers/acr-task.ts.
 */
import {
  credentialAdd,
  credentialList,
  credentialRemove,
  taskCreate,
  taskDelete,
  taskList,
  taskListRuns,
  taskLogs,
  taskRun,
  taskShow,
} from '../handlers/acr-task';
import { runTable } from '../handlers/run-view';
import { taskTable } from '../handlers/task-view';
import type { ArgDef, CommandDef, GroupDef } from '../types';
import { boolArg, groupArg, taskNameArg, taskRegistryArg, yesArg } from './acr-args';

const TRIGGERS = 'Trigger Arguments';
const optionalTaskArg: ArgDef = { ...taskNameArg, required: false, help: 'Only runs of this task.' };
const loginServerArg: ArgDef = {
  dest: 'loginServer',
  options: ['--login-server'],
  type: 'string',
  required: true,
  help: 'Login server of the registry the credential is for, e.g. myregistry.azurecr.io.',
};

/** Command groups declared here. */
export const groups: GroupDef[] = [
  { name: 'acr task', summary: 'Manage ACR Tasks: container build and run steps that execute in Azure.' },
  { name: 'acr task credential', summary: 'Manage the registry credentials a task logs in with.' },
];

/** Commands declared here. */
export const commands: CommandDef[] = [
  {
    name: 'acr task create',
    summary: 'Create a task that runs a command or a task file on an ACR Tasks agent.',
    args: [
      taskNameArg,
      taskRegistryArg,
      { dest: 'context', options: ['--context', '-c'], type: 'string', help: "Source context: a git URL, a tarball URL, or '/dev/null' for none. Required." },
      { dest: 'cmd', options: ['--cmd'], type: 'string', help: 'Command (an image and its arguments) to run. Use with -c /dev/null.' },
      { dest: 'file', options: ['--file', '-f'], type: 'string', help: 'Task file (.yaml) or Dockerfile, relative to the context.' },
      { dest: 'image', options: ['--image', '-t'], type: 'list', help: "Image name and tag to build and push, e.g. 'hello-world:{{.Run.ID}}'." },
      {
        dest: 'assignIdentity',
        options: ['--assign-identity'],
        type: 'list',
        allowEmptyList: true,
        help: "Managed identities for the task: '[system]' for the system-assigned one (the default when no value is given), or a user identity resource ID.",
      },
      { dest: 'authMode', options: ['--auth-mode'], type: 'enum', choices: ['Default', 'None'], help: "How the run authenticates to its own registry. 'None' turns the automatic run token off." },
      groupArg,
      boolArg('commitTriggerEnabled', '--commit-trigger-enabled', 'Run the task on commits to the git context repository. On unless set to false.', TRIGGERS),
      boolArg('pullRequestTriggerEnabled', '--pull-request-trigger-enabled', 'Run the task on pull requests to the git context repository. Off unless set to true.', TRIGGERS),
      {
        dest: 'gitAccessToken',
        options: ['--git-access-token'],
        type: 'string',
        group: TRIGGERS,
        help: 'Token for the git context repository; needed while the commit or pull-request trigger is on.',
      },
      { dest: 'schedule', options: ['--schedule'], type: 'string', group: TRIGGERS, help: "Timer trigger as a cron expression, e.g. '0 21 * * *'." },
    ],
    examples: [
      {
        summary: 'Create a task with a system-assigned identity and the default registry login turned off.',
        command:
          "az acr task create -n hello-world -r myregistry -c /dev/null --cmd 'myregistry.azurecr.io/hello-world:v1' --assign-identity [system] --auth-mode None",
      },
    ],
    handler: taskCreate,
    table: taskTable,
  },
  {
    name: 'acr task show',
    summary: 'Show the properties of a task.',
    args: [taskNameArg, taskRegistryArg, groupArg],
    examples: [{ summary: "Print the principal ID of the task's system identity.", command: 'az acr task show -n hello-world -r myregistry --query identity.principalId -o tsv' }],
    handler: taskShow,
    table: taskTable,
  },
  {
    name: 'acr task list',
    summary: 'List the tasks of a registry.',
    args: [taskRegistryArg, groupArg],
    examples: [{ summary: 'List tasks as a table.', command: 'az acr task list -r myregistry -o table' }],
    handler: taskList,
    table: taskTable,
  },
  {
    name: 'acr task delete',
    summary: 'Delete a task.',
    args: [taskNameArg, taskRegistryArg, groupArg, yesArg],
    examples: [{ summary: 'Delete a task without a prompt.', command: 'az acr task delete -n hello-world -r myregistry --yes' }],
    handler: taskDelete,
  },
  {
    name: 'acr task run',
    summary: 'Start a task now and stream its log.',
    longSummary: 'The run happens on an ACR Tasks agent in Azure, so it reaches the registry from an Azure address, not from your workstation.',
    args: [taskNameArg, taskRegistryArg, groupArg],
    examples: [{ summary: 'Run a task.', command: 'az acr task run -n hello-world -r myregistry' }],
    handler: taskRun,
  },
  {
    name: 'acr task logs',
    summary: 'Show the log of a run; without --run-id, of the latest run.',
    args: [taskRegistryArg, { dest: 'runId', options: ['--run-id'], type: 'string', help: 'Run ID, e.g. ca1.' }, optionalTaskArg, groupArg],
    examples: [{ summary: 'Show the log of the latest run of a task.', command: 'az acr task logs -r myregistry -n hello-world' }],
    handler: taskLogs,
  },
  {
    name: 'acr task list-runs',
    summary: 'List the runs of a registry, newest first.',
    args: [
      taskRegistryArg,
      optionalTaskArg,
      { dest: 'runStatus', options: ['--run-status'], type: 'enum', choices: ['Canceled', 'Error', 'Failed', 'Queued', 'Running', 'Started', 'Succeeded', 'Timeout'], help: 'Only runs in this state.' },
      { dest: 'top', options: ['--top'], type: 'int', default: 15, help: 'Return at most this many runs.' },
      groupArg,
    ],
    examples: [{ summary: 'List the failed runs as a table.', command: 'az acr task list-runs -r myregistry --run-status Failed -o table' }],
    handler: taskListRuns,
    table: runTable,
  },
  {
    name: 'acr task credential add',
    summary: 'Add a registry login to a task, using one of its managed identities.',
    args: [
      taskNameArg,
      taskRegistryArg,
      loginServerArg,
      { dest: 'useIdentity', options: ['--use-identity'], type: 'string', help: "'[system]' for the task's system-assigned identity, or a user identity's client ID." },
      groupArg,
    ],
    examples: [
      {
        summary: 'Let the task log in to its registry with its system-assigned identity.',
        command: 'az acr task credential add -n hello-world -r myregistry --login-server myregistry.azurecr.io --use-identity [system]',
      },
    ],
    handler: credentialAdd,
  },
  {
    name: 'acr task credential list',
    summary: 'List the registry logins of a task.',
    args: [taskNameArg, taskRegistryArg, groupArg],
    examples: [{ summary: 'List credentials.', command: 'az acr task credential list -n hello-world -r myregistry' }],
    handler: credentialList,
  },
  {
    name: 'acr task credential remove',
    summary: 'Remove a registry login from a task.',
    args: [taskNameArg, taskRegistryArg, loginServerArg, groupArg],
    examples: [{ summary: 'Remove a credential.', command: 'az acr task credential remove -n hello-world -r myregistry --login-server myregistry.azurecr.io' }],
    handler: credentialRemove,
  },
];
