import { describe, expect, it } from 'vitest';
import { emitYaml } from '../../../src/cli/output/yaml-emit';

describe('emitYaml quotes exactly what YAML 1.1 would misread', () => {
  it.each([
    [{ a: 'x: y' }, "a: 'x: y'\n"],
    [{ a: "it's" }, "a: it's\n"],
    [{ a: '- x' }, "a: '- x'\n"],
    [{ a: '#x' }, "a: '#x'\n"],
    [{ a: 'x #y' }, "a: 'x #y'\n"],
    [{ a: 'on' }, "a: 'on'\n"],
    [{ a: '1e5' }, "a: '1e5'\n"],
    [{ a: '0x1F' }, "a: '0x1F'\n"],
    [{ a: '2026-11-29' }, "a: '2026-11-29'\n"],
    [{ a: '203.0.113.10' }, 'a: 203.0.113.10\n'],
    [{ a: '203.0.113.0/24' }, 'a: 203.0.113.0/24\n'],
    [{ a: '/subscriptions/x/resourceGroups/rg' }, 'a: /subscriptions/x/resourceGroups/rg\n'],
    [{ a: ' padded' }, "a: ' padded'\n"],
    [{ a: 'two\nlines' }, 'a: "two\\nlines"\n'],
    [{ a: 'esc\u001b[31m' }, 'a: "esc\\u001b[31m"\n'],
  ])('%j', (data, expected) => {
    expect(emitYaml(data)).toBe(expected);
  });
});

describe('emitYaml block layout', () => {
  it('nests maps by two spaces and keeps lists flush under their key, like PyYAML', () => {
    expect(emitYaml({ b: { d: [1, { e: 'f', c: null }], a: true } })).toBe(
      'b:\n  a: true\n  d:\n  - 1\n  - c: null\n    e: f\n',
    );
  });
  it('writes lists of lists and empty collections inline', () => {
    expect(emitYaml(['a', ['b', 'c'], [], {}])).toBe('- a\n- - b\n  - c\n- []\n- {}\n');
  });
  it('ends a bare plain scalar document with ...', () => {
    expect(emitYaml('myregistry')).toBe('myregistry\n...\n');
    expect(emitYaml('yes')).toBe("'yes'\n");
    expect(emitYaml(null)).toBe('null\n...\n');
  });
});
