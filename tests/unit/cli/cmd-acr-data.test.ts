/** Data-plane commands from the workstation: login, repository, import, check-health (facts §3, §4, §7). */
import { describe, expect, it } from 'vitest';
import { pushImage } from '~/model';
import { registryIdOf, withRegistry, type Session } from './cmd-harness';

const FORBIDDEN =
  "Looks like you don't have access to registry 'myregistry.azurecr.io'. To see configured firewall rules, run 'az acr show --query networkRuleSet --name myregistry'. " +
  "To see if public network access is enabled, run 'az acr show --query publicNetworkAccess'.Please refer to https://aka.ms/acr/errors#connectivity_forbidden_error for more information.";

function seedImage(s: Session, registry: string, repository: string, tag: string): void {
  const r = pushImage(s.world, { registry, repository, tag });
  if (!r.ok) throw new Error(r.error.message);
  s.world = r.world;
}

describe('az acr login', () => {
  it('succeeds on an open registry', () => {
    const r = withRegistry().az('acr login -n myregistry');
    expect([r.exitCode, r.stdout, r.stderr]).toEqual([0, 'Login Succeeded\n', '']);
  });

  it.each([
    ['public access disabled', 'acr update -n myregistry --public-network-enabled false'],
    ['default action Deny without a rule for the workstation', 'acr update -n myregistry --default-action Deny'],
  ])('is refused by the firewall: %s', (_label, restrict) => {
    const s = withRegistry();
    s.az(restrict);
    const r = s.az('acr login -n myregistry');
    expect([r.exitCode, r.stdout, r.stderr]).toEqual([1, '', `ERROR: ${FORBIDDEN}\n`]);
  });

  it('passes again once the workstation IP is allowed', () => {
    const s = withRegistry();
    s.az('acr update -n myregistry --default-action Deny');
    s.az('acr network-rule add -n myregistry --ip-address 203.0.113.0/24');
    expect(s.az('acr login -n myregistry').exitCode).toBe(0);
  });

  it('prints an access token with --expose-token', () => {
    const s = withRegistry();
    const r = s.az('acr login -n myregistry --expose-token');
    expect(r.exitCode).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['accessToken', 'loginServer']);
    expect(out.loginServer).toBe('myregistry.azurecr.io');
    expect(out.accessToken.split('.')).toHaveLength(3);
    expect(r.stderr).toContain("WARNING: You can perform manual login using the provided access token below, for example: 'docker login loginServer -u 00000000-0000-0000-0000-000000000000 -p accessToken'");
    expect(s.az('acr login -n myregistry -t --query loginServer -o tsv').stdout).toBe('myregistry.azurecr.io\n');
  });

  it('cannot connect to a registry that does not exist', () => {
    const r = withRegistry().az('acr login -n nothere1');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain("Could not connect to the registry login server 'nothere1.azurecr.io'.");
    expect(r.stderr).toContain("Try running 'az acr check-health -n nothere1 --yes' to diagnose this issue.");
  });
});

describe('az acr repository', () => {
  it('lists repositories and tags, with table and tsv output', () => {
    const s = withRegistry();
    seedImage(s, 'myregistry', 'hello-world', 'v2');
    seedImage(s, 'myregistry', 'hello-world', 'v1');
    seedImage(s, 'myregistry', 'app', 'latest');
    expect(s.json('acr repository list -n myregistry')).toEqual(['app', 'hello-world']);
    expect(s.json('acr repository show-tags -n myregistry --repository hello-world')).toEqual(['v1', 'v2']);
    expect(s.az('acr repository show-tags -n myregistry --repository hello-world -o tsv').stdout).toBe('v1\nv2\n');
    expect(s.az('acr repository list -n myregistry -o table').stdout).toBe('Result\n-----------\napp\nhello-world\n');
  });

  it('is a data-plane call: the firewall answers like for login', () => {
    const s = withRegistry();
    s.az('acr update -n myregistry --public-network-enabled false');
    const r = s.az('acr repository list -n myregistry');
    expect([r.exitCode, r.stderr]).toEqual([1, `ERROR: ${FORBIDDEN}\n`]);
  });

  it('reports an unknown repository', () => {
    const r = withRegistry().az('acr repository show-tags -n myregistry --repository nope');
    expect([r.exitCode, r.stderr]).toEqual([1, 'ERROR: Error: repository name not known to registry.\n']);
  });

  it('requires --repository for show-tags', () => {
    const r = withRegistry().az('acr repository show-tags -n myregistry');
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('the following arguments are required: --repository');
  });
});

describe('az acr import', () => {
  function twoRegistries(): Session {
    const s = withRegistry();
    s.az('acr create -n sourceregistry -g rg --sku Premium');
    seedImage(s, 'sourceregistry', 'hello-world', 'v1');
    return s;
  }

  it('prints nothing and stores the image', () => {
    const s = twoRegistries();
    const r = s.az('acr import -n myregistry --source sourceregistry.azurecr.io/hello-world:v1');
    expect([r.exitCode, r.stdout, r.stderr]).toEqual([0, '', '']);
    expect(s.json('acr repository show-tags -n myregistry --repository hello-world')).toEqual(['v1']);
  });

  it('passes a source with public access off only by resource ID and only while it trusts Azure services', () => {
    const s = twoRegistries();
    const srcId = registryIdOf(s, 'sourceregistry');
    s.az('acr update -n sourceregistry --public-network-enabled false');
    const byName = s.az('acr import -n myregistry --source sourceregistry.azurecr.io/hello-world:v1 -t byname:v1');
    expect(byName.exitCode).toBe(1);
    expect(byName.stderr).toContain('(InvalidParameters)');
    expect(s.az(`acr import -n myregistry --source hello-world:v1 -r ${srcId}`).exitCode).toBe(0);

    s.az('acr update -n sourceregistry --allow-trusted-services false');
    const denied = s.az(`acr import -n myregistry --source hello-world:v1 -t denied:v1 -r ${srcId}`);
    expect(denied.exitCode).toBe(1);
    expect(denied.stderr).toMatch(/^ERROR: \(InvalidParameters\) Operation .* failed\. Resource \/subscriptions\/.*\/registries\/myregistry /);
    expect(s.json('acr repository list -n myregistry')).toEqual(['hello-world']);
  });

  it('refuses to overwrite a tag without --force', () => {
    const s = twoRegistries();
    s.az('acr import -n myregistry --source sourceregistry.azurecr.io/hello-world:v1');
    expect(s.az('acr import -n myregistry --source sourceregistry.azurecr.io/hello-world:v1').exitCode).toBe(1);
    expect(s.az('acr import -n myregistry --source sourceregistry.azurecr.io/hello-world:v1 --force').exitCode).toBe(0);
  });
});

describe('az acr check-health', () => {
  it('reports every probe as OK for a reachable registry', () => {
    const r = withRegistry().az('acr check-health -n myregistry -y');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain("Docker pull of 'mcr.microsoft.com/mcr/hello-world:latest' : OK");
    expect(r.stderr).toMatch(/DNS lookup to myregistry\.azurecr\.io at IP 192\.0\.2\.\d+ : OK/);
    expect(r.stderr).toContain("Fetch access token for registry 'myregistry.azurecr.io' : OK");
    expect(r.stderr).toContain('Please refer to https://aka.ms/acr/health-check for more information.');
  });

  it('stops at the firewall, or carries on with --ignore-errors', () => {
    const s = withRegistry();
    s.az('acr update -n myregistry --public-network-enabled false');
    const r = s.az('acr check-health -n myregistry -y');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('An error occurred: CONNECTIVITY_FORBIDDEN_ERROR');
    expect(r.stderr).not.toContain('Challenge endpoint');
    const ignored = s.az('acr check-health -n myregistry -y --ignore-errors');
    expect(ignored.exitCode).toBe(0);
    expect(ignored.stderr).toContain('CONNECTIVITY_FORBIDDEN_ERROR');
    expect(ignored.stderr).toContain('Helm version');
  });

  it('checks only the environment without a registry name', () => {
    const r = withRegistry().az('acr check-health');
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toContain('Skipping pull check.');
    expect(r.stderr).toContain('Registry name must be provided to check connectivity.');
  });
});
