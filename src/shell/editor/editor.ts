/**
 * A line editor as a state machine: fed raw terminal input, it returns the output to write
 * and events (`submit`, `interrupt`, `clear`). No DOM, no xterm: the lab connects
 * `term.onData` to `feed` and writes `output`; tests do the same with strings.
 *
 * While a command runs (`busy`) input is queued and replayed, echoed as if typed, when the
 * host calls `ready()`; so a multi-line paste runs line by line and no line is lost.
 */
import { BELL, EditorCore, type EditorStep } from './editor-core';
import type { KeyToken } from './keys';
import { type Action, actionFor } from './keymap';
import { type SearchState, searchKey, startSearch } from './search';

export { type EditorEvent, type EditorOptions, type EditorStep } from './editor-core';

export class LineEditor extends EditorCore {
  /** Feeds raw input (xterm `onData`). */
  feed(data: string): EditorStep {
    for (const token of this.reader.read(data)) this.handle(token);
    return this.flush();
  }

  /**
   * Shows a fresh prompt (at start, and after each submitted command), then replays queued
   * input. `endsWithNewline: false` when the last output left the cursor mid-line.
   */
  ready(opts: { endsWithNewline?: boolean } = {}): EditorStep {
    if (this.mode !== 'busy') return this.flush();
    if (opts.endsWithNewline === false) this.out += '\r\n';
    this.mode = 'idle';
    this.renderer.reset();
    this.redraw();
    // `state` (not `mode`) so the check is re-read after each token may have submitted a line.
    for (let t = this.queue.shift(); t; t = this.state === 'busy' ? undefined : this.queue.shift()) this.handle(t);
    return this.flush();
  }

  /** The terminal now has `cols` columns (and reflowed wrapped lines): redraw. */
  resize(cols: number): EditorStep {
    if (this.mode === 'busy') this.renderer.cols = Math.max(1, cols);
    else {
      this.renderer.resize(cols, this.view());
      this.redraw();
    }
    return this.flush();
  }

  private handle(token: KeyToken): void {
    if (this.mode === 'busy') return this.handleBusy(token);
    if (this.search) return this.handleSearch(token);
    if (token.kind === 'key') return this.act(actionFor(token.seq));
    const atEnd = this.buf.atEnd();
    if (!this.buf.insert(token.text)) this.out += BELL;
    else this.out += atEnd ? this.renderer.append(this.view(), token.text) : this.renderer.draw(this.view());
  }

  private handleBusy(token: KeyToken): void {
    if (token.kind === 'key' && token.seq === '\x03') {
      // Like a tty's interrupt key: the command is cancelled and type-ahead discarded.
      this.queue.clear();
      this.events.push({ type: 'interrupt' });
    } else if (!this.queue.push(token)) this.out += BELL;
  }

  private handleSearch(token: KeyToken): void {
    const s = this.search as SearchState;
    const key: { text: string } | { action: Action } = token.kind === 'text' ? { text: token.text } : { action: actionFor(token.seq) };
    const result = searchKey(s, key, this.history);
    if (result === 'stay') return this.redraw();
    this.buf.set(result.text, result.cursor);
    this.search = null;
    this.mode = 'idle';
    this.redraw();
    // Any key other than Ctrl+G keeps the match and then does its usual job (Enter runs it).
    if ('action' in key && key.action !== 'abort') this.act(key.action);
  }

  private act(action: Action): void {
    const b = this.buf;
    switch (action) {
      case 'accept': return this.accept();
      case 'interrupt':
        this.out += this.renderer.finish(this.view(), '^C');
        return this.startLine();
      case 'complete': return this.complete();
      case 'historyPrev': case 'historyNext': {
        const line = this.nav.step(action === 'historyPrev' ? -1 : 1, b.text);
        if (line === null) this.out += BELL;
        else b.set(line);
        return this.redraw();
      }
      case 'left': case 'right': case 'home': case 'end': case 'wordLeft': case 'wordRight':
        b[action]();
        this.out += this.renderer.moveTo(this.view());
        return;
      case 'backspace': case 'killToStart': case 'killToEnd': case 'killWordBack': case 'killWordBackAlnum': case 'killWordForward':
        b[action]();
        return this.redraw();
      case 'deleteChar':
        // Ctrl+D on an empty line would end bash; the lab's terminal stays open.
        if (b.text === '') this.out += BELL;
        else b.deleteChar();
        return this.redraw();
      case 'yank':
        if (!b.yank()) this.out += BELL;
        return this.redraw();
      case 'clearScreen':
        this.out += '\x1b[H\x1b[2J';
        this.renderer.reset();
        this.events.push({ type: 'clear' });
        return this.redraw();
      case 'searchBackward':
        this.search = startSearch(b.text, b.cursor);
        this.mode = 'search';
        return this.redraw();
      case 'abort':
        this.out += BELL;
        return;
      case 'ignore':
        return;
    }
  }
}
