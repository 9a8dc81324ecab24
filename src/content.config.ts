import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';

/** Lesson pages may attach a lab (terminal + outcome panel) driven by a scenario. */
const labSchema = z
  .object({
    scenario: z.string().regex(/^[a-z0-9-]+$/).describe('Id of the scenario in content/scenarios/<id>.json.'),
    portal: z.boolean().default(false).describe('Show the simulated portal Networking blade (lesson 4).'),
  })
  .strict();

/**
 * Starlight UI strings this site sets itself, required in every locale file so a missing Korean
 * one fails the build. Starlight 0.37 ships no Korean `pagefind.*` or `expressiveCode.*` strings,
 * and Pagefind UI 1.5's own language detection never runs (its npm build has Svelte's no-op SSR
 * `onMount`), so without these the search dialog and copy buttons stay English on /ko/.
 */
const uiStrings = z.object(
  Object.fromEntries(
    [
      'pagefind.clear_search', 'pagefind.load_more', 'pagefind.search_label', 'pagefind.filters_label',
      'pagefind.zero_results', 'pagefind.many_results', 'pagefind.one_result', 'pagefind.alt_search',
      'pagefind.search_suggestion', 'pagefind.searching',
      'expressiveCode.copyButtonTooltip', 'expressiveCode.copyButtonCopied', 'expressiveCode.terminalWindowFallbackTitle',
    ].map((key) => [key, z.string().min(1).describe(`Starlight UI string \`${key}\`.`)]),
  ),
);

export const collections = {
  docs: defineCollection({
    // Lessons live in the top-level `content/` folder, not `src/content/`.
    loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: './content/docs' }),
    schema: docsSchema({
      extend: z.object({ lab: labSchema.optional().describe('Attach a lab to this page.') }),
    }),
  }),
  // Must stay in `src/content/i18n/`: Starlight reads Expressive Code strings from that folder directly.
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: uiStrings }) }),
};
