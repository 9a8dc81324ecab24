/**
 * `npm run scenario -- link <file>`: the share link that opens a scenario's start state, with
 * its title and its steps' goals, on the scenario's own lesson page (or the sandbox when no
 * lesson has that id, e.g. a workshop's own scenario file).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import enShare from '../i18n/en/share.json';
import { labCommands } from '../lab/commands';
import { localized } from '../lab/scenario';
import { encodeShare, shareErrorMessage, shareUrl } from '../lab/share';
import { buildStartState } from '../lab/start-state';
import { readScenario } from './scenario-check';

/** Where `npm run dev` / `npm start` serve the site. */
export const DEFAULT_BASE_URL = 'http://localhost:4321';
/** The free-play lesson, used for scenarios that are not a lesson. */
export const SANDBOX = '09-sandbox';

export interface LinkOptions {
  baseUrl?: string;
  lang?: 'en' | 'ko';
  /** Folder of the lessons (`content/docs`); tests may point elsewhere. */
  docsDir?: string;
}

const DOCS = fileURLToPath(new URL('../../content/docs', import.meta.url));

const shareText = (key: string, params: Readonly<Record<string, string | number>> = {}): string =>
  ((enShare as Record<string, string>)[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));

/** The lesson page of `id` in `lang`, or the sandbox's when there is no such lesson. */
export function lessonPath(id: string, lang: 'en' | 'ko', docsDir = DOCS): string {
  const slug = existsSync(`${docsDir}/${lang}/lessons/${id}.mdx`) ? id : SANDBOX;
  return `/${lang}/lessons/${slug}/`;
}

/** Builds the share link of a scenario file's start state. */
export async function scenarioLink(text: string, file: string, opts: LinkOptions = {}): Promise<{ ok: true; url: string } | { ok: false; problems: string[] }> {
  const read = readScenario(text, file);
  if (!read.ok) return read;
  const { scenario } = read;
  const lang = opts.lang ?? 'en';
  let base: URL;
  try {
    base = new URL(opts.baseUrl ?? DEFAULT_BASE_URL);
  } catch {
    return { ok: false, problems: [`--base-url: "${opts.baseUrl}" is not an absolute URL`] };
  }
  if (base.protocol !== 'http:' && base.protocol !== 'https:') return { ok: false, problems: ['--base-url: use an http or https URL'] };
  const start = await buildStartState(scenario, labCommands);
  if (!start.ok) return { ok: false, problems: [`setup: ${start.error}`] };
  const goals = scenario.steps.map((s) => s.goal);
  const payload = encodeShare({
    v: 1,
    scenario: scenario.id,
    title: localized(scenario.title, lang),
    ...(goals.length ? { goals } : {}),
    world: start.state.world,
  });
  if (!payload.ok) return { ok: false, problems: [shareErrorMessage(payload.error, shareText)] };
  // Keep a base path (a site served under /acr-lab/) and add the lesson page under it.
  const page = new URL(`${base.pathname.replace(/\/+$/, '')}${lessonPath(scenario.id, lang, opts.docsDir)}`, base.origin);
  return { ok: true, url: shareUrl(page, payload.value) };
}
