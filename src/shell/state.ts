/**
 * Validation of persisted shell state. Saved data may be old, hand-edited or corrupt: it is
 * checked against a versioned schema and rejected as a whole (the lab then starts fresh and
 * says so), never half-applied.
 */
import { z } from 'zod';
import { LIMITS } from './lang/limits';
import type { ShellState } from './types';
import { isName } from './vars';

const stateSchema = z.object({
  version: z.literal(1).describe('Schema version of the saved shell state.'),
  vars: z
    .array(z.tuple([z.string().refine(isName, 'not a valid variable name'), z.string().max(LIMITS.maxValueChars), z.boolean()]))
    .max(LIMITS.maxVariables)
    .describe('Variables as [name, value, exported], in definition order.'),
  history: z.array(z.string()).max(100_000).describe('Command history, oldest first.'),
  lastStatus: z.number().int().min(0).max(255).describe('Exit status of the last command ($?).'),
});

export type StateCheck = { ok: true; state: ShellState } | { ok: false; reason: string };

/** Checks unknown data (e.g. from localStorage) before it is imported. */
export function checkShellState(data: unknown): StateCheck {
  const r = stateSchema.safeParse(data);
  if (r.success) return { ok: true, state: r.data };
  const issue = r.error.issues[0];
  return { ok: false, reason: `invalid shell state at ${issue.path.join('.') || '(root)'}: ${issue.message}` };
}
