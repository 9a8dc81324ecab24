/**
 * Arguments every `az` command accepts (facts §7 "General"). They are declared like any other
 * argument so the parser, the help's "Global Arguments" section and completion read one table.
 */
import type { ArgDef } from '../types';

export const GLOBAL_GROUP = 'Global Arguments';

/** Output formats in the order az lists them in its "Allowed values" error. */
export const OUTPUT_FORMATS = ['json', 'jsonc', 'yaml', 'yamlc', 'table', 'tsv', 'none'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Destinations of the global arguments, prefixed so no command argument can collide with them. */
export const GLOBAL_DEST = {
  output: '_output',
  query: '_query',
  onlyShowErrors: '_onlyShowErrors',
  debug: '_debug',
  verbose: '_verbose',
  help: '_help',
  subscription: '_subscription',
} as const;

export const GLOBAL_ARGS: ArgDef[] = [
  {
    dest: GLOBAL_DEST.debug,
    options: ['--debug'],
    type: 'boolean',
    isFlag: true,
    help: 'Print extra lines that show how the command line was understood.',
    group: GLOBAL_GROUP,
  },
  {
    dest: GLOBAL_DEST.help,
    options: ['--help', '-h'],
    type: 'boolean',
    isFlag: true,
    help: 'Show this help message and exit.',
    group: GLOBAL_GROUP,
  },
  {
    dest: GLOBAL_DEST.onlyShowErrors,
    options: ['--only-show-errors'],
    type: 'boolean',
    isFlag: true,
    help: 'Hide warnings; errors are still shown.',
    group: GLOBAL_GROUP,
  },
  {
    dest: GLOBAL_DEST.output,
    options: ['--output', '-o'],
    type: 'enum',
    choices: [...OUTPUT_FORMATS],
    default: 'json',
    help: 'Format of the result',
    group: GLOBAL_GROUP,
  },
  {
    dest: GLOBAL_DEST.query,
    options: ['--query'],
    type: 'string',
    help: 'JMESPath expression applied to the result before it is formatted. See https://jmespath.org/ for the syntax.',
    group: GLOBAL_GROUP,
  },
  {
    dest: GLOBAL_DEST.subscription,
    options: ['--subscription'],
    type: 'string',
    help: 'Name or ID of the subscription. The lab has a single subscription, which is always the default.',
    group: GLOBAL_GROUP,
  },
  {
    dest: GLOBAL_DEST.verbose,
    options: ['--verbose'],
    type: 'boolean',
    isFlag: true,
    help: 'Print a few more details about what the command did.',
    group: GLOBAL_GROUP,
  },
];
