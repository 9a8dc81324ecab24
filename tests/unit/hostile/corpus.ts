/**
 * The hostile-input corpus: command lines a careless paste or a curious learner may produce.
 * Each case states the answer a user should see (an error with its exit code, or the correct
 * result). The same cases run in-process (shell-corpus, az-corpus) and through the headless
 * bins (headless-corpus), every time against the seeded world below.
 */
import { createGroup, createRegistry, createWorld, type World } from '../../../src/model';

export type Kind = 'control' | 'ansi' | 'long' | 'quotes' | 'nesting' | 'proto';

export interface HostileCase {
  name: string;
  kind: Kind;
  /** Shell cases: one command line. Az cases: argv after `az`. */
  input: string;
  exit: number;
  /** Exact stdout (string) or a pattern; omitted: anything. */
  stdout?: string | RegExp;
  stderr?: RegExp;
}

export interface AzCase extends Omit<HostileCase, 'input'> {
  argv: readonly string[];
}

/** Resource group `rg` with the Premium registry `myregistry` (the lessons' names). */
export function seededWorld(): World {
  let world = createWorld();
  const g = createGroup(world, { name: 'rg', location: 'eastus' });
  if (!g.ok) throw new Error('seed: group');
  world = g.world;
  const r = createRegistry(world, { name: 'myregistry', resourceGroup: 'rg', sku: 'Premium' });
  if (!r.ok) throw new Error('seed: registry');
  return r.world;
}

const K = 1024;
const EOF_IN = (ch: string) => new RegExp(`unexpected EOF while looking for matching \`\\${ch}'`);
const NAME_RULE = /Registry names may contain only alpha numeric characters and must be between 5 and 50 characters/;
const DEEP = (n: number) => `${'$(echo '.repeat(n)}x${')'.repeat(n)}`;

/** Lines typed at the lab's `$` prompt. */
export const SHELL_CASES: readonly HostileCase[] = [
  // Control characters: ordinary bytes to the shell, rejected by az's name rules.
  { kind: 'control', name: 'NUL inside an echo word', input: 'echo a\x00b', exit: 0, stdout: /^a\x00?b\n$/ },
  { kind: 'control', name: 'BEL and BS pass through echo', input: 'echo "a\x07b\x08c"', exit: 0, stdout: 'a\x07b\x08c\n' },
  { kind: 'control', name: 'DEL characters as a command name', input: '\x7f\x7f', exit: 127, stderr: /command not found/ },
  { kind: 'control', name: 'SOH inside a registry name', input: 'az acr show -n my\x01registry', exit: 1, stderr: NAME_RULE },
  { kind: 'control', name: 'CR inside a group name', input: 'az group create -n "r\rg" -l eastus', exit: 1, stderr: /InvalidResourceGroup/ },
  // ANSI escape sequences.
  { kind: 'ansi', name: 'SGR in a registry name', input: 'az acr create -n \x1b[31mreg -g rg --sku Premium', exit: 1, stderr: NAME_RULE },
  { kind: 'ansi', name: 'OSC title in a group name', input: 'az group create -n "\x1b]0;pwned\x07" -l eastus', exit: 1, stderr: /InvalidResourceGroup/ },
  { kind: 'ansi', name: 'clear-screen from $(echo -e) as a name', input: "az acr show -n $(echo -e '\\e[2J')", exit: 1, stderr: NAME_RULE },
  { kind: 'ansi', name: 'echo -e prints an OSC 8 link because it was asked to', input: "echo -e '\\e]8;;https://evil.example\\a hi'", exit: 0, stdout: '\x1b]8;;https://evil.example\x07 hi\n' },
  { kind: 'ansi', name: 'markup as a group name', input: 'az group create -n "<img src=x onerror=alert(1)>" -l eastus', exit: 1, stderr: /InvalidResourceGroup/ },
  { kind: 'ansi', name: 'markup as a --set value', input: 'az acr update -n myregistry --set "networkRuleSet.defaultAction=<b>x</b>"', exit: 1, stderr: /Invalid value '<b>x<\/b>'/ },
  // 100 KB lines and near-limit values.
  { kind: 'long', name: 'a 100 KB echo line', input: `echo ${'x'.repeat(100 * K)}`, exit: 2, stderr: /input line too long/ },
  { kind: 'long', name: 'a 100 KB az line', input: `az acr show -n ${'a'.repeat(100 * K)}`, exit: 2, stderr: /input line too long/ },
  { kind: 'long', name: 'a 60 KB registry name', input: `az acr show -n ${'a'.repeat(60 * K)}`, exit: 1, stderr: NAME_RULE },
  { kind: 'long', name: 'a 60 KB variable as a group name', input: `x=${'a'.repeat(60 * K)}; az group create -n "$x" -l eastus`, exit: 1, stderr: /InvalidResourceGroup/ },
  { kind: 'long', name: '30 000 open brackets as --query', input: `az acr list --query "${'['.repeat(30_000)}"`, exit: 2, stderr: /argument --query: invalid jmespath_type value/ },
  { kind: 'long', name: '20 000-deep field chain as --query', input: `az acr list --query "${'a.'.repeat(20_000)}b"`, exit: 1, stderr: /Invalid jmespath query/ },
  // Unbalanced quotes and brackets: bash's end-of-input errors, nothing run.
  { kind: 'quotes', name: 'open double quote', input: 'az acr show -n "myregistry', exit: 2, stderr: EOF_IN('"') },
  { kind: 'quotes', name: 'open single quote', input: "echo 'abc", exit: 2, stderr: EOF_IN("'") },
  { kind: 'quotes', name: 'open backquote', input: 'echo `echo', exit: 2, stderr: EOF_IN('`') },
  { kind: 'quotes', name: 'open $(', input: 'echo $(az acr list', exit: 2, stderr: EOF_IN(')') },
  { kind: 'quotes', name: 'open ${', input: 'echo ${x', exit: 2, stderr: EOF_IN('}') },
  { kind: 'quotes', name: 'unclosed JMESPath literal', input: `az acr show -n myregistry --query "[?name=='x]"`, exit: 2, stderr: /invalid jmespath_type value/ },
  // Deep $(...) nesting: correct up to the documented limit of 32, an error beyond.
  { kind: 'nesting', name: '31-deep $(echo ...)', input: `echo ${DEEP(31)}`, exit: 0, stdout: 'x\n' },
  { kind: 'nesting', name: '33-deep $(echo ...)', input: `echo ${DEEP(33)}`, exit: 2, stderr: /nested too deeply/ },
  { kind: 'nesting', name: '1000-deep $(', input: `echo ${'$('.repeat(1000)}x${')'.repeat(1000)}`, exit: 2, stderr: /nested too deeply/ },
  { kind: 'nesting', name: '40-deep ${x:-...}', input: `echo ${'${x:-'.repeat(40)}a${'}'.repeat(40)}`, exit: 2, stderr: /nested too deeply/ },
  { kind: 'nesting', name: 'az inside az inside $(...)', input: 'echo $(az acr show -n $(echo myregistry) --query $(echo name) -o tsv)', exit: 0, stdout: 'myregistry\n' },
  // Prototype-pollution names as variables, commands and resources.
  { kind: 'proto', name: '__proto__ as a variable', input: '__proto__=polluted; echo $__proto__', exit: 0, stdout: 'polluted\n' },
  { kind: 'proto', name: 'constructor and toString as variables', input: 'constructor=1 toString=2; echo $constructor$toString', exit: 0, stdout: '12\n' },
  { kind: 'proto', name: 'exported __proto__ shows in env', input: 'export __proto__=x; env', exit: 0, stdout: /^__proto__=x$/m },
  { kind: 'proto', name: 'Object.prototype names are unset variables', input: 'echo ${__proto__:-u} ${hasOwnProperty:-u} ${constructor-u}', exit: 0, stdout: 'u u u\n' },
  { kind: 'proto', name: '__proto__ as a command', input: '__proto__', exit: 127, stderr: /__proto__: command not found/ },
  { kind: 'proto', name: 'toString as a command', input: 'toString', exit: 127, stderr: /toString: command not found/ },
  { kind: 'proto', name: '__proto__ as a resource group', input: 'az group create -n __proto__ -l eastus -o none && az group show -n __proto__ --query name -o tsv', exit: 0, stdout: '__proto__\n' },
  { kind: 'proto', name: 'constructor as a registry in group __proto__', input: 'az group create -n __proto__ -l eastus -o none && az acr create -n constructor -g __proto__ --sku Premium -o none && az acr show -n constructor --query loginServer -o tsv', exit: 0, stdout: 'constructor.azurecr.io\n' },
  { kind: 'proto', name: '__proto__ as a task name', input: 'az acr task create -n __proto__ -r myregistry -c /dev/null --cmd hello-world -o none && az acr task show -n __proto__ -r myregistry --query name -o tsv', exit: 0, stdout: '__proto__\n' },
  { kind: 'proto', name: 'constructor as a repository', input: 'az acr import -n myregistry --source docker.io/library/hello-world:latest -t constructor:latest && az acr repository show-tags -n myregistry --repository constructor -o tsv', exit: 0, stdout: 'latest\n' },
  { kind: 'proto', name: '__proto__ repository that does not exist', input: 'az acr repository show-tags -n myregistry --repository __proto__', exit: 1, stderr: /repository name not known to registry/ },
  { kind: 'proto', name: 'a missing group named constructor', input: 'az group show -n constructor', exit: 3, stderr: /Resource group 'constructor' could not be found/ },
  { kind: 'proto', name: '--set through __proto__', input: 'az acr update -n myregistry --set __proto__.polluted=1', exit: 1, stderr: /Couldn't find '__proto__'/ },
  { kind: 'proto', name: '--set through constructor.prototype', input: 'az acr update -n myregistry --set constructor.prototype.polluted=1', exit: 1, stderr: /Couldn't find 'constructor'/ },
  { kind: 'proto', name: '--sku __proto__', input: 'az acr create -n myregistry2 -g rg --sku __proto__', exit: 2, stderr: /'__proto__' is not a valid value for '--sku'/ },
  { kind: 'proto', name: '--role constructor', input: 'az role assignment create --assignee-object-id 00000000-0000-0000-0000-000000000000 --assignee-principal-type ServicePrincipal --role constructor --scope /subscriptions/aaaaaaaa-0000-4000-8000-000000000001', exit: 1, stderr: /Role 'constructor' doesn't exist/ },
  { kind: 'proto', name: 'az __proto__', input: 'az __proto__', exit: 2, stderr: /'__proto__' is misspelled or not recognized/ },
  { kind: 'proto', name: 'docker __proto__', input: 'docker __proto__', exit: 1, stderr: /'__proto__' is not a docker command/ },
  // JMESPath reads own properties only (Python's jmespath has no prototype): a missing key is null, printed as nothing.
  { kind: 'proto', name: '--query constructor prints nothing', input: 'az acr show -n myregistry --query constructor', exit: 0, stdout: '' },
  { kind: 'proto', name: '--query __proto__ prints nothing', input: 'az acr show -n myregistry --query __proto__', exit: 0, stdout: '' },
  { kind: 'proto', name: '--query toString -o tsv prints nothing', input: 'az acr show -n myregistry --query networkRuleSet.toString -o tsv', exit: 0, stdout: '' },
  { kind: 'proto', name: 'a projection of __proto__ is empty', input: 'az acr list --query "[].__proto__"', exit: 0, stdout: '[]\n' },
  { kind: 'proto', name: 'a multiselect of prototype names is null', input: 'az acr show -n myregistry --query "{a: __proto__, b: constructor}"', exit: 0, stdout: '{\n  "a": null,\n  "b": null\n}\n' },
];

/** argv given straight to `az` (no shell): words a shell could never deliver intact. */
export const AZ_CASES: readonly AzCase[] = [
  { kind: 'control', name: 'NUL as a command word', argv: ['\x00'], exit: 2, stderr: /is misspelled or not recognized/ },
  { kind: 'control', name: 'newline inside a registry name', argv: ['acr', 'show', '-n', 'my\nregistry'], exit: 1, stderr: NAME_RULE },
  { kind: 'ansi', name: 'CSI in an option name', argv: ['acr', 'show', '-n', 'myregistry', '--\x1b[2J'], exit: 2, stderr: /unrecognized arguments/ },
  { kind: 'ansi', name: 'OSC in --output', argv: ['acr', 'show', '-n', 'myregistry', '-o', '\x1b]0;x\x07'], exit: 2, stderr: /is not a valid value for '--output'/ },
  { kind: 'long', name: 'a 100 KB word', argv: ['acr', 'show', '-n', 'a'.repeat(100 * K)], exit: 1, stderr: NAME_RULE },
  { kind: 'long', name: '10 000 unknown options', argv: ['acr', 'list', ...Array.from({ length: 10_000 }, (_, i) => `--x${i}`)], exit: 2, stderr: /unrecognized arguments/ },
  { kind: 'quotes', name: 'a lone quote as a value', argv: ['acr', 'show', '-n', '"'], exit: 1, stderr: NAME_RULE },
  { kind: 'quotes', name: 'an unbalanced JMESPath string', argv: ['acr', 'list', '--query', "[?name=='x"], exit: 2, stderr: /invalid jmespath_type value/ },
  { kind: 'nesting', name: '5000-deep parentheses in --query', argv: ['acr', 'list', '--query', `${'('.repeat(5000)}name${')'.repeat(5000)}`], exit: 2, stderr: /invalid jmespath_type value|Invalid jmespath query/ },
  { kind: 'proto', name: '__proto__ as a group', argv: ['group', 'create', '-n', '__proto__', '-l', 'eastus', '--query', 'name', '-o', 'tsv'], exit: 0, stdout: '__proto__\n' },
  { kind: 'proto', name: '__proto__ as a registry name', argv: ['acr', 'show', '-n', '__proto__'], exit: 1, stderr: NAME_RULE },
  { kind: 'proto', name: 'constructor as a missing registry', argv: ['acr', 'show', '-n', 'constructor'], exit: 3, stderr: /constructor/ },
  { kind: 'proto', name: 'hasOwnProperty as a registry', argv: ['acr', 'create', '-n', 'hasOwnProperty', '-g', 'rg', '--sku', 'Basic'], exit: 1, stderr: /Registry name must use only lowercase/ },
  { kind: 'proto', name: '--__proto__ option', argv: ['login', '--__proto__'], exit: 2, stderr: /unrecognized arguments: --__proto__/ },
  { kind: 'proto', name: '--query constructor prints nothing', argv: ['acr', 'show', '-n', 'myregistry', '--query', 'constructor'], exit: 0, stdout: '' },
  { kind: 'proto', name: '--query user.__proto__ prints nothing', argv: ['account', 'show', '--query', 'user.__proto__', '-o', 'tsv'], exit: 0, stdout: '' },
];
