/**
 * Transcripts of the lessons' workflows, run line by line in both behaviour profiles:
 * the seed's ACR Tasks workflow (facts §4 steps 1–6), import from a restricted registry, and
 * opening the firewall for the workstation's IP (facts §3).
 */
import { describe, expect, it } from 'vitest';
import { pushImage, type Profile } from '~/model';
import { registryIdOf, SEED_TASK, setup, withRegistry, type Session } from './cmd-harness';

const AGENT_FIREWALL =
  `failed to login, ran out of retries: failed to set docker credentials: Error response from daemon: Get "https://myregistry.azurecr.io/v2/": ` +
  "denied: client with IP '198.51.100.7' is not allowed access. Refer https://aka.ms/acr/firewall to grant access.";
const REFRESH_403 = 'failed to get ACR refresh token, exchange API response code: 403 Forbidden';

/** Run a task and check the verdict lines of facts §7. */
function expectRun(s: Session, outcome: 'success' | 'firewall' | '403', runNumber: number): void {
  const r = s.az('acr task run -n hello-world -r myregistry');
  const id = `ca${runNumber}`;
  expect(r.stderr.startsWith(`Queued a run with ID: ${id}\nWaiting for an agent...\n`)).toBe(true);
  const last = r.stdout.trimEnd().split('\n').pop();
  if (outcome === 'success') {
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('Successfully logged into myregistry.azurecr.io');
    expect(last).toBe(`Run ID: ${id} was successful after 12s`);
    return;
  }
  expect(r.exitCode).toBe(1);
  expect(r.stdout).toContain(outcome === 'firewall' ? `Logging in to registry: myregistry.azurecr.io\n${AGENT_FIREWALL}\n` : `${REFRESH_403}\n`);
  expect(last).toBe(`Run ID: ${id} failed after 5s. Error: failed during run, err: exit status 1`);
  expect(r.stderr.endsWith('ERROR: Run failed\n')).toBe(true);
}

describe.each<Profile>(['2021', 'current'])('the seed ACR Tasks workflow (profile %s)', (profile) => {
  it('steps 1–6', () => {
    const s = setup(profile);
    // 1. Registry and task with a system-assigned identity and the default auth mode off.
    expect(s.az('acr create -n myregistry -g rg --sku Premium -o none').exitCode).toBe(0);
    expect(s.az(SEED_TASK).exitCode).toBe(0);
    // 2. principalID=$(az acr task show ... --query identity.principalId -o tsv); registryID=$(az acr show ... --query id -o tsv)
    const principalID = s.az('acr task show -n hello-world -r myregistry --query identity.principalId -o tsv').stdout.trim();
    const registryID = s.az('acr show -n myregistry --query id -o tsv').stdout.trim();
    expect(principalID).toMatch(/^[0-9a-f-]{36}$/);
    const role = s.az(`role assignment create --assignee-object-id ${principalID} --assignee-principal-type ServicePrincipal --scope ${registryID} --role AcrPush`);
    expect(role.exitCode).toBe(0);
    // 3. The task logs in to its registry with its system identity.
    expect(s.az('acr task credential add -n hello-world -r myregistry --login-server myregistry.azurecr.io --use-identity [system]').exitCode).toBe(0);
    // 4. Public access off: the workstation is locked out…
    const off = s.az('acr update -n myregistry --public-network-enabled false');
    expect(off.stderr).toBe('WARNING: Disabling the public endpoint overrides all firewall configurations.\n');
    expect(s.az('acr login -n myregistry').exitCode).toBe(1);

    let run = 1;
    if (profile === '2021') {
      // 5. …but the task, a trusted service, gets through.
      expectRun(s, 'success', run++);
      // 6. Without trusted services the agent meets the firewall.
      s.az('acr update -n myregistry --allow-trusted-services false');
      expectRun(s, 'firewall', run++);
      s.az('acr update -n myregistry --allow-trusted-services true');
      expectRun(s, 'success', run++);
    } else {
      // 5. Tasks are no longer trusted: the token exchange is refused until the tasks flag is set.
      expectRun(s, '403', run++);
      expect(s.json('acr update -n myregistry --set networkRuleBypassAllowedForTasks=true').networkRuleBypassAllowedForTasks).toBe(true);
      expectRun(s, 'success', run++);
      // 6. The flag alone decides for tasks; turning it off brings the 403 back.
      s.az('acr update -n myregistry --set networkRuleBypassAllowedForTasks=false');
      expectRun(s, '403', run++);
    }
    expect(s.json('acr task list-runs -r myregistry --query [].runId')).toEqual(['ca3', 'ca2', 'ca1']);
    // The successful runs pushed hello-world:<run id>; the workstation itself still cannot look.
    expect(s.world.registries[0].repositories.find((r) => r.name === 'hello-world')?.tags.length).toBeGreaterThan(0);
    expect(s.az('acr repository list -n myregistry').exitCode).toBe(1);
  });

  it('a task without the role fails at login with the RBAC text', () => {
    const s = withRegistry(profile);
    s.az(SEED_TASK);
    s.az('acr task credential add -n hello-world -r myregistry --login-server myregistry.azurecr.io --use-identity [system]');
    if (profile === 'current') s.az('acr update -n myregistry --set networkRuleBypassAllowedForTasks=true');
    const r = s.az('acr task run -n hello-world -r myregistry');
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain('unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.');
  });
});

describe.each<Profile>(['2021', 'current'])('importing from a restricted registry (profile %s)', (profile) => {
  it('passes while the source trusts Azure services, by resource ID once its public access is off', () => {
    const s = withRegistry(profile);
    s.az('acr create -n sourceregistry -g rg --sku Premium --default-action Deny -o none');
    const seeded = pushImage(s.world, { registry: 'sourceregistry', repository: 'hello-world', tag: 'v1' });
    if (!seeded.ok) throw new Error(seeded.error.message);
    s.world = seeded.world;
    const sourceID = registryIdOf(s, 'sourceregistry');

    expect(s.az('acr repository list -n sourceregistry').exitCode).toBe(1);
    expect(s.az('acr import -n myregistry --source sourceregistry.azurecr.io/hello-world:v1 -t first:v1').stdout).toBe('');
    s.az('acr update -n sourceregistry --public-network-enabled false');
    expect(s.az('acr import -n myregistry --source sourceregistry.azurecr.io/hello-world:v1 -t second:v1').exitCode).toBe(1);
    expect(s.az(`acr import -n myregistry --source hello-world:v1 -t second:v1 -r ${sourceID}`).exitCode).toBe(0);
    s.az('acr update -n sourceregistry --allow-trusted-services false');
    expect(s.az(`acr import -n myregistry --source hello-world:v1 -t third:v1 -r ${sourceID}`).exitCode).toBe(1);
    expect(s.json('acr repository list -n myregistry')).toEqual(['first', 'second']);
  });
});

describe.each<Profile>(['2021', 'current'])('opening the firewall for the workstation (profile %s)', (profile) => {
  it('denies until an IP rule covers 203.0.113.10, and again once it is removed', () => {
    const s = withRegistry(profile);
    expect(s.json('acr update -n myregistry --default-action Deny --query networkRuleSet.defaultAction')).toBe('Deny');
    expect(s.az('acr login -n myregistry').stderr).toContain("Looks like you don't have access to registry 'myregistry.azurecr.io'.");
    expect(s.docker('pull myregistry.azurecr.io/hello-world:v1').stderr).toContain("denied: client with IP '203.0.113.10' is not allowed access.");

    s.az('acr network-rule add -n myregistry --ip-address 203.0.113.10');
    expect(s.az('acr login -n myregistry').stdout).toBe('Login Succeeded\n');
    expect(s.docker('pull hello-world').exitCode).toBe(0);
    expect(s.docker('tag hello-world myregistry.azurecr.io/hello-world:v1').exitCode).toBe(0);
    expect(s.docker('push myregistry.azurecr.io/hello-world:v1').exitCode).toBe(0);
    expect(s.json('acr repository show-tags -n myregistry --repository hello-world')).toEqual(['v1']);

    s.az('acr network-rule remove -n myregistry --ip-address 203.0.113.10');
    expect(s.az('acr repository list -n myregistry').exitCode).toBe(1);
    expect(s.docker('push myregistry.azurecr.io/hello-world:v1').exitCode).toBe(1);
  });
});
