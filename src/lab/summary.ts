/**
 * The short name of a command line for the live region: "az acr update" rather than the whole
 * line, which a screen reader has just heard being typed anyway.
 */

const COMMAND_WORD = /^[a-z][a-z0-9-]*$/i;

/** Leading command words (at most four, stopping at the first option or other token); else the line, shortened. */
export function commandSummary(line: string): string {
  const words = line.trim().split(/\s+/);
  const lead: string[] = [];
  for (const word of words) {
    if (!COMMAND_WORD.test(word) || lead.length === 4) break;
    lead.push(word);
  }
  if (lead.length) return lead.join(' ');
  const flat = line.trim().replace(/\s+/g, ' ');
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}
