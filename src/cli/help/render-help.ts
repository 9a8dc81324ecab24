/**
 * Help pages in az's layout (knack `help.py` + azure-cli `_help.py`), built only from the
 * declarations: `Group`/`Command` heading, `az <path> : <summary>`, Subgroups/Commands, Arguments
 * with `[Required]`, argument groups, Global Arguments, Examples.
 */
import type { ArgDef } from '../types';
import { GLOBAL_ARGS, GLOBAL_GROUP } from '../parser/globals';
import { isGroup, type TreeNode } from '../parser/tree';
import { layoutList, maxLineLength, normalizeText, PREVIEW_TAG, REFSTATUS, REQUIRED_TAG, type ListItem } from './layout';
import { printIndent } from './wrap';

/** The heading block shared by group and command pages. */
function header(node: TreeNode): string[] {
  const kind = node.command && node.children.size === 0 ? 'Command' : 'Group';
  const summary = normalizeText(node.summary);
  const title = `az${node.path ? ` ${node.path}` : ''}${summary ? ` : ${summary}` : ''}`;
  const long = normalizeText(node.longSummary);
  const notes = [long, node.preview ? `WARNING: This ${kind === 'Command' ? 'command' : 'command group'} ${REFSTATUS}` : '']
    .filter((s) => s !== '');
  const lines = ['', kind, ...printIndent(title, 1), ...printIndent(notes.join('\n'), 2)];
  if (long) lines.push('');
  return lines;
}

function choicesText(arg: ArgDef): string {
  if (arg.isFlag) return '';
  const choices = arg.type === 'boolean' ? ['true', 'false'] : arg.type === 'enum' ? (arg.choices ?? []) : [];
  const allowed = choices.length > 0 ? `  Allowed values: ${[...choices].sort().join(', ')}.` : '';
  const dflt = arg.default !== undefined && arg.default !== '' && arg.default !== false && arg.default !== 0 ? `  Default: ${String(arg.default)}.` : '';
  return allowed + dflt;
}

/** Sort key of knack's `_print_arguments`: group priority, required first, then name. */
function argumentItems(args: readonly ArgDef[]): ListItem[] {
  const headings = [...new Set(args.map((a) => a.group).filter((g): g is string => !!g && g !== 'Arguments' && g !== GLOBAL_GROUP))].sort();
  const priority = (g: string | undefined) =>
    !g || g === 'Arguments' ? 0 : g === GLOBAL_GROUP ? 1000 : 2 + headings.indexOf(g);
  const keyed = args.map((a) => {
    // Help lists an argument's option strings sorted (`--name --resource-group -g -n`).
    const name = [...a.options].sort().join(' ');
    const key = `${String(priority(a.group)).padStart(6, '0')}${a.required ? 'False' : 'True'}${name}`;
    const item: ListItem = {
      name,
      tags: [a.preview ? PREVIEW_TAG : '', a.required ? REQUIRED_TAG : ''].filter((t) => t),
      summary: (normalizeText(a.help) + choicesText(a)).trim(),
      longSummary: a.preview ? `WARNING: Argument '${a.options[0]}' ${REFSTATUS}` : undefined,
      heading: priority(a.group) === 0 ? undefined : a.group,
    };
    return { key, item };
  });
  keyed.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  return keyed.map((k) => k.item);
}

function examples(node: TreeNode): string[] {
  const list = node.command?.examples ?? [];
  if (list.length === 0) return [];
  const out = ['Examples'];
  for (const e of list) out.push(...printIndent(e.summary, 1), ...printIndent(e.command, 2), '');
  return out;
}

function childItems(children: TreeNode[]): ListItem[] {
  return [...children]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((c) => ({ name: c.name, tags: c.preview ? [PREVIEW_TAG] : [], summary: normalizeText(c.summary) }));
}

/** Help page of a group (its sub-groups and commands) or of a command (its arguments). */
export function renderHelp(node: TreeNode): string {
  const lines = header(node);
  if (node.command && node.children.size === 0) {
    const items = argumentItems([...node.command.args, ...GLOBAL_ARGS]);
    lines.push(...printIndent('Arguments'), ...layoutList(items, maxLineLength(items)));
  } else {
    const all = [...node.children.values()];
    const groups = childItems(all.filter(isGroup));
    const commands = childItems(all.filter((c) => !isGroup(c)));
    const width = maxLineLength([...groups, ...commands]);
    if (groups.length > 0) lines.push('Subgroups:', ...layoutList(groups, width));
    if (commands.length > 0) lines.push('Commands:', ...layoutList(commands, width));
  }
  lines.push(...examples(node));
  return `${lines.join('\n')}\n`;
}

/** `az` with no arguments: a short greeting and the base command list (knack `show_welcome`). */
export function renderWelcome(root: TreeNode): string {
  const children = [...root.children.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const width = children.reduce((m, c) => Math.max(m, c.name.length), 0);
  const lines = [
    '',
    'Welcome to the lab edition of the Azure CLI!',
    '--------------------------------------------',
    'It simulates the `az` commands these lessons use; nothing you type here reaches Azure.',
    'Add `-h` to any group or command to see what it accepts, for example `az acr -h`.',
    '',
    'Here are the base commands:',
    '',
  ];
  for (const c of children) {
    const summary = normalizeText(c.summary);
    lines.push(...printIndent(`${c.name}${' '.repeat(width - c.name.length)}${summary ? ` : ${summary}` : ''}`, 1, width + 4 + 3 - 1));
  }
  lines.push('');
  return `${lines.join('\n')}\n`;
}
