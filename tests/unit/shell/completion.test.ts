import { describe, expect, it } from 'vitest';
import { createCompleter, scanForCompletion } from '../../../src/shell/completion';
import { setupEditor } from './helpers/editor-setup';

/** A fake `az` completer: words after `az`, the last one partial. */
const azWords: string[][] = [];
function fakeAz(words: string[]): string[] {
  azWords.push(words);
  const path = words.slice(0, -1).join(' ');
  if (path === '') return ['acr', 'account', 'group', 'login', 'role'];
  if (path === 'acr') return ['show', 'show-tags', 'list', 'update', 'task'];
  if (path === 'acr show') return ['--name', '--resource-group', '-n', '-g'];
  if (path === 'acr show -n' || path === 'acr show --name') return ['myregistry', 'my registry 2', 'other'];
  if (path === 'acr task credential add -n t -r r --use-identity') return ['[system]'];
  return [];
}

function setup() {
  const completer = createCompleter({
    commandNames: () => ['az', 'clear', 'docker', 'echo', 'env', 'export', 'false', 'help', 'history', 'true', 'unset'],
    variableNames: () => ['principalID', 'registryID', 'PATH'],
    argumentCompleters: new Map([['az', fakeAz]]),
  });
  return setupEditor({ completer, cols: 60 });
}

describe('completion candidates', () => {
  const completer = createCompleter({
    commandNames: () => ['az', 'echo', 'env', 'export'],
    variableNames: () => ['principalID', 'PATH'],
    argumentCompleters: new Map([['az', fakeAz]]),
  });
  it.each([
    ['e', 0, ['echo', 'env', 'export']],
    ['a', 0, ['az']],
    ['az ', 3, ['account', 'acr', 'group', 'login', 'role']],
    ['az acr sh', 7, ['show', 'show-tags']],
    ['az acr show -n my', 15, ['my\\ registry\\ 2', 'myregistry']],
    ['az acr show -n "my', 15, ['"my registry 2', '"myregistry']],
    ['echo $pr', 5, ['$principalID']],
    ['echo "${P', 6, ['${PATH}']],
    ['az role assignment create --scope "$reg', 35, []],
    ['echo \\$pr', 5, []],
    ["echo '$pr", 5, []],
    ['echo a$pr', 6, ['$principalID']],
    ['echo a; e', 8, ['echo', 'env', 'export']],
    ['x=$(az acr sh', 11, ['show', 'show-tags']],
    ['X=1 az acr sh', 11, ['show', 'show-tags']],
    ['docker ', 7, []],
    ['nosuch ', 7, []],
  ])('%j', (line, replaceFrom, candidates) => {
    const r = completer(line, line.length);
    expect(r.candidates).toEqual(candidates);
    expect(r.replaceFrom).toBe(replaceFrom);
  });

  it('gives the az completer the words after az with the partial last', () => {
    azWords.length = 0;
    completer('az acr show --name "my reg" -', 29);
    expect(azWords[0]).toEqual(['acr', 'show', '--name', 'my reg', '-']);
  });

  it('only looks at the text before the cursor', () => {
    expect(scanForCompletion('az acr show', 5)).toMatchObject({ words: ['az'], partial: 'ac', partialStart: 3 });
  });
});

describe('Tab in the editor', () => {
  it('one match is inserted with a trailing space', () => {
    const t = setup();
    t.feed('ec', '\t');
    expect(t.ed.line).toBe('echo ');
  });

  it('a longer common prefix is inserted, and the next Tab lists the candidates', () => {
    const t = setup();
    t.feed('az acr sh', '\t');
    expect(t.ed.line).toBe('az acr show');
    t.feed('\t');
    expect(t.screen.lines()).toEqual(['$ az acr show', 'show       show-tags', '$ az acr show']);
    expect(t.ed.line).toBe('az acr show');
  });

  it('several candidates with nothing in common are listed below and the prompt redrawn', () => {
    const t = setup();
    t.feed('e', '\t');
    expect(t.screen.lines()).toEqual(['$ e', 'echo    env     export', '$ e']);
    expect(t.screen.cursor).toEqual({ row: 2, col: 3 });
  });

  it('no candidates rings the bell', () => {
    const t = setup();
    t.feed('zzz', '\t');
    expect(t.screen.bells).toBe(1);
    expect(t.ed.line).toBe('zzz');
  });

  it('completes a variable name', () => {
    const t = setup();
    t.feed('az role assignment create --assignee $pri', '\t');
    expect(t.ed.line).toBe('az role assignment create --assignee $principalID ');
  });

  it('completes in the middle of the line, keeping the rest', () => {
    const t = setup();
    t.feed('ec hi', '\x1b[D', '\x1b[D', '\x1b[D', '\t');
    expect(t.ed.line).toBe('echo  hi');
    expect(t.ed.cursor).toBe(5);
  });

  it('completes a quoted value and closes the quote', () => {
    const t = setup();
    t.feed('az acr show -n "myr', '\t');
    expect(t.ed.line).toBe('az acr show -n "myregistry" ');
  });
});
