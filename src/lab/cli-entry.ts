/**
 * Everything the lab needs from the CLI, in one module so the browser can load it as its own
 * chunk: the terminal becomes interactive with xterm, the model and the shell, and the command
 * table, parser and formatters arrive right behind it (issue 9's terminal budget).
 */
export { completeAz } from '../cli/complete';
export { completeDocker } from '../cli/complete-docker';
export { runDocker } from '../cli/docker';
export { runAz } from '../cli/run';
