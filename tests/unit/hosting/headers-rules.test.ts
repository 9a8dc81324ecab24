import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { headersForPath, parseHeadersFile, pathMatches, serializeHeadersFile } from '../../../src/server/headers-rules.mjs';

const SAMPLE = `# comment
/*
  X-Content-Type-Options: nosniff
  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-abc='

/:lang/lessons/*
  Cross-Origin-Opener-Policy: same-origin
  Cross-Origin-Embedder-Policy: require-corp
`;

function rules(text: string) {
  const parsed = parseHeadersFile(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.rules;
}

describe('parseHeadersFile', () => {
  it('reads rules, headers and values containing colons and semicolons', () => {
    expect(rules(SAMPLE)).toEqual([
      {
        path: '/*',
        headers: [
          ['X-Content-Type-Options', 'nosniff'],
          ['Content-Security-Policy', "default-src 'self'; script-src 'self' 'sha256-abc='"],
        ],
      },
      {
        path: '/:lang/lessons/*',
        headers: [
          ['Cross-Origin-Opener-Policy', 'same-origin'],
          ['Cross-Origin-Embedder-Policy', 'require-corp'],
        ],
      },
    ]);
  });

  it('accepts Windows line endings', () => {
    expect(rules(SAMPLE.replace(/\n/g, '\r\n'))).toEqual(rules(SAMPLE));
  });

  describe.each([
    { name: 'a header before any rule', text: '  X-A: b\n', line: 1, message: /must follow a rule/ },
    { name: 'a header without a colon', text: '/*\n  nosniff\n', line: 2, message: /Name: value/ },
    { name: 'a header without a value', text: '/*\n  X-A:\n', line: 2, message: /no value/ },
    { name: 'an absolute URL rule', text: 'https://example.com/*\n  X-A: b\n', line: 1, message: /start with "\/"/ },
    { name: 'a detach line', text: '/*\n  ! X-A\n', line: 2, message: /not supported/ },
    { name: 'a path with spaces', text: '/a b\n  X-A: b\n', line: 1, message: /spaces/ },
  ])('rejects $name', ({ text, line, message }) => {
    it('with the line number and a reason', () => {
      const parsed = parseHeadersFile(text);
      expect(parsed.ok).toBe(false);
      if (parsed.ok) return;
      expect(parsed.errors[0].line).toBe(line);
      expect(parsed.errors[0].message).toMatch(message);
    });
  });
});

describe('pathMatches', () => {
  it.each([
    ['/*', '/', true],
    ['/*', '/en/lessons/01/', true],
    ['/:lang/lessons/*', '/en/lessons/01-why/', true],
    ['/:lang/lessons/*', '/ko/lessons/', true],
    ['/:lang/lessons/*', '/en/', false],
    ['/:lang/lessons/*', '/lessons/01/', false],
    ['/:lang/lessons/*', '/acr-lab/en/lessons/01/', false],
    ['/acr-lab/:lang/lessons/*', '/acr-lab/en/lessons/01/', true],
    ['/acr-lab/*', '/other/', false],
    ['/sw.js', '/sw.js', true],
    ['/sw.js', '/swxjs', false],
    ['/_astro/*', '/_astro/page.abc.js', true],
  ])('%s vs %s → %s', (pattern, path, expected) => {
    expect(pathMatches(pattern, path)).toBe(expected);
  });
});

describe('headersForPath', () => {
  const parsed = rules(SAMPLE);

  it('gives lesson pages the isolation headers and every page the CSP', () => {
    const lesson = headersForPath(parsed, '/en/lessons/01-why-exceptions/');
    expect(lesson['Cross-Origin-Embedder-Policy']).toBe('require-corp');
    expect(lesson['Content-Security-Policy']).toContain("script-src 'self'");
    const home = headersForPath(parsed, '/en/');
    expect(home['Cross-Origin-Embedder-Policy']).toBeUndefined();
    expect(home['X-Content-Type-Options']).toBe('nosniff');
  });

  it('joins a header set by two matching rules, as Cloudflare does', () => {
    const joined = headersForPath(rules('/*\n  Cache-Control: no-cache\n/a/*\n  cache-control: max-age=1\n'), '/a/b');
    expect(joined).toEqual({ 'Cache-Control': 'no-cache, max-age=1' });
  });
});

const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,20}$/);
const value = fc.stringMatching(/^[!-~]([ -~]{0,40}[!-~])?$/);
const path = fc.stringMatching(/^\/[A-Za-z0-9_*:./-]{0,30}$/);
const rule = fc.record({ path, headers: fc.array(fc.tuple(name, value), { maxLength: 4 }) });

describe('serializeHeadersFile', () => {
  it('round-trips through the parser', () => {
    fc.assert(
      fc.property(fc.array(rule, { maxLength: 5 }), (input) => {
        const parsed = parseHeadersFile(serializeHeadersFile(input, 'generated'));
        expect(parsed).toEqual({ ok: true, rules: input });
      }),
    );
  });
});
