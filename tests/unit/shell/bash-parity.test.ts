/**
 * Pure shell lines must print exactly what bash prints. Each case runs through our shell and
 * through the real `bash -c`; bash's script-mode prefixes (`-c: line 1:`) and the echo of the
 * offending line after a syntax error (which interactive bash omits) are normalised away.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { makeShell, runLines } from './helpers/fake-host';

const bashAvailable = spawnSync('bash', ['-c', 'true']).status === 0;

function realBash(script: string) {
  const r = spawnSync('bash', ['--norc', '--noprofile', '-c', script], {
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C.UTF-8' },
    encoding: 'utf8',
  });
  const stderr = r.stderr
    .split('\n')
    .filter((l) => !/^bash: (-c: )?line \d+: `/.test(l))
    .map((l) => l.replace(/^bash: (-c: )?line \d+: /, 'bash: '))
    .join('\n');
  return { stdout: r.stdout, stderr, exitCode: r.status ?? -1 };
}

const CASES: string[] = [
  'echo hello world',
  'echo   spaced    out   ',
  `echo 'single $HOME "q" \\n'`,
  'X=5; echo "double $X ${X}"',
  'x="a  b"; echo $x; echo "$x"',
  'x=; echo [$x] ["$x"] [${x}]',
  'x=; echo ${x-unset} ${x:-empty}',
  'unset x; echo ${x-unset} ${x:-empty} [${x+set}]',
  'x=val; echo ${x+set} ${x:+nonempty} ${x:-ignored}',
  'x=héllo한글; echo ${#x}',
  'unset x; echo ${x:-a  b} "${x:-a  b}"',
  'unset x; echo "${x:=def}" $x',
  'echo $(echo a; echo b)',
  'echo "$(echo a; echo b)"',
  `x=$(echo -e 'a\\n\\n\\n'); echo "[$x]"`,
  'echo $(echo $(echo $(echo nested)))',
  'echo "$(echo "inner \\"q\\"")"',
  'echo `echo back` "`echo quoted`"',
  'a=1 b=$a; echo $b',
  'a=1; a=2 echo $a',
  'x=1; x+=2; echo $x',
  'false; echo $?',
  'x=$(false); echo $?',
  'x=$(true); echo $?',
  'true && echo yes || echo no',
  'false && echo yes || echo no',
  'false || false || echo third',
  'echo a; echo b ; echo c;',
  'echo a # comment',
  'echo a#b',
  '# only a comment',
  'echo \\$HOME \\"q\\" \\\\ \\a',
  'echo "a\\$b\\"c\\\\d\\e"',
  'echo -n no newline',
  `echo -e 'tab\\there\\\\'`,
  `echo -e 'stop\\cignored'`,
  `echo -n -e 'x\\ny'`,
  `echo -ne 'a\\x41\\0101'`,
  'echo -- -n',
  'echo -x -nx',
  "echo $'ansi\\tquote\\x41'",
  `x='*'; echo "$x"`,
  'echo a\\\nb',
  'echo "multi\nline"',
  "echo 'it''s' \"\"'' x",
  'echo "" ""; echo x""y',
  'echo $ $. "$" a$',
  'echo ${#}',
  'nosuchcmd',
  'nosuchcmd; echo $?',
  'echo a && && b',
  ';',
  'echo a;;',
  'echo a; ; echo b',
  '&& echo a',
  'echo a &&& b',
  '| echo',
  "echo 'unterminated",
  'echo "unterminated',
  'echo ${x',
  'echo `echo a',
  'echo ${1x}',
  'export A=1; echo $A',
  'export 1a=b; echo $?',
  'unset 1a; echo $?',
  'unset -v 1a; echo $?',
  'x=1; unset -v x; echo [$x]',
  '__proto__=1; echo $__proto__',
  'constructor=2; toString=3; echo $constructor $toString $hasOwnProperty',
  'x="a b"; export y=$x; echo "$y"',
  'x="1 2"; y=$x; echo "$y"',
  'echo $(echo "  padded  ")',
  'echo "$(echo "  padded  ")"',
  ': ignored; echo $?',
  'x=$(nosuch); echo "[$x]" $?',
  'echo "$(echo a)$(echo b)"c',
  'true; echo $?; false; echo $? $?',
];

describe.skipIf(!bashAvailable).each(CASES)('bash parity: %s', (line) => {
  it('prints what bash prints, with the same exit status', async () => {
    const ours = await runLines(makeShell(), line);
    const bash = realBash(line);
    expect({ stdout: ours.stdout, stderr: ours.stderr, exitCode: ours.exitCode }).toEqual(bash);
  });
});
