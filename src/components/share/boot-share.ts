/**
 * Wires ShareLab.astro. Kept small because it runs on every lesson page: the encoder, the
 * decoder and the model load only when a link is made or the page was opened with `#lab=`.
 * It reaches the lab through the `lab:ready` event that src/lab/runtime.ts dispatches on the
 * lab root (detail: LabApi), listened for at once so it cannot be missed. While the panel is
 * open the link follows the store's `world` event, and Copy rebuilds it, so it is never stale.
 * Link content reaches the page through textContent only.
 */
import type { Goal, World } from '../../model';
import type { LabApi } from '../../lab/runtime';
import { translator } from '../../lab/strings';

function init(section: HTMLElement, root: HTMLElement): void {
  const part = <T extends HTMLElement>(name: string): T => section.querySelector<T>(`[data-share-${name}]`)!;
  const t = translator(JSON.parse(part('strings').textContent ?? '{}') as Record<string, string>);
  const labStrings = (): Record<string, string> =>
    (JSON.parse(root.querySelector('[data-lab-config]')?.textContent ?? '{}') as { strings?: Record<string, string> }).strings ?? {};
  let started = false;
  const ready = new Promise<LabApi>((resolve) =>
    root.addEventListener('lab:ready', (e) => ((started = true), resolve((e as CustomEvent<LabApi>).detail)), { once: true }),
  );
  const flow = () => import('./share-flow');
  const [open, panel, title, link, status] = [part('open'), part('panel'), part<HTMLInputElement>('title'), part<HTMLInputElement>('link'), part('status')];
  const titleError = part('title-error');
  const [loaded, goalsBox, goalList, error] = [part('loaded'), part('goals'), part('goal-list'), part('error')];

  /** Goals of the shared lab the learner kept (passed on when they share again). */
  let goals: readonly Goal[] = [];
  /** The lesson's world from before a shared lab was loaded ("Back to the lesson"). */
  let original: World | undefined;
  let stopGoals: (() => void) | undefined;
  const say = (text: string) => (status.textContent = text);
  const dropHash = () => history.replaceState(history.state, '', `${location.pathname}${location.search}`);

  /** The last title that could go into a link: a title being typed with `<` keeps the link usable. */
  let validTitle = '';
  const buildLink = async () => {
    const api = await ready;
    const { makeLink, titleProblem } = await flow();
    const problem = titleProblem(title.value, t);
    titleError.textContent = problem ?? '';
    title.setAttribute('aria-invalid', String(problem !== undefined));
    if (problem === undefined) validTitle = title.value;
    const made = makeLink(api, { scenario: root.dataset.scenario, title: validTitle, goals }, t);
    const url = made.ok ? made.url : '';
    // "Link copied." is no longer true of a link that has changed since.
    if (url !== link.value && status.textContent === t('share.copied')) say('');
    link.value = url;
    if (!made.ok) say(made.message);
    return made.ok;
  };
  // One build at a time, in order: an older build finishing late cannot overwrite a newer link,
  // and Copy, whose build queues last, copies the lab as it is when the click is handled.
  let building: Promise<boolean> = Promise.resolve(false);
  const refreshLink = () => (building = building.then(buildLink, buildLink));
  const copy = async () => {
    link.select();
    try {
      await navigator.clipboard.writeText(link.value);
      say(t('share.copied'));
    } catch {
      say(t('share.copyFailed'));
    }
  };

  open.addEventListener('click', async () => {
    panel.hidden = false;
    open.setAttribute('aria-expanded', 'true');
    if (!started) say(t('share.notReady'));
    if (await refreshLink()) await copy();
  });
  title.addEventListener('input', () => void refreshLink().then((ok) => ok && say('')));
  part('copy').addEventListener('click', async () => {
    if (await refreshLink()) await copy();
  });
  // Commands, the portal blade, Reset and loading a shared lab all change the world through the store.
  void ready.then((api) =>
    api.store.on('world', () => {
      if (!panel.hidden) void refreshLink();
    }),
  );
  part('close').addEventListener('click', () => {
    panel.hidden = true;
    open.setAttribute('aria-expanded', 'false');
    open.focus();
  });

  const paintGoals = async (world: World) => {
    const states = (await flow()).goalStates(goals, world, labStrings());
    goalList.replaceChildren(
      ...states.map(({ text, met }) => {
        const item = document.createElement('li');
        item.toggleAttribute('data-met', met);
        const mark = document.createElement('span');
        mark.setAttribute('aria-hidden', 'true');
        mark.textContent = met ? '✓ ' : '○ ';
        item.append(mark, text, ` (${t(met ? 'share.goal.done' : 'share.goal.todo')})`);
        return item;
      }),
    );
    goalsBox.hidden = states.length === 0;
  };

  const receive = async () => {
    if (!/^#(?:.*&)?lab=/.test(location.hash)) return;
    const read = (await flow()).readHash(location.hash, t);
    if (!read.ok) {
      part('error-text').textContent = read.message;
      error.hidden = false;
      error.scrollIntoView({ block: 'nearest' });
      return;
    }
    error.hidden = true;
    // Bringing the lab into view starts it (boot.ts loads the runtime when the terminal is near).
    section.scrollIntoView({ block: 'nearest' });
    const api = await ready;
    original ??= api.store.world;
    api.store.setWorld(read.envelope.world, 'load');
    goals = read.envelope.goals ?? [];
    stopGoals?.();
    stopGoals = api.store.on('world', (change) => void paintGoals(change.world));
    await paintGoals(api.store.world);
    const shown = read.envelope.title;
    part('loaded-text').textContent = shown ? t('share.loaded', { title: shown }) : t('share.loadedUntitled');
    loaded.hidden = false;
  };

  part('keep').addEventListener('click', () => {
    loaded.hidden = true;
    original = undefined;
    dropHash();
    say(t('share.kept'));
    open.focus();
  });
  part('back').addEventListener('click', async () => {
    const api = await ready;
    if (original) api.store.setWorld(original, 'load');
    original = undefined;
    goals = [];
    stopGoals?.();
    loaded.hidden = goalsBox.hidden = true;
    dropHash();
    say(t('share.restored'));
    open.focus();
  });
  part('error-dismiss').addEventListener('click', () => {
    error.hidden = true;
    dropHash();
    open.focus();
  });
  window.addEventListener('hashchange', () => void receive());
  void receive();
}

const section = document.querySelector<HTMLElement>('[data-lab-share]');
const root = section?.closest<HTMLElement>('[data-lab]');
if (section && root) init(section, root);
