/**
 * Handlers of `az acr create|update|show|list|delete` (facts §2, §7): plain functions that call the
 * model and print the registry the way az does.
 */
import {
  createRegistry,
  deleteRegistry,
  findGroup,
  findRegistry,
  requireRegistry as lookupRegistry,
  setRegistryProperty,
  updateRegistry,
  type Registry,
  type World,
} from '../../model';
import type { CommandContext, HandlerResult } from '../types';
import { apply, bool, cliFail, orFail, requireSignedIn, requireYes, str, unwrap } from './model-result';
import { registryView } from './registry-view';

/**
 * Registry lookup for commands that name a registry, with az's not-found errors (exit 3): the
 * subscription-wide text without -g, ARM's 404s (group, then registry) with -g.
 */
export function requireRegistry(world: World, name: string, resourceGroup?: string): Registry {
  return orFail(lookupRegistry(world, name, resourceGroup));
}

/** `az acr create`. */
export function acrCreate(ctx: CommandContext, args: Record<string, unknown>): HandlerResult {
  const res = createRegistry(ctx.world, {
    name: String(args.name),
    resourceGroup: String(args.resourceGroup),
    sku: String(args.sku),
    location: str(args, 'location'),
    adminEnabled: bool(args, 'adminEnabled'),
    defaultAction: str(args, 'defaultAction') as 'Allow' | 'Deny' | undefined,
    publicNetworkEnabled: bool(args, 'publicNetworkEnabled'),
    allowTrustedServices: bool(args, 'allowTrustedServices'),
  });
  return apply(res, registryView);
}

/** One `--set`/`--add`/`--remove` of az's generic update, as (path, value) pairs. */
function genericOps(args: Record<string, unknown>): { op: 'set' | 'add' | 'remove'; path: string; value: string }[] {
  const list = (key: string): string[] => {
    const v = args[key];
    return v === undefined || v === null ? [] : Array.isArray(v) ? v.map(String) : [String(v)];
  };
  const ops: { op: 'set' | 'add' | 'remove'; path: string; value: string }[] = [];
  for (const item of list('set')) {
    const eq = item.indexOf('=');
    if (eq <= 0) cliFail('usage error: --set property1.property2=<value>', 1);
    ops.push({ op: 'set', path: item.slice(0, eq), value: item.slice(eq + 1) });
  }
  // `--add <list path> <value...>` and `--remove <list path> <index>`: first word is the path.
  for (const op of ['add', 'remove'] as const) {
    const words = list(op);
    if (words.length === 0) continue;
    if (words.length < 2) cliFail(`usage error: --${op} property.listProperty <${op === 'add' ? 'key=value, string or JSON string' : 'index'}>`, 1);
    for (const value of words.slice(1)) ops.push({ op, path: words[0], value });
  }
  return ops;
}

const TYPED_UPDATE_KEYS = ['sku', 'adminEnabled', 'anonymousPullEnabled', 'defaultAction', 'publicNetworkEnabled', 'allowTrustedServices'];

/** `az acr update`: typed flags first, then the generic `--set/--add/--remove`, like az's generic update. */
export function acrUpdate(ctx: CommandContext, args: Record<string, unknown>): HandlerResult {
  requireSignedIn(ctx);
  const ops = genericOps(args);
  const name = String(args.name);
  const resourceGroup = str(args, 'resourceGroup');
  let world = ctx.world;
  const warnings: string[] = [];
  let reg = requireRegistry(world, name, resourceGroup);
  if (TYPED_UPDATE_KEYS.some((k) => args[k] !== undefined)) {
    const r = unwrap(
      updateRegistry(world, {
        name,
        resourceGroup,
        sku: str(args, 'sku'),
        adminEnabled: bool(args, 'adminEnabled'),
        anonymousPullEnabled: bool(args, 'anonymousPullEnabled'),
        defaultAction: str(args, 'defaultAction') as 'Allow' | 'Deny' | undefined,
        publicNetworkEnabled: bool(args, 'publicNetworkEnabled'),
        allowTrustedServices: bool(args, 'allowTrustedServices'),
      }),
    );
    ({ world, value: reg } = r);
    warnings.push(...r.warnings);
  }
  for (const op of ops) {
    const r = unwrap(setRegistryProperty(world, { name: reg.name, ...op }));
    ({ world, value: reg } = r);
    warnings.push(...r.warnings);
  }
  return { world, result: registryView(world, reg), warnings: warnings.length > 0 ? warnings : undefined };
}

/** `az acr show`. */
export function acrShow(ctx: CommandContext, args: Record<string, unknown>): HandlerResult {
  requireSignedIn(ctx);
  return { result: registryView(ctx.world, requireRegistry(ctx.world, String(args.name), str(args, 'resourceGroup'))) };
}

/** `az acr list [-g]`. */
export function acrList(ctx: CommandContext, args: Record<string, unknown>): HandlerResult {
  requireSignedIn(ctx);
  const rg = str(args, 'resourceGroup');
  if (rg !== undefined && !findGroup(ctx.world, rg)) cliFail(`(ResourceGroupNotFound) Resource group '${rg}' could not be found.`, 3);
  const regs = ctx.world.registries.filter((r) => rg === undefined || r.resourceGroup.toLowerCase() === rg.toLowerCase());
  return { result: regs.map((r) => registryView(ctx.world, r)) };
}

/** `az acr delete`: prints nothing; needs `--yes` (CONFIRM_NEEDS_YES). */
export function acrDelete(ctx: CommandContext, args: Record<string, unknown>): HandlerResult {
  requireYes(args);
  const name = String(args.name);
  const resourceGroup = str(args, 'resourceGroup');
  // With -g az sends the DELETE without a GET first (acr custom.py `acr_delete`), and ARM answers
  // a DELETE of a missing resource in an existing group with 204 No Content: no error, no output.
  if (resourceGroup !== undefined && ctx.world.user.signedIn && findGroup(ctx.world, resourceGroup)) {
    const reg = findRegistry(ctx.world, name);
    if (!reg || reg.resourceGroup.toLowerCase() !== resourceGroup.toLowerCase()) return {};
  }
  const { world } = unwrap(deleteRegistry(ctx.world, { name, resourceGroup }));
  return { world };
}
