/**
 * Starlight route middleware: lab pages drop their table of contents, because the lab takes the
 * right-hand column (see TwoColumnContent.astro). Removing it here, rather than hiding it, also
 * drops the mobile "On this page" bar and its layout space.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  if (route.entry.data.lab) route.toc = undefined;
});
