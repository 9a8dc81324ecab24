/**
 * The progress file learners download and import (`acr-lab-progress.json`): completed step ids
 * per lesson, never the simulated worlds. An imported file is untrusted, so it is size-capped,
 * version-checked and checked against the site's own scenarios before anything is written.
 */
import { z } from 'zod';

export const PROGRESS_FILE_VERSION = 1 as const;
export const PROGRESS_FILE_NAME = 'acr-lab-progress.json';
/** Progress of all lessons is well under 2 KB; anything past 64 KB is not our file. */
export const MAX_PROGRESS_BYTES = 64 * 1024;

/** Step ids of each scenario, in checklist order (scenario id → step ids). */
export type LessonSteps = Readonly<Record<string, readonly string[]>>;

const FileSchema = z
  .object({
    v: z.literal(PROGRESS_FILE_VERSION),
    exportedAt: z.string().datetime(),
    lessons: z.record(z.string(), z.object({ achieved: z.array(z.string()).max(100) }).strict()),
  })
  .strict();

export type ProgressFile = z.infer<typeof FileSchema>;

/** Why a file was refused; each kind has a `progress.error.*` string in both languages. */
export type ProgressError =
  | { kind: 'too-large' }
  | { kind: 'not-json' }
  | { kind: 'version'; version: string }
  | { kind: 'shape'; detail: string }
  | { kind: 'unknown-scenario'; scenario: string }
  | { kind: 'unknown-step'; scenario: string; step: string };

export type ParseResult = { ok: true; file: ProgressFile } | { ok: false; error: ProgressError };

const fail = (error: ProgressError): ParseResult => ({ ok: false, error });

/** Validates the text of an imported file against the site's scenarios. */
export function parseProgressFile(text: string, lessons: LessonSteps): ParseResult {
  if (new TextEncoder().encode(text).length > MAX_PROGRESS_BYTES) return fail({ kind: 'too-large' });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail({ kind: 'not-json' });
  }
  const v = data !== null && typeof data === 'object' ? (data as Record<string, unknown>).v : undefined;
  if (v !== PROGRESS_FILE_VERSION) return fail({ kind: 'version', version: JSON.stringify(v) ?? 'none' });
  const parsed = FileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail({ kind: 'shape', detail: `${issue.path.join('.') || 'file'}: ${issue.message}` });
  }
  for (const [scenario, { achieved }] of Object.entries(parsed.data.lessons)) {
    if (!Object.hasOwn(lessons, scenario)) return fail({ kind: 'unknown-scenario', scenario });
    const step = achieved.find((id) => !lessons[scenario].includes(id));
    if (step !== undefined) return fail({ kind: 'unknown-step', scenario, step });
  }
  return { ok: true, file: parsed.data };
}

/** The file for `progress` (scenario id → achieved ids); lessons with nothing done are left out. */
export function buildProgressFile(progress: Readonly<Record<string, readonly string[]>>, now: Date): ProgressFile {
  const lessons: ProgressFile['lessons'] = {};
  for (const [id, achieved] of Object.entries(progress)) if (achieved.length) lessons[id] = { achieved: [...achieved] };
  return { v: PROGRESS_FILE_VERSION, exportedAt: now.toISOString(), lessons };
}

/**
 * Union of stored and imported steps, in checklist order. Importing never takes progress away:
 * steps stay done once done (src/lab/steps.ts), so an older file cannot undo newer work.
 */
export function mergeAchieved(stored: readonly string[], imported: readonly string[], order: readonly string[]): string[] {
  const all = new Set([...stored, ...imported]);
  const known = order.filter((id) => all.has(id));
  return [...known, ...[...all].filter((id) => !order.includes(id))];
}
