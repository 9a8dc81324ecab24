/**
 * UI strings in the browser. The page embeds the catalogue of its own language only (see
 * Lab.astro), so this stays tiny and works before the lab runtime loads.
 */

/** Parameters of a `{param}` template. */
export type Params = Readonly<Record<string, string | number>>;

/** Translates a key of the embedded catalogue; an unknown key renders as itself. */
export type Translate = (key: string, params?: Params) => string;

/** Fills `{param}` placeholders; unknown placeholders stay visible so a gap is noticed. */
export function format(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

/** A translator over a flat catalogue (`lab.*` and `model.*` keys). */
export function translator(strings: Readonly<Record<string, string>>): Translate {
  return (key, params) => format(Object.hasOwn(strings, key) ? strings[key] : key, params);
}
