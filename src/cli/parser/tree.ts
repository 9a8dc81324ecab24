/**
 * The command tree built from the flat declarations (like Azure CLI's command table, where
 * `acr task credential add` implies the groups `acr`, `acr task` and `acr task credential`).
 * Groups that are implied but not declared get an empty summary rather than an error, so a
 * missing GroupDef never breaks the CLI.
 */
import type { CommandDef, GroupDef } from '../types';

export interface TreeNode {
  /** Last word of the path (`add`), empty for the root. */
  name: string;
  /** Full path without `az` (`acr network-rule add`), empty for the root. */
  path: string;
  summary: string;
  longSummary?: string;
  preview?: boolean;
  /** Set for leaves that run something. */
  command?: CommandDef;
  /** Set when a GroupDef was declared for this path. */
  group?: GroupDef;
  children: Map<string, TreeNode>;
}

/** True when the node lists sub-commands (the root is always a group). */
export function isGroup(node: TreeNode): boolean {
  return node.children.size > 0 || (!node.command && node.path === '');
}

function ensurePath(root: TreeNode, words: string[]): TreeNode {
  let node = root;
  for (const word of words) {
    let child = node.children.get(word);
    if (!child) {
      child = { name: word, path: node.path ? `${node.path} ${word}` : word, summary: '', children: new Map() };
      node.children.set(word, child);
    }
    node = child;
  }
  return node;
}

/** Split a declared path into words (declarations use single spaces; be lenient anyway). */
export function pathWords(path: string): string[] {
  return path.trim().split(/\s+/).filter((w) => w.length > 0);
}

/** Build the tree; later declarations of the same path win (the aggregate order decides). */
export function buildTree(commands: readonly CommandDef[], groups: readonly GroupDef[]): TreeNode {
  const root: TreeNode = { name: '', path: '', summary: '', children: new Map() };
  for (const g of groups) {
    const node = ensurePath(root, pathWords(g.name));
    node.group = g;
    node.summary = g.summary;
    node.preview = g.preview;
  }
  for (const c of commands) {
    const node = ensurePath(root, pathWords(c.name));
    node.command = c;
    node.summary = c.summary;
    node.longSummary = c.longSummary;
    node.preview = c.preview;
  }
  return root;
}

/** The node at `path` (words), or undefined. */
export function findNode(root: TreeNode, words: readonly string[]): TreeNode | undefined {
  let node: TreeNode | undefined = root;
  for (const w of words) {
    node = node.children.get(w);
    if (!node) return undefined;
  }
  return node;
}

/** Nodes from the root down to `node`'s path (excluding the root). */
export function ancestry(root: TreeNode, node: TreeNode): TreeNode[] {
  const out: TreeNode[] = [];
  let cur: TreeNode | undefined = root;
  for (const w of pathWords(node.path)) {
    cur = cur?.children.get(w);
    if (cur) out.push(cur);
  }
  return out;
}
