/**
 * `difflib.get_close_matches` from Python's standard library, which Azure CLI uses for
 * "Did you mean 'list' ?" (azure-cli core `parser.py`, cutoff 0.7). Porting it rather than using
 * an edit distance keeps our suggestions identical to the real CLI's.
 */

/** Sum of the sizes of SequenceMatcher's matching blocks (no junk heuristic: our words are short). */
function matchingCharacters(a: string, b: string): number {
  let total = 0;
  const stack: Array<[number, number, number, number]> = [[0, a.length, 0, b.length]];
  while (stack.length > 0) {
    const [alo, ahi, blo, bhi] = stack.pop()!;
    const [i, j, k] = longestMatch(a, b, alo, ahi, blo, bhi);
    if (k === 0) continue;
    total += k;
    if (alo < i && blo < j) stack.push([alo, i, blo, j]);
    if (i + k < ahi && j + k < bhi) stack.push([i + k, ahi, j + k, bhi]);
  }
  return total;
}

/** Longest common block, earliest in `a` then in `b` on ties (SequenceMatcher.find_longest_match). */
function longestMatch(a: string, b: string, alo: number, ahi: number, blo: number, bhi: number): [number, number, number] {
  let bestI = alo;
  let bestJ = blo;
  let bestSize = 0;
  let lengths = new Map<number, number>();
  for (let i = alo; i < ahi; i++) {
    const next = new Map<number, number>();
    for (let j = blo; j < bhi; j++) {
      if (a[i] !== b[j]) continue;
      const k = (lengths.get(j - 1) ?? 0) + 1;
      next.set(j, k);
      if (k > bestSize) {
        bestI = i - k + 1;
        bestJ = j - k + 1;
        bestSize = k;
      }
    }
    lengths = next;
  }
  return [bestI, bestJ, bestSize];
}

/** SequenceMatcher(None, a, b).ratio(). */
export function similarity(a: string, b: string): number {
  const total = a.length + b.length;
  return total === 0 ? 1 : (2 * matchingCharacters(a, b)) / total;
}

/**
 * Up to `n` candidates whose similarity to `word` is at least `cutoff`, best first; ties go to
 * the larger string, as with Python's `heapq.nlargest` over `(score, candidate)` pairs.
 */
export function getCloseMatches(word: string, candidates: Iterable<string>, n = 3, cutoff = 0.7): string[] {
  const scored: Array<[number, string]> = [];
  for (const c of candidates) {
    // SequenceMatcher is called with the candidate as `a` and the word as `b`.
    const score = similarity(c, word);
    if (score >= cutoff) scored.push([score, c]);
  }
  scored.sort((x, y) => (y[0] - x[0]) || (x[1] < y[1] ? 1 : x[1] > y[1] ? -1 : 0));
  return scored.slice(0, n).map(([, c]) => c);
}
