/** The matrix cell's tooltip text: the reason, then what would change it, one line each. */
import { describe, expect, it } from 'vitest';
import { explainLines, type MatrixTexts } from '~/lab/matrix-view';
import { formatMessage, type Decision } from '~/model';
import { catalogs, t } from '~/i18n';

const texts = (lang: 'en' | 'ko'): MatrixTexts => ({
  t: (key, params) => t(lang, key, params),
  message: (m) => formatMessage(m, catalogs[lang]),
});

const denied = (fixes: Decision['fixes']): Decision => ({
  allowed: false,
  layer: 'network',
  rule: 'network.default-deny',
  reason: { key: 'model.reason.task-not-found', params: { task: 'hellotask', registry: 'myregistry' } },
  fixes,
});
const fix = (ip: string) => ({ key: 'model.fix.add-ip-rule', params: { ip, registry: 'myregistry' } });

describe('explainLines', () => {
  it('gives an allowed cell its reason alone', () => {
    expect(explainLines({ ...denied([]), allowed: true }, texts('en'))).toHaveLength(1);
  });

  it('puts a single fix on its own line after the reason', () => {
    const lines = explainLines(denied([fix('198.51.100.7')]), texts('en'));
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^To change this: Allow 198\.51\.100\.7 /);
  });

  it.each(['en', 'ko'] as const)('numbers several fixes as alternatives under a heading (%s)', (lang) => {
    const lines = explainLines(denied([fix('198.51.100.7'), fix('198.51.100.8')]), texts(lang));
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe(catalogs[lang]['lab.matrix.fixes']);
    expect(lines[2]).toMatch(/^1\. .*198\.51\.100\.7/);
    expect(lines[3]).toMatch(/^2\. .*198\.51\.100\.8/);
  });
});
