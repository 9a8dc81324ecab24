import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

/** Lesson pages may attach a lab (terminal + outcome panel) driven by a scenario. */
const labSchema = z
  .object({
    scenario: z.string().regex(/^[a-z0-9-]+$/).describe('Id of the scenario in content/scenarios/<id>.json.'),
    portal: z.boolean().default(false).describe('Show the simulated portal Networking blade (lesson 4).'),
  })
  .strict();

export const collections = {
  docs: defineCollection({
    // Lessons live in the top-level `content/` folder, not `src/content/`.
    loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: './content/docs' }),
    schema: docsSchema({
      extend: z.object({ lab: labSchema.optional().describe('Attach a lab to this page.') }),
    }),
  }),
};
