/**
 * Position and limits shared by the word reader and the grammar. One scanner walks the whole
 * line, so `$(...)` is parsed in place (quotes inside it are honoured, as in bash); backquote
 * bodies get a child scanner because their text must be un-escaped first.
 */
import type { List } from './ast';
import { LIMITS } from './limits';
import { limitError } from './errors';

/** Grammar entry the word reader calls back into for `$(...)` and backquotes. */
export type ListParser = (sc: Scanner, untilParen: boolean) => List;

export class Scanner {
  pos = 0;
  private tokens = 0;

  constructor(
    readonly src: string,
    /** True when no more input can follow (headless end of file, or a line already known complete). */
    readonly atEof: boolean,
    private readonly parseList: ListParser,
    private nest = 0,
  ) {}

  peek(offset = 0): string | undefined {
    return this.src[this.pos + offset];
  }

  eof(): boolean {
    return this.pos >= this.src.length;
  }

  startsWith(text: string): boolean {
    return this.src.startsWith(text, this.pos);
  }

  countToken(): void {
    if (++this.tokens > LIMITS.maxTokens) throw limitError(`command line too complex (more than ${LIMITS.maxTokens} words)`);
  }

  /** Runs `fn` one nesting level deeper; refuses past the limit so deep input cannot blow the stack. */
  nested<T>(fn: () => T): T {
    if (this.nest + 1 > LIMITS.maxNesting) {
      throw limitError(`expansions nested too deeply (the limit is ${LIMITS.maxNesting} levels)`);
    }
    this.nest++;
    try {
      return fn();
    } finally {
      this.nest--;
    }
  }

  /** Parses the body of `$(...)` in place; stops before the closing `)`. */
  parseSubList(): List {
    return this.nested(() => this.parseList(this, true));
  }

  /** Parses a separate text (a backquote body) as a complete list, one level deeper. */
  parseText(text: string): List {
    return this.nested(() => {
      const child = new Scanner(text, true, this.parseList, this.nest);
      child.tokens = this.tokens;
      const list = this.parseList(child, false);
      this.tokens = child.tokens;
      return list;
    });
  }
}
