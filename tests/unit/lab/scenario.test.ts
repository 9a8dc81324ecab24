import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyPrivateEndpoints, localized, parseScenario, scenarioBaseWorld, type Scenario } from '~/lab/scenario';
import { createGroup, createRegistry } from '~/model';

const dir = fileURLToPath(new URL('../../../content/scenarios/', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

function valid(): Record<string, unknown> {
  return {
    id: 'demo',
    profile: '2021',
    workstationIp: '203.0.113.10',
    registry: 'myregistry',
    title: { en: 'Demo', ko: '데모' },
    setup: ['az group create -n myresourcegroup -l koreacentral'],
    steps: [
      {
        id: 'off',
        title: { en: 'Turn it off', ko: '끄기' },
        hint: { en: 'Use az acr update', ko: 'az acr update를 쓰세요' },
        goal: { kind: 'trusted-services', registry: 'myregistry', enabled: false },
        solution: ['az acr update -n myregistry --allow-trusted-services false'],
      },
    ],
  };
}

describe.each(files)('content/scenarios/%s', (file) => {
  it('matches the scenario schema and is named by its id', () => {
    const result = parseScenario(JSON.parse(readFileSync(dir + file, 'utf8')), file);
    expect(result.ok ? result.scenario.id : result.error).toBe(file.replace(/\.json$/, ''));
  });
});

describe('parseScenario', () => {
  it('accepts a well-formed scenario', () => {
    expect(parseScenario(valid()).ok).toBe(true);
  });

  const step = (patch: Record<string, unknown>) => {
    const data = valid();
    data.steps = [{ ...(data.steps as object[])[0], ...patch }];
    return data;
  };

  it.each<{ name: string; data: Record<string, unknown>; message: RegExp }>([
    { name: 'an unknown profile', data: { ...valid(), profile: '2019' }, message: /^demo\.json: profile: / },
    { name: 'a workstation IP that is not IPv4', data: { ...valid(), workstationIp: '203.0.113' }, message: /workstationIp: Invalid ip/ },
    { name: 'a missing Korean title', data: { ...valid(), title: { en: 'Demo' } }, message: /title\.ko: Required/ },
    { name: 'an unknown goal kind', data: step({ goal: { kind: 'registry-cool', registry: 'x' } }), message: /steps\.0\.goal\.kind: Invalid discriminator/ },
    { name: 'a goal missing a field', data: step({ goal: { kind: 'public-access', registry: 'x' } }), message: /steps\.0\.goal\.enabled: Required/ },
    { name: 'a step without a solution', data: step({ solution: [] }), message: /steps\.0\.solution: / },
    { name: 'an unknown top-level field', data: { ...valid(), stpes: [] }, message: /Unrecognized key.*stpes/ },
    { name: 'a bad private endpoint status', data: { ...valid(), privateEndpoints: [{ registry: 'r', name: 'pe', status: 'Open' }] }, message: /privateEndpoints\.0\.status/ },
  ])('rejects $name with the file name and JSON path', ({ data, message }) => {
    const result = parseScenario(data, 'demo.json');
    expect(result.ok ? 'accepted' : result.error).toMatch(message);
  });

  it('rejects duplicate step ids, naming the second one', () => {
    const data = valid();
    data.steps = [...(data.steps as object[]), ...(data.steps as object[])];
    const result = parseScenario(data, 'demo.json');
    expect(result.ok ? 'accepted' : result.error).toMatch(/steps\.1\.id: duplicate step id "off"/);
  });
});

describe('scenario helpers', () => {
  const scenario = (patch: Partial<Scenario> = {}): Scenario => {
    const parsed = parseScenario({ ...valid(), ...patch });
    if (!parsed.ok) throw new Error(parsed.error);
    return parsed.scenario;
  };

  it('starts the world in the scenario profile with its workstation IP', () => {
    const world = scenarioBaseWorld(scenario({ profile: 'current', workstationIp: '198.51.100.7' }));
    expect([world.profile, world.workstationIp]).toEqual(['current', '198.51.100.7']);
  });

  it('adds private endpoint connections after setup and reports the model error when it cannot', () => {
    const s = scenario({ privateEndpoints: [{ registry: 'myregistry', name: 'myregistry-pe.1a2b3c', status: 'Pending' }] });
    expect(applyPrivateEndpoints(scenarioBaseWorld(s), s)).toMatchObject({ ok: false, error: /privateEndpoints myregistry-pe\.1a2b3c: .*could not be found/ });
    const group = createGroup(scenarioBaseWorld(s), { name: 'myresourcegroup', location: 'koreacentral' });
    const reg = group.ok && createRegistry(group.world, { name: 'myregistry', resourceGroup: 'myresourcegroup', sku: 'Premium' });
    if (!reg || !reg.ok) throw new Error('setup failed');
    const result = applyPrivateEndpoints(reg.world, s);
    expect(result.ok && result.world.registries[0].privateEndpointConnections.map((c) => c.privateLinkServiceConnectionState.status)).toEqual(['Pending']);
  });

  it('picks the page language and falls back to English', () => {
    expect([localized({ en: 'a', ko: '가' }, 'ko'), localized({ en: 'a', ko: '가' }, 'en'), localized({ en: 'a', ko: '가' }, 'fr')]).toEqual(['가', 'a', 'a']);
  });
});
