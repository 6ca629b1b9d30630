/**
 * First overview.
 *
 * The overview the app opens with, asked for before anything else on the page is evaluated:
 * main.ts imports this module first, so the server (and the network) work on the answer while
 * the page evaluates the renderer and mounts the panels, instead of after. Not asked when the
 * address opens a saved view.
 */
import { api, type OverviewJson } from './api/client.ts';
import { readUrlState } from './state/url-state.ts';

export const firstOverview: Promise<OverviewJson> | null = readUrlState(window.location.search).view
  ? null
  : api.graph();
// Its failure is shown when the app awaits it; until then it is not an unhandled rejection.
firstOverview?.catch(() => undefined);
