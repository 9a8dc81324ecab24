/** The workstation's small `docker` (login, pull, tag, push, images) against the access model. */
import { describe, expect, it } from 'vitest';
import { parseImageRef } from '~/cli/docker-images';
import { withRegistry } from './cmd-harness';

const FIREWALL = `Error response from daemon: Get "https://myregistry.azurecr.io/v2/": denied: client with IP '203.0.113.10' is not allowed access. Refer https://aka.ms/acr/firewall to grant access.\n`;

describe('image references', () => {
  it.each([
    ['hello-world', { host: 'docker.io', repository: 'library/hello-world', tag: 'latest', familiar: 'hello-world:latest' }],
    ['user/app:1', { host: 'docker.io', repository: 'user/app', tag: '1', familiar: 'user/app:1' }],
    ['myregistry.azurecr.io/team/app:v1', { host: 'myregistry.azurecr.io', repository: 'team/app', tag: 'v1', familiar: 'myregistry.azurecr.io/team/app:v1' }],
    ['localhost:5000/app', { host: 'localhost:5000', repository: 'app', tag: 'latest', familiar: 'localhost:5000/app:latest' }],
  ])('%s', (text, ref) => expect(parseImageRef(text)).toEqual(ref));

  it('rejects upper case like docker', () => expect(parseImageRef('Hello-World')).toBeNull());
});

describe('docker against a registry', () => {
  it('pulls public images, tags, pushes to an open registry and lists images', () => {
    const s = withRegistry();
    const pull = s.docker('pull hello-world');
    expect(pull.exitCode).toBe(0);
    expect(pull.stdout).toMatch(/^latest: Pulling from library\/hello-world\n[0-9a-f]{12}: Pull complete\nDigest: sha256:[0-9a-f]{64}\nStatus: Downloaded newer image for hello-world:latest\ndocker\.io\/library\/hello-world:latest\n$/);
    expect(s.docker('pull hello-world').stdout).toContain('Status: Image is up to date for hello-world:latest');
    expect(s.docker('tag hello-world myregistry.azurecr.io/hello-world:v1').stdout).toBe('');
    expect(s.az('acr login -n myregistry').stdout).toBe('Login Succeeded\n');
    const push = s.docker('push myregistry.azurecr.io/hello-world:v1');
    expect(push.exitCode).toBe(0);
    expect(push.stdout).toMatch(/^The push refers to repository \[myregistry\.azurecr\.io\/hello-world\]\n[\s\S]*Pushed\nv1: digest: sha256:[0-9a-f]{64} size: 525\n$/);
    expect(s.world.registries[0].repositories).toEqual([{ name: 'hello-world', tags: ['v1'] }]);
    const images = s.docker('images').stdout.split('\n');
    expect(images[0].split(/\s{2,}/)).toEqual(['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE']);
    expect(images.slice(1, 3).map((l) => l.split(/\s{2,}/).slice(0, 2))).toEqual([
      ['hello-world', 'latest'],
      ['myregistry.azurecr.io/hello-world', 'v1'],
    ]);
  });

  it('meets the firewall on login, pull and push when the workstation is not allowed', () => {
    const s = withRegistry();
    s.docker('pull hello-world');
    s.docker('tag hello-world myregistry.azurecr.io/hello-world:v1');
    s.az('acr update -n myregistry --default-action Deny');
    expect([s.docker('login myregistry.azurecr.io').exitCode, s.docker('login myregistry.azurecr.io').stderr]).toEqual([1, FIREWALL]);
    expect(s.docker('pull myregistry.azurecr.io/hello-world:v1').stderr).toBe(FIREWALL);
    const push = s.docker('push myregistry.azurecr.io/hello-world:v1');
    expect(push.exitCode).toBe(1);
    expect(push.stderr).toContain("denied: client with IP '203.0.113.10' is not allowed access.");
    expect(s.world.registries[0].repositories).toEqual([]);
  });

  it('logs in to a reachable registry', () => {
    expect(withRegistry().docker('login myregistry.azurecr.io').stdout).toBe('Login Succeeded\n');
  });

  it('needs az acr login or docker login before it pulls or pushes, as a real workstation does', () => {
    const s = withRegistry();
    s.docker('pull hello-world');
    s.docker('tag hello-world myregistry.azurecr.io/hello-world:v1');
    const unauthorized = 'unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.\n';
    const push = s.docker('push myregistry.azurecr.io/hello-world:v1');
    expect([push.exitCode, push.stderr]).toEqual([1, unauthorized]);
    const pull = s.docker('pull myregistry.azurecr.io/hello-world:v1');
    expect([pull.exitCode, pull.stderr]).toEqual([1, `Error response from daemon: Head "https://myregistry.azurecr.io/v2/hello-world/manifests/v1": ${unauthorized}`]);
    expect(s.world.registries[0].repositories).toEqual([]);
    // docker login works as well as az acr login; docker logout forgets the credentials again.
    expect(s.docker('login myregistry.azurecr.io').exitCode).toBe(0);
    expect(s.docker('push myregistry.azurecr.io/hello-world:v1').exitCode).toBe(0);
    expect(s.docker('logout myregistry.azurecr.io').stdout).toBe('Removing login credentials for myregistry.azurecr.io\n');
    expect(s.docker('push myregistry.azurecr.io/hello-world:v1').stderr).toBe(unauthorized);
    // Anonymous pull needs no credentials.
    s.az('acr update -n myregistry --anonymous-pull-enabled true');
    expect(s.docker('pull myregistry.azurecr.io/hello-world:v1').exitCode).toBe(0);
  });

  it('says a missing tag is missing once logged in', () => {
    const s = withRegistry();
    s.az('acr login -n myregistry');
    const r = s.docker('pull myregistry.azurecr.io/nothing:v1');
    expect([r.exitCode, r.stderr]).toEqual([1, 'Error response from daemon: manifest for myregistry.azurecr.io/nothing:v1 not found: manifest unknown: manifest tagged by "v1" is not found\n']);
  });

  it.each([
    ['pull nothere1.azurecr.io/app:v1', 'Error response from daemon: Get "https://nothere1.azurecr.io/v2/": dial tcp: lookup nothere1.azurecr.io: no such host\n'],
    ['tag missing:v1 other:v1', 'Error response from daemon: No such image: missing:v1\n'],
    ['push myregistry.azurecr.io/app:v1', 'An image does not exist locally with the tag: myregistry.azurecr.io/app:v1\n'],
    ['bogus', "docker: 'bogus' is not a docker command.\nSee 'docker --help'\n"],
  ])('docker %s fails like docker', (line, stderr) => {
    const r = withRegistry().docker(line);
    expect([r.exitCode, r.stderr]).toEqual([1, stderr]);
  });

  it('prints usage for --help and no arguments', () => {
    const s = withRegistry();
    expect(s.docker('--help').stdout).toContain('Usage:  docker [OPTIONS] COMMAND');
    expect(s.docker('').exitCode).toBe(0);
  });

  it('denies a push without a role on the registry (RBAC after the network)', () => {
    const s = withRegistry();
    s.docker('pull hello-world');
    s.docker('tag hello-world myregistry.azurecr.io/hello-world:v1');
    s.az('acr login -n myregistry');
    // Remove the lab user's Owner role: the network still lets the workstation in.
    s.world = { ...s.world, roleAssignments: [] };
    const r = s.docker('push myregistry.azurecr.io/hello-world:v1');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe('unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.\n');
  });
});
