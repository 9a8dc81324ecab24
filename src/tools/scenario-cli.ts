/**
 * Scenario authoring tool (`npm run scenario -- <command>`):
 *   check <file>...                    validate, build the start state, run each step's solution
 *                                      and print every goal's result; exit 1 on any failure
 *   link <file> [--base-url URL] [--lang en|ko]
 *                                      print a share link that opens the scenario's start state
 */
import { readFileSync } from 'node:fs';
import { checkScenario } from './scenario-check';
import { DEFAULT_BASE_URL, scenarioLink } from './scenario-link';

const USAGE = `usage: npm run scenario -- check <file>...
       npm run scenario -- link <file> [--base-url URL] [--lang en|ko]
  (default base URL: ${DEFAULT_BASE_URL})`;

function readText(file: string): { ok: true; text: string } | { ok: false; error: string } {
  try {
    return { ok: true, text: readFileSync(file, 'utf8') };
  } catch (error) {
    return { ok: false, error: `${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
}

async function check(files: string[]): Promise<number> {
  let failed = 0;
  for (const file of files) {
    const read = readText(file);
    if (!read.ok) {
      process.stderr.write(`✗ ${read.error}\n`);
      failed += 1;
      continue;
    }
    const report = await checkScenario(read.text, file);
    process.stdout.write(`${report.lines.join('\n')}\n\n`);
    if (!report.ok) failed += 1;
  }
  if (files.length > 1) process.stdout.write(`${files.length - failed}/${files.length} scenario files pass\n`);
  return failed ? 1 : 0;
}

async function link(args: string[]): Promise<number> {
  const files: string[] = [];
  const opts: { baseUrl?: string; lang?: 'en' | 'ko' } = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--base-url' && args[i + 1] !== undefined) opts.baseUrl = args[++i];
    else if (arg === '--lang' && (args[i + 1] === 'en' || args[i + 1] === 'ko')) opts.lang = args[++i] as 'en' | 'ko';
    else if (arg.startsWith('-')) {
      process.stderr.write(`unknown or incomplete option ${arg}\n${USAGE}\n`);
      return 2;
    } else files.push(arg);
  }
  if (files.length !== 1) {
    process.stderr.write(`link takes exactly one file\n${USAGE}\n`);
    return 2;
  }
  const read = readText(files[0]);
  if (!read.ok) {
    process.stderr.write(`✗ ${read.error}\n`);
    return 1;
  }
  const result = await scenarioLink(read.text, files[0], opts);
  if (!result.ok) {
    process.stderr.write(`✗ ${files[0]}\n${result.problems.map((p) => `    ${p}`).join('\n')}\n`);
    return 1;
  }
  process.stdout.write(`${result.url}\n`);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'check' && rest.length) return check(rest);
  if (command === 'link') return link(rest);
  process.stderr.write(`${USAGE}\n`);
  return command === undefined || command === '--help' || command === '-h' ? 0 : 2;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`scenario: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
