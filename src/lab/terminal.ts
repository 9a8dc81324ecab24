/**
 * The xterm.js widget: sized to its container, readable by screen readers, copying without the
 * prompt, and with a way out for keyboard users (xterm keeps Tab for completion, so Escape then
 * Tab leaves, as in VS Code's "Tab moves focus" mode).
 */
import { FitAddon } from '@xterm/addon-fit';
import { Terminal } from '@xterm/xterm';
import type { Translate } from './strings';
import { typeAtPace } from './typing';

/** Prompts the simulated shell prints (PS1, PS2); copying removes them. */
export const PROMPTS = ['$ ', '> '] as const;

/** Selected terminal text without leading prompts and trailing blanks on each line. */
export function stripPrompts(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const prompt = PROMPTS.find((p) => line.startsWith(p));
      return (prompt ? line.slice(prompt.length) : line).trimEnd();
    })
    .join('\n');
}

export interface LabTerminal {
  readonly term: Terminal;
  focus(): void;
  /** Types text visibly, key by key (Enter as `\r`), through xterm's own input path. */
  type(text: string): Promise<void>;
  dispose(): void;
}

export interface TerminalOptions {
  t: Translate;
  /** Id of the element describing the keys (Tab completes; Escape then Tab leaves). */
  describedBy: string;
  /** Screen-reader message when Escape arms "Tab leaves". */
  announce(message: string): void;
}

const reducedMotion = () => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 12));
const TYPING_MS = 350;

/**
 * In screen-reader mode xterm ignores `insertText` input that no key press announced, so text
 * from dictation, an emoji picker or some on-screen keyboards was lost. Such input is passed on
 * here; typed keys and IME compositions (which xterm handles itself) are left alone.
 */
function forwardUnkeyedText(term: Terminal): void {
  const area = term.textarea;
  if (!area) return;
  let keyed = false;
  let composing = false;
  area.addEventListener('keydown', () => (keyed = true), true);
  area.addEventListener('keyup', () => (keyed = false), true);
  area.addEventListener('compositionstart', () => (composing = true), true);
  area.addEventListener('compositionend', () => setTimeout(() => (composing = false), 0), true);
  area.addEventListener('input', (event) => {
    const e = event as InputEvent;
    if (e.inputType !== 'insertText' || !e.data || e.isComposing || composing || keyed || !term.options.screenReaderMode) return;
    term.input(e.data);
  });
}

/** Opens xterm in `container` (emptying it first) and keeps it fitted to the container's size. */
export function mountTerminal(container: HTMLElement, opts: TerminalOptions): LabTerminal {
  Terminal.strings.promptLabel = opts.t('lab.terminal.inputLabel');
  Terminal.strings.tooMuchOutput = opts.t('lab.terminal.tooMuchOutput');
  const term = new Terminal({
    // Turned on right after the first fit (below): with it on during open() and fit(), xterm
    // re-measures every screen-reader row after each size change, a forced layout per row,
    // which tripled the time until the terminal took input on a slow CPU.
    screenReaderMode: false,
    cursorBlink: !reducedMotion(),
    fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "D2Coding", monospace',
    fontSize: 14,
    scrollback: 5000,
    theme: { background: '#14161c', foreground: '#e6e6e6', cursor: '#e6e6e6', selectionBackground: '#3b5070' },
  });
  const fit = new FitAddon();
  term.loadAddon(fit);
  container.replaceChildren();
  term.open(container);
  term.textarea?.setAttribute('aria-describedby', opts.describedBy);
  const refit = () => {
    if (container.clientWidth > 0 && container.clientHeight > 0) fit.fit();
  };
  refit();
  const screenReader = setTimeout(() => (term.options.screenReaderMode = true), 0);
  forwardUnkeyedText(term);
  let frame = 0;
  const observer = new ResizeObserver(() => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(refit);
  });
  observer.observe(container);

  const copySelection = (): boolean => {
    if (!term.hasSelection()) return false;
    void navigator.clipboard?.writeText(stripPrompts(term.getSelection())).catch(() => undefined);
    return true;
  };
  container.addEventListener('copy', (event) => {
    if (!term.hasSelection()) return;
    event.clipboardData?.setData('text/plain', stripPrompts(term.getSelection()));
    event.preventDefault();
  });

  let tabLeaves = false;
  term.attachCustomKeyEventHandler((event) => {
    if (event.type !== 'keydown') return !(event.key === 'Tab' && tabLeaves);
    if (event.key === 'Escape') {
      tabLeaves = true;
      opts.announce(opts.t('lab.terminal.escaped'));
      return true;
    }
    if (event.key === 'Tab' && tabLeaves) {
      // Returning false makes xterm skip the key, so the browser moves focus as usual.
      tabLeaves = false;
      return false;
    }
    if (!['Shift', 'Control', 'Alt', 'Meta'].includes(event.key)) tabLeaves = false;
    // Ctrl+Shift+C copies; so does Ctrl+C while text is selected (else it interrupts).
    const ctrlC = event.ctrlKey && !event.altKey && event.key.toLowerCase() === 'c';
    if (ctrlC && (event.shiftKey || term.hasSelection()) && copySelection()) {
      term.clearSelection();
      return false;
    }
    return true;
  });

  return {
    term,
    focus: () => term.focus(),
    async type(text) {
      const keys = text.replace(/\r?\n/g, '\r');
      if (reducedMotion() || keys.length > 400) {
        term.input(keys, true);
        return;
      }
      // The learner sees the command appear, in about a third of a second on any machine.
      await typeAtPace(keys, (chunk) => term.input(chunk, true), { now: () => performance.now(), wait: nextFrame, durationMs: TYPING_MS });
    },
    dispose() {
      clearTimeout(screenReader);
      observer.disconnect();
      cancelAnimationFrame(frame);
      term.dispose();
    },
  };
}
