/** `az acr import` through a network-restricted source (facts §4 "Import"). */
import { describe, expect, it } from 'vitest';
import { createRegistry, importImage, pushImage, registryId, signOut, updateRegistry, type World } from '../../../src/model/index';
import { REG, RG, must, mustFail, registryWorld } from './helpers';

const TARGET = 'targetregistry';

function worlds(): { w: World; sourceId: string } {
  let w = registryWorld();
  w = must(createRegistry(w, { name: TARGET, resourceGroup: RG, sku: 'Basic' })).world;
  w = must(pushImage(w, { registry: REG, repository: 'hello-world', tag: 'v1' })).world;
  return { w, sourceId: registryId(w, w.registries[0]) };
}

describe('import from a restricted source registry', () => {
  it('passes by resource ID while the source allows trusted services, and stores the image', () => {
    const { w, sourceId } = worlds();
    const closed = must(updateRegistry(w, { name: REG, publicNetworkEnabled: false })).world;
    const r = must(importImage(closed, { target: TARGET, source: 'hello-world:v1', sourceRegistry: sourceId }));
    expect(r.value.decision).toMatchObject({ allowed: true, trail: ['network.trusted-service', 'authorization.role'] });
    expect(r.value.image).toBe('hello-world:v1');
    expect(r.world.registries.find((x) => x.name === TARGET)?.repositories).toEqual([{ name: 'hello-world', tags: ['v1'] }]);
  });

  it('is refused at the network layer once trusted services are off', () => {
    const { w, sourceId } = worlds();
    const closed = must(updateRegistry(w, { name: REG, publicNetworkEnabled: false, allowTrustedServices: false })).world;
    const r = must(importImage(closed, { target: TARGET, source: 'hello-world:v1', sourceRegistry: sourceId }));
    expect(r.value).toMatchObject({ image: null, decision: { allowed: false, layer: 'network', rule: 'network.public-access-disabled' } });
    expect(r.world).toBe(closed);
  });

  it('needs the resource ID (not the login server) while public access is disabled', () => {
    const { w } = worlds();
    const closed = must(updateRegistry(w, { name: REG, publicNetworkEnabled: false })).world;
    const r = must(importImage(closed, { target: TARGET, source: `${REG}.azurecr.io/hello-world:v1` }));
    expect(r.value.decision).toMatchObject({ allowed: false, rule: 'network.import-needs-resource-id' });
    expect(r.value.decision.fixes[0].key).toBe('model.fix.import-by-resource-id');
  });

  it('works by login server on an open registry; a second import needs --force', () => {
    const { w } = worlds();
    const first = must(importImage(w, { target: TARGET, source: `${REG}.azurecr.io/hello-world:v1`, image: 'copy:v1' }));
    expect(first.value.image).toBe('copy:v1');
    expect(mustFail(importImage(first.world, { target: TARGET, source: `${REG}.azurecr.io/hello-world:v1`, image: 'copy:v1' }))).toMatchObject({ code: 'Conflict', exitCode: 1 });
    expect(must(importImage(first.world, { target: TARGET, source: `${REG}.azurecr.io/hello-world:v1`, image: 'copy:v1', force: true })).value.image).toBe('copy:v1');
  });

  it('imports from a public registry outside Azure', () => {
    const { w } = worlds();
    const r = must(importImage(w, { target: TARGET, source: 'docker.io/library/hello-world:latest' }));
    expect(r.value).toMatchObject({ image: 'library/hello-world:latest', decision: { rule: 'network.external-source' } });
  });

  it.each([
    [{ target: 'nosuchreg', source: 'docker.io/x:1' }, 'ResourceNotFound', 3],
    [{ target: TARGET, source: 'hello-world:v1' }, 'InvalidArgumentValue', 1],
    [{ target: TARGET, source: 'hello-world:v1', sourceRegistry: 'missingreg' }, 'ResourceNotFound', 3],
    [{ target: TARGET, source: 'missingreg.azurecr.io/x:1' }, 'ResourceNotFound', 3],
    [{ target: TARGET, source: 'nothere:v9', sourceRegistry: REG }, 'ManifestUnknown', 1],
    [{ target: TARGET, source: 'docker.io/library/x:1', image: 'BAD:tag' }, 'InvalidImageName', 1],
  ])('bad input %o → %s (exit %i)', (input, code, exitCode) => {
    expect(mustFail(importImage(worlds().w, input))).toMatchObject({ code, exitCode });
  });

  it('needs a signed-in user', () => {
    expect(mustFail(importImage(must(signOut(worlds().w)).world, { target: TARGET, source: 'docker.io/x:1' })).code).toBe('NotSignedIn');
  });
});
