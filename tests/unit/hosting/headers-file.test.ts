import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectScriptHashes, inlineScripts, renderHeadersTemplate, scriptHashSource } from '../../../src/server/headers-file.mjs';
import { headersForPath, parseHeadersFile } from '../../../src/server/headers-rules.mjs';

const TEMPLATE = `{{base}}/*
  Content-Security-Policy: script-src 'self' {{script-hashes}}
{{base}}/:lang/lessons/*
  Cross-Origin-Embedder-Policy: require-corp
`;

describe('inlineScripts', () => {
  it('takes inline scripts byte for byte and skips external ones', () => {
    const html = `<head><script>\n\twindow.a = 1;\n</script><script type="module" src="/_astro/x.js"></script>
      <script type="module">import "x";</script><SCRIPT aria-hidden="true">b()</SCRIPT ></head>`;
    expect(inlineScripts(html)).toEqual(['\n\twindow.a = 1;\n', 'import "x";', 'b()']);
  });

  it('skips data blocks, which CSP does not govern, and keeps every executable type', () => {
    const html = `<script type="application/json" data-lab-config>{"a":1}</script><script type='importmap'>{}</script>
      <script type=text/javascript>x()</script><script type="application/ld+json">{}</script><script type="module">m()</script>`;
    expect(inlineScripts(html)).toEqual(['{}', 'x()', 'm()']);
  });

  it('normalises CRLF as the HTML parser does before hashing', () => {
    expect(inlineScripts('<script>a\r\nb</script>')).toEqual(['a\nb']);
  });
});

describe('scriptHashSource', () => {
  it('is the CSP form of sha256 over the UTF-8 text', () => {
    // The CSP spec example: alert('Hello, world.'); (https://www.w3.org/TR/CSP3/#grammardef-hash-source)
    expect(scriptHashSource("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
  });
});

describe('renderHeadersTemplate', () => {
  it('fills in the base and the hashes, and the result scopes rules to the base', () => {
    const result = renderHeadersTemplate(TEMPLATE, { base: '/acr-lab/', scriptHashes: ["'sha256-A'", "'sha256-B'"] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const parsed = parseHeadersFile(result.text);
    if (!parsed.ok) throw new Error('unparsable');
    expect(headersForPath(parsed.rules, '/acr-lab/en/lessons/01/')).toEqual({
      'Content-Security-Policy': "script-src 'self' 'sha256-A' 'sha256-B'",
      'Cross-Origin-Embedder-Policy': 'require-corp',
    });
    expect(headersForPath(parsed.rules, '/en/lessons/01/')).toEqual({});
  });

  it.each([
    { name: 'no hash placeholder', template: '/*\n  X-A: b\n', error: /no \{\{script-hashes\}\}/ },
    { name: 'an unknown placeholder', template: `${TEMPLATE}/x\n  X-B: {{nonce}}\n`, error: /unknown placeholder \{\{nonce\}\}/ },
    { name: 'a broken line', template: `${TEMPLATE}  oops\n`, error: /line 5/ },
    { name: 'a line too long for Cloudflare', template: `${TEMPLATE}/x\n  X-B: ${'a'.repeat(2000)}\n`, error: /line 6 .* 2000/ },
  ])('refuses a template with $name', ({ template, error }) => {
    const result = renderHeadersTemplate(template, { base: '', scriptHashes: [] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
  });
});

describe('collectScriptHashes', () => {
  it('hashes each distinct inline script of every page once', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hashes-'));
    await mkdir(join(dir, 'en/lessons/01'), { recursive: true });
    await writeFile(join(dir, 'index.html'), '<script>a()</script>');
    await writeFile(join(dir, 'en/lessons/01/index.html'), '<script>a()</script><script>b()</script>');
    await writeFile(join(dir, 'notes.txt'), '<script>c()</script>');
    const sha = (t: string) => `'sha256-${createHash('sha256').update(t).digest('base64')}'`;
    expect(await collectScriptHashes(dir)).toEqual([sha('a()'), sha('b()')].sort());
    expect(await readFile(join(dir, 'index.html'), 'utf8')).toBe('<script>a()</script>');
    await rm(dir, { recursive: true });
  });
});
