/**
 * What a share link carries, version 1: the world, and optionally the scenario it came from, a
 * title and goals. Validated with the model's own schemas (WorldSchema, GoalSchema), the same
 * ones that guard saved sessions and scenario files, so a link can hold nothing a lab could not.
 */
import { z } from 'zod';
import { GoalSchema, WorldSchema, type Goal, type World } from '../../model';
import { UNSAFE_CHARS } from './safe-json';

/** The envelope format this site writes and reads. */
export const SHARE_VERSION = 1 as const;
/** Longest title, in characters. */
export const MAX_TITLE = 80;
/** Most goals a link may carry, counting those nested in `all`/`any`: each is re-checked after every command. */
export const MAX_GOALS = 50;

const countGoals = (goals: readonly Goal[]): number =>
  goals.reduce((n, g) => n + 1 + (g.kind === 'all' || g.kind === 'any' ? countGoals(g.goals) : 0), 0);

/**
 * A title is plain text: it is always shown with `textContent`, and angle brackets are refused
 * as well so that a title never even looks like markup to the person who receives it.
 */
export const TitleSchema = z
  .string()
  .trim()
  .min(1, 'is empty')
  .max(MAX_TITLE, `is longer than ${MAX_TITLE} characters`)
  .refine((s) => !UNSAFE_CHARS.test(s), 'contains control characters')
  .refine((s) => !/[<>]/.test(s), 'must be plain text (no < or >)');

/** zod schema of a decoded link. Unknown top-level fields are refused, not ignored. */
export const ShareEnvelopeSchema = z
  .object({
    v: z.literal(SHARE_VERSION),
    scenario: z.string().regex(/^[a-z0-9-]{1,64}$/, 'is not a scenario id').optional(),
    title: TitleSchema.optional(),
    goals: z
      .array(GoalSchema)
      .max(MAX_GOALS)
      .refine((goals) => countGoals(goals) <= MAX_GOALS, `holds more than ${MAX_GOALS} goals (nested ones included)`)
      .optional(),
    world: WorldSchema,
  })
  .strict();

/** A shared lab. */
export interface ShareEnvelope {
  v: typeof SHARE_VERSION;
  scenario?: string;
  title?: string;
  goals?: Goal[];
  world: World;
}
