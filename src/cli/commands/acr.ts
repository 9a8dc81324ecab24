/**
 * `az acr` registry commands: create, update, show, list, delete, login, check-health, import
 * (facts §7). Declarations only; handlers live in ../handlers. Required arguments come first,
 * in az's order, because the "arguments are required" error lists them in declaration order.
 */
import { acrCheckHealth } from '../handlers/acr-health';
import { acrImport, acrLogin } from '../handlers/acr-data';
import { acrCreate, acrDelete, acrList, acrShow, acrUpdate } from '../handlers/acr-registry';
import { registryTable } from '../handlers/registry-view';
import type { ArgDef, CommandDef, GroupDef } from '../types';
import { boolArg, groupArg, networkRuleArgs, newRegistryNameArg, registryNameArg, requiredGroupArg, yesArg } from './acr-args';

const skuArg: ArgDef = {
  dest: 'sku',
  options: ['--sku'],
  type: 'enum',
  choices: ['Classic', 'Basic', 'Standard', 'Premium'],
  help: 'Service tier of the registry. Network rules and private endpoints need Premium.',
};

const GENERIC = 'Generic Update Arguments';

/** Command groups declared here. */
export const groups: GroupDef[] = [{ name: 'acr', summary: 'Manage private registries with Azure Container Registries.' }];

/** Commands declared here. */
export const commands: CommandDef[] = [
  {
    name: 'acr create',
    summary: 'Create an Azure Container Registry.',
    args: [
      newRegistryNameArg,
      requiredGroupArg,
      { ...skuArg, required: true },
      { dest: 'location', options: ['--location', '-l'], type: 'string', help: "Azure region. Defaults to the resource group's region.", completer: 'location' },
      boolArg('adminEnabled', '--admin-enabled', 'Turn on the admin user account (username/password access).'),
      ...networkRuleArgs(true),
    ],
    examples: [
      { summary: 'Create a Premium registry, the tier that supports network rules.', command: 'az acr create -n myregistry -g myresourcegroup --sku Premium' },
      { summary: 'Create a registry whose firewall denies requests from unlisted networks.', command: 'az acr create -n myregistry -g myresourcegroup --sku Premium --default-action Deny' },
    ],
    handler: acrCreate,
    table: registryTable,
  },
  {
    name: 'acr update',
    summary: 'Update the settings of an Azure Container Registry.',
    args: [
      registryNameArg,
      groupArg,
      { ...skuArg, help: 'Move the registry to another service tier.' },
      boolArg('adminEnabled', '--admin-enabled', 'Turn the admin user account on or off.'),
      boolArg('anonymousPullEnabled', '--anonymous-pull-enabled', 'Allow pulls without credentials (Standard and Premium).'),
      ...networkRuleArgs(false),
      { dest: 'set', options: ['--set'], type: 'list', group: GENERIC, help: 'Set a property by path, e.g. --set networkRuleBypassAllowedForTasks=true.' },
      { dest: 'add', options: ['--add'], type: 'list', group: GENERIC, help: 'Append to a list property, e.g. --add networkRuleSet.ipRules ipAddressOrRange=203.0.113.10.' },
      { dest: 'remove', options: ['--remove'], type: 'list', group: GENERIC, help: 'Remove a list item by index, e.g. --remove networkRuleSet.ipRules 0.' },
    ],
    examples: [
      { summary: 'Stop trusted Azure services from bypassing the network rules.', command: 'az acr update -n myregistry --allow-trusted-services false' },
      { summary: 'Turn off the public endpoint entirely.', command: 'az acr update -n myregistry --public-network-enabled false' },
      { summary: "Let tasks using their system identity through the network rules (today's Azure).", command: 'az acr update -n myregistry --set networkRuleBypassAllowedForTasks=true' },
    ],
    handler: acrUpdate,
    table: registryTable,
  },
  {
    name: 'acr show',
    summary: 'Show the properties of an Azure Container Registry.',
    args: [registryNameArg, groupArg],
    examples: [
      { summary: 'Print the resource ID, e.g. to use as a role assignment scope.', command: 'az acr show -n myregistry --query id -o tsv' },
      { summary: 'Inspect the firewall settings.', command: 'az acr show -n myregistry --query networkRuleSet' },
    ],
    handler: acrShow,
    table: registryTable,
  },
  {
    name: 'acr list',
    summary: 'List the container registries in the subscription or in one resource group.',
    args: [{ ...groupArg, help: 'Only list registries in this resource group.' }],
    examples: [{ summary: 'List all registries as a table.', command: 'az acr list -o table' }],
    handler: acrList,
    table: registryTable,
  },
  {
    name: 'acr delete',
    summary: 'Delete an Azure Container Registry, with its tasks and images.',
    args: [registryNameArg, groupArg, yesArg],
    examples: [{ summary: 'Delete a registry without a confirmation prompt.', command: 'az acr delete -n myregistry --yes' }],
    handler: acrDelete,
  },
  {
    name: 'acr login',
    summary: 'Log the local Docker client in to a registry.',
    longSummary: 'Uses your Azure sign-in to get a registry token. The request goes through the registry firewall, so it fails from a network the registry does not allow.',
    args: [
      registryNameArg,
      { dest: 'exposeToken', options: ['--expose-token', '-t'], type: 'boolean', isFlag: true, help: 'Print an access token instead of handing it to Docker.' },
    ],
    examples: [
      { summary: 'Log Docker in to a registry.', command: 'az acr login -n myregistry' },
      { summary: 'Get an access token without Docker.', command: 'az acr login -n myregistry --expose-token' },
    ],
    handler: acrLogin,
  },
  {
    name: 'acr check-health',
    summary: 'Check the local environment and, optionally, connectivity to a registry.',
    args: [
      { ...registryNameArg, required: false },
      { dest: 'ignoreErrors', options: ['--ignore-errors'], type: 'boolean', isFlag: true, help: 'Run every check even after one fails.' },
      { ...yesArg, help: 'Pull the test image without asking.' },
    ],
    examples: [{ summary: 'Check connectivity to a registry without prompts.', command: 'az acr check-health -n myregistry -y' }],
    handler: acrCheckHealth,
  },
  {
    name: 'acr import',
    summary: 'Copy an image into a registry from another registry, without docker pull/push.',
    longSummary: 'When the source is an Azure registry in the same tenant, the import service counts as a trusted service: it passes the source network rules while the source allows trusted services.',
    args: [
      registryNameArg,
      { dest: 'source', options: ['--source'], type: 'string', required: true, help: "Source image: 'repo:tag' with --registry, else '<login server>/repo:tag'." },
      { dest: 'image', options: ['--image', '-t'], type: 'string', help: "Target 'repo:tag'. Defaults to the source's repository and tag." },
      { dest: 'registry', options: ['--registry', '-r'], type: 'string', help: 'Source registry: its resource ID (needed when its public access is off) or its name.' },
      { dest: 'force', options: ['--force'], type: 'boolean', isFlag: true, help: 'Overwrite the tag if it already exists in the target.' },
      groupArg,
    ],
    examples: [
      { summary: 'Import from a network-restricted registry named by resource ID.', command: 'az acr import -n myregistry --source hello-world:v1 -r $(az acr show -n sourceregistry --query id -o tsv)' },
      { summary: 'Import a public image from Docker Hub.', command: 'az acr import -n myregistry --source docker.io/library/hello-world:latest -t hello-world:latest' },
    ],
    handler: acrImport,
  },
];
