/**
 * Tab completion for the simulated `az`, read from the same declarations as the parser:
 * sub-groups and commands, long option names not used yet, enum/boolean values after an
 * option, and names of existing resources for arguments that declare a `completer`.
 */
import type { World } from '../model/types';
import { AZURE_REGIONS, ROLE_DEFINITIONS } from '../model';
import { GLOBAL_ARGS } from './parser/globals';
import { lookupOption, optionTable } from './parser/option-lookup';
import type { TreeNode } from './parser/tree';
import { azTree } from './run';
import type { ArgDef } from './types';


function startsWithCI(candidate: string, prefix: string): boolean {
  return candidate.toLowerCase().startsWith(prefix.toLowerCase());
}

function uniqueSorted(items: Iterable<string>, prefix: string, caseInsensitive = false): string[] {
  const set = new Set<string>();
  for (const c of items) if (caseInsensitive ? startsWithCI(c, prefix) : c.startsWith(prefix)) set.add(c);
  return [...set].sort();
}

/** The value of `-r/--registry/--registry-name` typed so far, for task names. */
function typedRegistry(words: readonly string[]): string | undefined {
  for (let i = words.length - 1; i >= 0; i--) {
    if (['-r', '--registry', '--registry-name'].includes(words[i]) && words[i + 1]) return words[i + 1];
    const m = /^--registry(?:-name)?=(.+)$/.exec(words[i]);
    if (m) return m[1];
  }
  return undefined;
}

function resourceNames(arg: ArgDef, world: World, prior: readonly string[]): string[] {
  switch (arg.completer) {
    case 'registry':
      return world.registries.map((r) => r.name);
    case 'task': {
      const reg = typedRegistry(prior)?.toLowerCase().replace(/\.azurecr\.io$/, '');
      return world.tasks.filter((t) => reg === undefined || t.registry.toLowerCase() === reg).map((t) => t.name);
    }
    case 'group':
      return world.resourceGroups.map((g) => g.name);
    case 'identity':
      return world.identities.map((i) => i.name);
    case 'location':
      return [...AZURE_REGIONS];
    case 'role':
      return ROLE_DEFINITIONS.map((r) => r.name);
    default:
      return [];
  }
}

/** Candidates for the value of `arg`, or undefined when the value is free text. */
function valueCandidates(arg: ArgDef, world: World, prior: readonly string[], prefix: string): string[] | undefined {
  if (arg.type === 'boolean' && !arg.isFlag) return uniqueSorted(['true', 'false'], prefix, true);
  if (arg.type === 'enum' && arg.choices) return arg.choices.filter((c) => startsWithCI(c, prefix));
  if (arg.completer) return uniqueSorted(resourceNames(arg, world, prior), prefix, true);
  return undefined;
}

function optionCandidates(args: readonly ArgDef[], prior: readonly string[], prefix: string): string[] {
  const table = optionTable(args);
  const used = new Set<string>();
  for (const w of prior) {
    const m = lookupOption(w, table);
    if (m.kind === 'option' && m.arg.type !== 'list') used.add(m.arg.dest);
  }
  if (/^-[^-]$/.test(prefix) && table.has(prefix)) return [prefix];
  return uniqueSorted(
    args.filter((a) => !used.has(a.dest)).flatMap((a) => a.options.filter((o) => o.startsWith('--'))),
    prefix,
  );
}

/**
 * Completion candidates for the last of `words` (the words after `az`; the last one is the
 * partial word, possibly empty).
 */
export function completeAz(words: readonly string[], world: World, root: TreeNode = azTree()): string[] {
  const prefix = words.length > 0 ? words[words.length - 1] : '';
  const prior = words.slice(0, -1);
  let node = root;
  let i = 0;
  while (i < prior.length && node.children.has(prior[i])) node = node.children.get(prior[i++])!;
  const rest = prior.slice(i);
  if (!node.command || node.children.size > 0) {
    if (rest.length > 0) return [];
    if (prefix.startsWith('-')) return uniqueSorted(['--help'], prefix);
    return uniqueSorted(node.children.keys(), prefix);
  }
  const args = [...node.command.args, ...GLOBAL_ARGS];
  const table = optionTable(args);
  const last = rest[rest.length - 1];
  if (last !== undefined && !prefix.startsWith('-')) {
    const m = lookupOption(last, table);
    if (m.kind === 'option' && !m.arg.isFlag && m.explicit === undefined) {
      const values = valueCandidates(m.arg, world, rest, prefix);
      if (values !== undefined) return values;
      if (m.arg.type !== 'boolean') return [];
    }
  }
  if (prefix === '' || prefix.startsWith('-')) return optionCandidates(args, rest, prefix);
  return [];
}
