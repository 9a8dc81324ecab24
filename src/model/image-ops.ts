/**
 * Images: scenario seeding / `docker push` after `decide` allowed it, and `az acr import`
 * (facts §4 "Import": a restricted source passes only while it allows trusted services, and a
 * source with public access disabled must be named by resource id).
 */
import { fail, ok, registryNotFound } from './errors';
import { isFailure, requireRegistry, signedOutError } from './group-ops';
import { tick } from './ids';
import { findRegistry, findRegistryById, loginServer, withRegistry } from './lookups';
import { decide } from './decide';
import { msg } from './messages';
import { REPOSITORY_PATTERN, TAG_PATTERN } from './validate';
import type { Decision, OpResult, Registry, World } from './types';

/** Registry with `repository:tag` added (no duplicates). */
function withTag(reg: Registry, repository: string, tag: string): Registry {
  const repo = reg.repositories.find((r) => r.name === repository);
  const repositories = repo
    ? reg.repositories.map((r) => (r === repo ? { ...r, tags: r.tags.includes(tag) ? r.tags : [...r.tags, tag] } : r))
    : [...reg.repositories, { name: repository, tags: [tag] }];
  return { ...reg, repositories };
}

/** Split `repo[:tag]` (tag defaults to `latest`). */
function splitImage(image: string): { repository: string; tag: string } {
  const colon = image.lastIndexOf(':');
  return colon > image.lastIndexOf('/') && colon >= 0
    ? { repository: image.slice(0, colon), tag: image.slice(colon + 1) }
    : { repository: image, tag: 'latest' };
}

const invalidImage = (image: string) =>
  fail('InvalidImageName', `invalid reference format: repository name must be lowercase: '${image}'`, 1);

/**
 * Store an image. Not gated by sign-in: scenarios seed images, and the shell calls this only after
 * `decide` allowed the push.
 */
export function pushImage(world: World, input: { registry: string; repository: string; tag: string }): OpResult<Registry> {
  const reg = requireRegistry(world, input.registry);
  if (isFailure(reg)) return reg;
  if (!REPOSITORY_PATTERN.test(input.repository) || !TAG_PATTERN.test(input.tag)) return invalidImage(`${input.repository}:${input.tag}`);
  const next = withTag(reg, input.repository, input.tag);
  return ok(tick(withRegistry(world, next)), next);
}

export interface ImportImageInput {
  /** Target registry name. */
  target: string;
  /** `repo:tag`, or `<login server>/repo:tag` when no source registry is given. */
  source: string;
  /** Source registry resource id (or name). */
  sourceRegistry?: string;
  /** Target `repo:tag` (defaults to the source's). */
  image?: string;
  force?: boolean;
}

/** Outcome of an import: the decision on the source, and the stored image when it passed. */
export interface ImportResult {
  decision: Decision;
  image: string | null;
}

const denied = (world: World, decision: Decision): OpResult<ImportResult> => ok(world, { decision, image: null });

/** `az acr import`. A denied import is `ok:true` with the denial; errors are for bad input. */
export function importImage(world: World, input: ImportImageInput): OpResult<ImportResult> {
  const out = signedOutError(world);
  if (out) return out;
  const target = requireRegistry(world, input.target);
  if (isFailure(target)) return target;
  let source = input.source.trim();
  let src: Registry | undefined;
  const byId = input.sourceRegistry !== undefined && input.sourceRegistry.startsWith('/');
  if (input.sourceRegistry !== undefined) {
    src = byId ? findRegistryById(world, input.sourceRegistry) : findRegistry(world, input.sourceRegistry);
    if (!src) return registryNotFound(world, input.sourceRegistry);
    const prefix = `${loginServer(src)}/`;
    if (source.toLowerCase().startsWith(prefix)) source = source.slice(prefix.length);
  } else {
    const slash = source.indexOf('/');
    const host = slash > 0 ? source.slice(0, slash).toLowerCase() : '';
    if (!host.includes('.')) {
      return fail('InvalidArgumentValue', 'usage error: --source must start with a registry login server, or name the source registry with --registry.', 1);
    }
    source = source.slice(slash + 1);
    if (host.endsWith('.azurecr.io')) {
      src = findRegistry(world, host);
      if (!src) return registryNotFound(world, host.slice(0, -'.azurecr.io'.length));
    }
  }
  const { repository, tag } = splitImage(source);
  const dest = splitImage(input.image ?? `${repository}:${tag}`);
  if (!REPOSITORY_PATTERN.test(dest.repository) || !TAG_PATTERN.test(dest.tag)) return invalidImage(input.image ?? source);
  let decision: Decision;
  if (!src) {
    decision = { allowed: true, layer: 'network', rule: 'network.external-source', reason: msg('model.reason.external-source', { source: input.source }), fixes: [], trail: ['network.external-source'] };
  } else if (src.publicNetworkAccess === 'Disabled' && !byId) {
    // With public access off the login server does not resolve for the import service (facts §4).
    const reason = msg('model.reason.import-needs-resource-id', { registry: src.name });
    decision = { allowed: false, layer: 'network', rule: 'network.import-needs-resource-id', reason, fixes: [msg('model.fix.import-by-resource-id', { registry: src.name })], trail: ['network.import-needs-resource-id'] };
  } else {
    decision = decide(world, { caller: { kind: 'acr-import', targetRegistry: target.name }, operation: 'pull', registry: src.name });
  }
  if (!decision.allowed) return denied(world, decision);
  if (src && !src.repositories.some((r) => r.name === repository && r.tags.includes(tag))) {
    return fail('ManifestUnknown', `(InvalidParameters) Source image ${loginServer(src)}/${repository}:${tag} was not found.`, 1);
  }
  const exists = target.repositories.some((r) => r.name === dest.repository && r.tags.includes(dest.tag));
  if (exists && !input.force) {
    return fail('Conflict', `(Conflict) Tag ${dest.repository}:${dest.tag} already exists in target registry.`, 1);
  }
  const next = withTag(target, dest.repository, dest.tag);
  return ok(tick(withRegistry(world, next), 3000), { decision, image: `${dest.repository}:${dest.tag}` });
}
