// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { sidebar } from './src/site/sidebar.mjs';
import { codeBlockLocale } from './src/site/code-block-locale.mjs';
import { devServerHeaders } from './src/server/security-headers.mjs';
import { hostingFiles } from './src/server/post-build.mjs';

/** Sub-path hosting (`BASE_PATH=/acr-lab npm run build`); empty means the site root. */
const base = (process.env.BASE_PATH ?? '').replace(/\/+$/, '') || undefined;

/** The public address (`SITE_URL=https://lab.example.org npm run build`): turns on the sitemap and canonical links. */
const site = process.env.SITE_URL?.trim() || undefined;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // COOP/COEP/nosniff in `astro dev` too, from the same public/_headers template as the build.
  server: { headers: devServerHeaders(fileURLToPath(new URL('.', import.meta.url))) },
  // Offline-first: no telemetry, no remote images, no external fonts.
  image: { service: { entrypoint: 'astro/assets/services/noop' } },
  markdown: {
    // The seed's code fences use the `azurecli` language name; highlight them as shell.
    shikiConfig: { langAlias: { azurecli: 'bash' } },
  },
  integrations: [
    starlight({
      title: { en: 'ACR Trusted Services Lab', ko: 'ACR 신뢰할 수 있는 서비스 실습' },
      description: 'Learn, hands-on, how trusted Azure services reach a network-restricted Azure Container Registry.',
      defaultLocale: 'en',
      locales: {
        en: { label: 'English', lang: 'en' },
        ko: { label: '한국어', lang: 'ko' },
      },
      sidebar,
      lastUpdated: false,
      pagination: true,
      // Lab pages (frontmatter `lab`) put the prose beside the terminal and drop their TOC.
      components: {
        TwoColumnContent: './src/components/TwoColumnContent.astro',
        // Offline service worker + update prompt on every page.
        Head: './src/components/hosting/Head.astro',
      },
      routeMiddleware: './src/components/lab-route-data.ts',
      customCss: ['./src/styles/site.css'],
      // Korean copy-button texts on /ko/ pages (strings in src/content/i18n/). A function is fine
      // here because no page uses Starlight's <Code> component, which would need it in ec.config.mjs.
      expressiveCode: { getBlockLocale: codeBlockLocale },
    }),
    mdx(),
    // Starlight adds a sitemap unless one is present, and without `site` that sitemap only prints a
    // warning on every build. This named stand-in keeps it out until an address is given.
    ...(site ? [] : [{ name: '@astrojs/sitemap', hooks: {} }]),
    // Last: writes dist/_headers (CSP script hashes) and the offline precache list.
    hostingFiles(),
  ],
});
