/** Shows `{ip}`-style message placeholders as readable slots (`‹ip›`) on reference pages. */
export function placeholderText(template: string): string {
  return template.replace(/\{(\w+)\}/g, '‹$1›');
}
