/**
 * A tiny terminal emulator for tests: enough of xterm's behaviour (auto-wrap with a pending
 * wrap at the last column, wide characters, CR/LF, CUU/CUD/CUF/CUB, ED, EL, CUP) to check
 * what the editor's output really shows and where the cursor ends up. Widths are computed
 * independently of the editor's own width table.
 */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3040-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe6f\uff00-\uff60\uffe0-\uffe6]/u;
const ZERO = /[\p{Mn}\p{Me}\u200b-\u200f\u1160-\u11ff]/u;

export class Screen {
  rows: string[][] = [[]];
  x = 0;
  y = 0;
  private pendingWrap = false;
  bells = 0;

  constructor(readonly cols: number) {}

  write(data: string): void {
    let i = 0;
    while (i < data.length) {
      const c = data[i];
      if (c === '\x1b' && data[i + 1] === '[') {
        const m = /^\x1b\[([0-9;?]*)([@-~])/.exec(data.slice(i));
        if (!m) throw new Error(`bad escape at ${JSON.stringify(data.slice(i, i + 8))}`);
        this.csi(m[1], m[2]);
        i += m[0].length;
        continue;
      }
      const cp = data.codePointAt(i) ?? 0;
      const ch = String.fromCodePoint(cp);
      i += ch.length;
      if (c === '\r') this.cr();
      else if (c === '\n') this.lf();
      else if (c === '\x07') this.bells++;
      else if (cp < 0x20) throw new Error(`unexpected control ${cp}`);
      else this.print(ch);
    }
  }

  private cr(): void {
    this.x = 0;
    this.pendingWrap = false;
  }

  private lf(): void {
    this.y++;
    this.pendingWrap = false;
    while (this.rows.length <= this.y) this.rows.push([]);
  }

  private print(ch: string): void {
    if (ZERO.test(ch)) {
      const row = this.rows[this.y];
      const at = this.pendingWrap ? this.x : this.x - 1;
      if (at >= 0) row[at] = (row[at] ?? ' ') + ch;
      return;
    }
    const w = WIDE.test(ch) ? 2 : 1;
    if (this.pendingWrap || (w === 2 && this.x === this.cols - 1)) {
      if (w === 2 && !this.pendingWrap) this.rows[this.y][this.x] = ' ';
      this.cr();
      this.lf();
    }
    const row = this.rows[this.y];
    while (row.length < this.x) row.push(' ');
    row[this.x] = ch;
    if (w === 2) row[this.x + 1] = '';
    this.x += w;
    if (this.x >= this.cols) {
      this.x = this.cols - 1;
      this.pendingWrap = true;
    }
  }

  private csi(params: string, final: string): void {
    const n = Number(params.split(';')[0] || '1');
    this.pendingWrap = false;
    if (final === 'A') this.y = Math.max(0, this.y - n);
    else if (final === 'B') this.y += n;
    else if (final === 'C') this.x = Math.min(this.cols - 1, this.x + n);
    else if (final === 'D') this.x = Math.max(0, this.x - n);
    else if (final === 'H') {
      this.x = 0;
      this.y = 0;
    } else if (final === 'J') {
      if (params === '2' || params === '3') this.rows = this.rows.map(() => []);
      else {
        this.rows[this.y] = this.rows[this.y].slice(0, this.x);
        this.rows.length = this.y + 1;
      }
    } else if (final === 'K') this.rows[this.y] = this.rows[this.y].slice(0, this.x);
    while (this.rows.length <= this.y) this.rows.push([]);
  }

  /** Visible text, one string per row, trailing blanks removed. */
  lines(): string[] {
    const out = this.rows.map((r) => r.join('').replace(/ +$/, ''));
    while (out.length > 1 && out[out.length - 1] === '') out.pop();
    return out;
  }

  get cursor(): { row: number; col: number } {
    return { row: this.y, col: this.x };
  }
}
