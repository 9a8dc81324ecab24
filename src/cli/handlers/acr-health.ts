/**
 * `az acr check-health`: the environment and registry probes of azure-cli's `check_health.py`,
 * printed to stderr the way az logs them. The registry probe asks the model's `decide()` whether
 * the workstation gets through the registry's network rules.
 */
import { decide, findRegistry, loginServer, type World } from '../../model';
import type { CommandContext, HandlerResult, OutputChunk } from '../types';
import { errorLine, requireSignedIn } from './model-result';

const FAQ = '\nPlease refer to https://aka.ms/acr/health-check for more information.';

/** A documentation-range (RFC 5737 TEST-NET-1) address standing in for the registry endpoint. */
function endpointIp(name: string): string {
  let h = 0;
  for (const c of name.toLowerCase()) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return `192.0.2.${(h % 250) + 4}`;
}

/** az's `ErrorClass.get_error_message`: a time stamp, the error title, then the message. */
function errorText(world: World, title: string, message: string): string {
  const stamp = new Date(world.clock).toISOString().replace('T', ' ').replace('Z', '000');
  return `${stamp} An error occurred: ${title}\n${message}`;
}

/** `az acr check-health [-n <registry>] [--ignore-errors] [--yes]`. */
export function acrCheckHealth(ctx: CommandContext, args: Record<string, unknown>): HandlerResult {
  const out: OutputChunk[] = [];
  const say = (text: string, delayMs = 150) => out.push({ stream: 'stderr', text: `${text}\n`, delayMs });
  say('Docker daemon status: available');
  say("Docker version: 'Docker version 24.0.7, build afdd53b, platform linux/amd64'");
  // Without --yes az asks before pulling the test image; the lab cannot answer a prompt.
  if (args.yes === true) say("Docker pull of 'mcr.microsoft.com/mcr/hello-world:latest' : OK", 600);
  else say('Skipping pull check.');
  say('Azure CLI version: 2.45.0');

  const name = args.name === undefined ? undefined : String(args.name);
  if (name === undefined) {
    say('Registry name must be provided to check connectivity.');
  } else {
    requireSignedIn(ctx);
    const reg = findRegistry(ctx.world, name);
    const server = reg ? loginServer(reg) : `${name.toLowerCase()}.azurecr.io`;
    let title = '';
    let message = '';
    if (!reg) {
      title = 'CONNECTIVITY_DNS_ERROR';
      message = `DNS lookup to registry '${server}' failed. Please check if the registry exists and the DNS configuration is correct.`;
    } else {
      say(`DNS lookup to ${server} at IP ${endpointIp(reg.name)} : OK`, 300);
      const d = decide(ctx.world, { caller: { kind: 'workstation' }, operation: 'pull', registry: reg.name });
      if (!d.allowed && d.layer === 'network') {
        title = 'CONNECTIVITY_FORBIDDEN_ERROR';
        message =
          `Looks like you don't have access to registry '${server}'. To see configured firewall rules, run 'az acr show --query networkRuleSet --name ${reg.name}'. ` +
          'Details: https://docs.microsoft.com/azure/container-registry/container-registry-health-error-reference#connectivity_forbidden_error';
      } else {
        say(`Challenge endpoint https://${server}/v2/ : OK`);
        say(`Fetch refresh token for registry '${server}' : OK`);
        say(`Fetch access token for registry '${server}' : OK`);
      }
    }
    if (title) {
      const text = errorText(ctx.world, title, message);
      if (args.ignoreErrors !== true) {
        out.push({ stream: 'stderr', text: errorLine(ctx.isTty, `${text}\n\nPlease refer to https://aka.ms/acr/errors#${title.toLowerCase()} for more information.`), delayMs: 300 });
        return { stream: out, exitCode: 1 };
      }
      out.push({ stream: 'stderr', text: errorLine(ctx.isTty, text), delayMs: 300 });
    }
  }
  say('Helm version: v3.13.2');
  say('Notary version: 0.6.1');
  say(FAQ);
  return { stream: out };
}
