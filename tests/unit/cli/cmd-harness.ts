/**
 * Whole-command-line harness for the `cmd-*` tests: a world that carries over between lines,
 * a tiny word splitter (quotes only; the real shell is tested elsewhere) and JSON helpers.
 */
import { runAz } from '~/cli/run';
import { runDocker } from '~/cli/docker';
import { addPrivateEndpointConnection, createWorld, type Profile, type World } from '~/model';
import type { CliResult } from '~/cli/types';

/** Split a command line into words, honouring '…' and "…" quoting. */
export function words(line: string): string[] {
  return (line.match(/'[^']*'|"[^"]*"|\S+/g) ?? []).map((w) => w.replace(/^(['"])(.*)\1$/, '$2'));
}

export interface Session {
  world: World;
  /** Run `az …` (the line without `az`); the world carries over. */
  az(line: string, opts?: { isTty?: boolean }): CliResult;
  /** Run `az …` and parse stdout as JSON (fails the test on a non-zero exit). */
  json(line: string): any;
  /** Run `docker …`. */
  docker(line: string): CliResult;
}

/** A fresh signed-in world in `profile`, with resource group `rg` (eastus). */
export function setup(profile: Profile = '2021'): Session {
  const s: Session = {
    world: createWorld({ profile }),
    az(line, opts) {
      const r = runAz(words(line), s.world, opts);
      s.world = r.world;
      return r;
    },
    json(line) {
      const r = s.az(line);
      if (r.exitCode !== 0) throw new Error(`az ${line} exited ${r.exitCode}: ${r.stderr}`);
      return JSON.parse(r.stdout);
    },
    docker(line) {
      const r = runDocker(words(line), s.world);
      s.world = r.world;
      return r;
    },
  };
  s.az('group create -n rg -l eastus');
  return s;
}

/** `setup()` plus a registry (Premium unless told otherwise). */
export function withRegistry(profile: Profile = '2021', sku = 'Premium', name = 'myregistry'): Session {
  const s = setup(profile);
  const r = s.az(`acr create -n ${name} -g rg --sku ${sku}`);
  if (r.exitCode !== 0) throw new Error(r.stderr);
  return s;
}

/** Attach a private endpoint connection the way a scenario would (there is no `az network` here). */
export function addEndpoint(s: Session, registry: string, name: string, status?: 'Approved' | 'Pending'): void {
  const r = addPrivateEndpointConnection(s.world, { registry, name, status });
  if (!r.ok) throw new Error(r.error.message);
  s.world = r.world;
}

/** Registry resource id as `az acr show --query id -o tsv` prints it. */
export function registryIdOf(s: Session, name = 'myregistry'): string {
  return s.az(`acr show -n ${name} --query id -o tsv`).stdout.trim();
}

/** The seed's task (facts §4 step 1): system identity, default auth off, pushes hello-world:{{.Run.ID}}. */
export const SEED_TASK =
  "acr task create -n hello-world -r myregistry -c /dev/null --cmd 'myregistry.azurecr.io/hello-world:v1' -t hello-world:{{.Run.ID}} --assign-identity [system] --auth-mode None";

/**
 * Facts §4 steps 1–3 through the CLI: the seed task, AcrPush for its identity on the registry
 * (principal and scope read back with `--query … -o tsv`, as the seed's shell variables do) and
 * the `[system]` credential for the registry's login server.
 */
export function seedTaskReady(s: Session): { principalId: string; registryId: string } {
  const steps: string[] = [];
  const must = (line: string) => {
    const r = s.az(line);
    if (r.exitCode !== 0) throw new Error(`az ${line}: ${r.stderr}`);
    steps.push(line);
    return r.stdout.trim();
  };
  must(SEED_TASK);
  const principalId = must('acr task show -n hello-world -r myregistry --query identity.principalId -o tsv');
  const registryId = must('acr show -n myregistry --query id -o tsv');
  must(`role assignment create --assignee-object-id ${principalId} --assignee-principal-type ServicePrincipal --role AcrPush --scope ${registryId}`);
  must('acr task credential add -n hello-world -r myregistry --login-server myregistry.azurecr.io --use-identity [system]');
  return { principalId, registryId };
}
