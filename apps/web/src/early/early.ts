/**
 * A second entry of index.html, run before the app's own code: it asks for the page's data from
 * the link alone, while React, the router and zod are still loading (decision 019), so the
 * answers are there, or on their way, when the route's prefetch asks for them. It imports no
 * zod, no React: vite-plugins.ts (earlyEntry) fails the build if it ever pulls them in.
 */
import { buildUrl } from './api-urls';
import { startEarly } from './early-fetch';
import { pageRequests } from './route-plans';

const url = new URL(window.location.href);
startEarly(pageRequests(url).map(({ path, query }) => buildUrl(path, query)));
