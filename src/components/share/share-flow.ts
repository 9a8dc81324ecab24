/**
 * The heavy half of sharing, loaded on first use (it carries zod and the model): building a
 * link from the lab's store, reading one, and the shared goals as text. No DOM writes here
 * except through the values it returns; boot-share.ts puts them on the page as text.
 */
import type { LabApi } from '../../lab/runtime';
import { MAX_TITLE, TitleSchema, decodeShare, encodeShare, payloadFromHash, shareErrorMessage, shareUrl, type ShareEnvelope } from '../../lab/share';
import type { Translate } from '../../lab/strings';
import { checkGoal, formatMessage, goalDescription, type Goal, type World } from '../../model';

export type { ShareEnvelope };

/** What to put in a link besides the world. */
export interface LinkInput {
  scenario?: string;
  title: string;
  goals: readonly Goal[];
}

/** The share URL of the lab as it is now, or the sentence saying why it cannot be shared. */
export function makeLink(api: LabApi, input: LinkInput, t: Translate): { ok: true; url: string } | { ok: false; message: string } {
  const title = input.title.trim();
  const envelope: ShareEnvelope = {
    v: 1,
    ...(input.scenario && /^[a-z0-9-]{1,64}$/.test(input.scenario) ? { scenario: input.scenario } : {}),
    ...(title ? { title } : {}),
    ...(input.goals.length ? { goals: [...input.goals] } : {}),
    world: api.store.world,
  };
  const payload = encodeShare(envelope);
  if (!payload.ok) return { ok: false, message: t('share.cannotShare', { error: shareErrorMessage(payload.error, t) }) };
  return { ok: true, url: shareUrl(location.href, payload.value) };
}

/**
 * Why the sender's title cannot go into a link, as a sentence for them, or `undefined` when it
 * can (an empty title is fine: the link then has none). The rules are TitleSchema's, the same
 * the receiver applies; its messages are worded for a refused link, hence sentences of our own.
 */
export function titleProblem(title: string, t: Translate): string | undefined {
  const trimmed = title.trim();
  if (!trimmed || TitleSchema.safeParse(trimmed).success) return undefined;
  return /[<>]/.test(trimmed) ? t('share.title.angleBrackets') : t('share.title.notPlain', { limit: MAX_TITLE });
}

/** Reads the page's `#lab=` fragment: the shared lab, or the error sentence for the banner. */
export function readHash(hash: string, t: Translate): { ok: true; envelope: ShareEnvelope } | { ok: false; message: string } {
  const result = decodeShare(payloadFromHash(hash) ?? '');
  if (result.ok) return { ok: true, envelope: result.value };
  return { ok: false, message: t('share.invalid', { error: shareErrorMessage(result.error, t) }) };
}

/** Each shared goal in the page language, and whether the world meets it. */
export function goalStates(goals: readonly Goal[], world: World, modelStrings: Readonly<Record<string, string>>): Array<{ text: string; met: boolean }> {
  return goals.map((goal) => ({ text: formatMessage(goalDescription(goal), modelStrings), met: checkGoal(world, goal) }));
}
