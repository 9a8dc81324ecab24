/**
 * Data-plane commands run from the learner's workstation: `az acr login`, `az acr repository
 * list|show-tags` and `az acr import`. Every registry access goes through the model's `decide()`
 * (facts §3), so the CLI shows the same verdict as the lab's outcome panel.
 */
import { decide, findRegistry, importImage, loginServer, registryDenialText, registryId, type Decision, type Registry, type World } from '../../model';
import type { CommandContext, HandlerResult } from '../types';
import { cliFail, requireSignedIn, str, unwrap } from './model-result';
import { base64 } from './task-view';
import { withDockerLogin } from '../docker-images';

/** az's `ACR_CHECK_HEALTH_MSG`. */
const checkHealthHint = (name: string) => `Try running 'az acr check-health -n ${name} --yes' to diagnose this issue.`;

/** The 403 text of `az acr login` and the data-plane commands (azure-cli acr `_docker_utils.py`, facts §7). */
export function forbiddenLoginText(reg: Registry): string {
  return (
    `Looks like you don't have access to registry '${loginServer(reg)}'. ` +
    `To see configured firewall rules, run 'az acr show --query networkRuleSet --name ${reg.name}'. ` +
    "To see if public network access is enabled, run 'az acr show --query publicNetworkAccess'." +
    'Please refer to https://aka.ms/acr/errors#connectivity_forbidden_error for more information.'
  );
}

/**
 * The registry the workstation reaches and the decision on it; a name that resolves to nothing
 * fails like az when the login server does not answer.
 */
export function workstationAccess(world: World, name: string, operation: 'pull' | 'push'): { reg: Registry; decision: Decision } {
  const reg = findRegistry(world, name);
  if (!reg) {
    const server = `${name.toLowerCase()}.azurecr.io`;
    return cliFail(
      `Could not connect to the registry login server '${server}'. Please verify that the registry exists and the URL 'https://${server}/v2/' is reachable from your environment.\n${checkHealthHint(name)}`,
      1,
    );
  }
  const decision = decide(world, { caller: { kind: 'workstation' }, operation, registry: reg.name });
  if (!decision.allowed && decision.layer === 'network') cliFail(forbiddenLoginText(reg), 1);
  return { reg, decision };
}

/** A stable, obviously simulated ACR refresh token (JWT layout) for `--expose-token`. */
function simulatedToken(world: World, reg: Registry): string {
  const url = (s: string) => base64(s).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  const iat = Math.floor(world.clock / 1000);
  const payload = { aud: loginServer(reg), exp: iat + 10800, grant_type: 'refresh_token', iat, iss: 'Azure Container Registry', tenant: world.tenantId };
  return `${url('{"alg":"RS256","typ":"JWT"}')}.${url(JSON.stringify(payload))}.${url('simulated-signature-not-valid')}`;
}

/** `az acr login -n <registry> [--expose-token]`. */
export function acrLogin(ctx: CommandContext, args: Record<string, unknown>): HandlerResult {
  requireSignedIn(ctx);
  const { reg } = workstationAccess(ctx.world, String(args.name), 'pull');
  if (args.exposeToken === true) {
    return {
      result: { accessToken: simulatedToken(ctx.world, reg), loginServer: loginServer(reg) },
      warnings: [
        "You can perform manual login using the provided access token below, for example: 'docker login loginServer -u 00000000-0000-0000-0000-000000000000 -p accessToken'",
      ],
    };
  }
  // Like az, which runs `docker login` with the token it got, so Docker can push and pull next.
  return { stream: [{ stream: 'stdout', text: 'Login Succeeded\n', delayMs: 400 }], world: withDockerLogin(ctx.world, loginServer(reg)) };
}

/** Registry data-plane read from the workstation: network and RBAC verdicts as registry errors. */
function readableRegistry(ctx: CommandContext, name: string): Registry {
  requireSignedIn(ctx);
  const { reg, decision } = workstationAccess(ctx.world, name, 'pull');
  if (!decision.allowed) cliFail(`Error: ${registryDenialText(decision) || 'authentication required'}`, 1);
  return reg;
}

/** `az acr repository list -n <registry> [--top]`: repository names, sorted like the registry's catalog. */
export function repositoryList(ctx: CommandContext, args: Record<string, unknown>): HandlerResult {
  const reg = readableRegistry(ctx, String(args.name));
  const names = reg.repositories.map((r) => r.name).sort();
  const top = Number(args.top);
  return { result: Number.isInteger(top) && top > 0 ? names.slice(0, top) : names };
}

/** `az acr repository show-tags -n <registry> --repository <repo>`. */
export function repositoryShowTags(ctx: CommandContext, args: Record<string, unknown>): HandlerResult {
  const reg = readableRegistry(ctx, String(args.name));
  const repo = reg.repositories.find((r) => r.name === String(args.repository).toLowerCase());
  if (!repo) cliFail('Error: repository name not known to registry.', 1);
  const tags = [...repo.tags].sort();
  if (String(args.orderby ?? '') === 'time_desc') tags.reverse();
  const top = Number(args.top);
  return { result: Number.isInteger(top) && top > 0 ? tags.slice(0, top) : tags };
}

/** Login server of an import source given as resource ID, name or login server. */
function sourceLogin(src: string): string {
  const last = (src.split('/').pop() ?? src).toLowerCase();
  return last.includes('.') ? last : `${last}.azurecr.io`;
}

/**
 * `az acr import`: prints nothing on success (facts §4). A source the import service may not reach
 * fails the way the service reports it: the operation failed for the target with the source's 403.
 */
export function acrImport(ctx: CommandContext, args: Record<string, unknown>): HandlerResult {
  const { world, value } = unwrap(
    importImage(ctx.world, {
      target: String(args.name),
      source: String(args.source),
      sourceRegistry: str(args, 'registry'),
      image: str(args, 'image'),
      force: args.force === true,
    }),
  );
  if (value.decision.allowed) return { world };
  const target = findRegistry(ctx.world, String(args.name));
  const targetId = target ? registryId(ctx.world, target) : String(args.name);
  const denial = registryDenialText(value.decision);
  const src = str(args, 'registry') ?? String(args.source).split('/')[0];
  const detail = denial
    ? `Invalid message Forbidden Forbidden {"errors":[{"code":"DENIED","message":${JSON.stringify(denial.replace(/^denied: /, ''))}}]}`
    : `Access to ${sourceLogin(src)} denied.`;
  return cliFail(`(InvalidParameters) Operation registries-import failed. Resource ${targetId} ${detail}`, 1);
}
