/**
 * Export.
 *
 * The current view as PNG and SVG (with its legend and source caption, figure.ts), GEXF and
 * GraphML (open in Gephi) and JSON, and a "copy link" button for the URL that reopens this view.
 */
import type Sigma from 'sigma';
import { loadEdge } from '../../api/edge-evidence.ts';
import { fillReports, toGexf, toGraphML, toJson } from '../../graph/export.ts';
import type { EdgeAttributes, NodeAttributes } from '../../graph/types.ts';
import { download, errorText, h } from '../../dom.ts';
import type { Explorer } from '../../state/explorer.ts';
import { legendEntries, shownArticles, sourceCaption } from './figure.ts';
import { figurePng, figureSvgOf } from './figure-render.ts';

export function mountExport(
  container: HTMLElement,
  explorer: Explorer,
  sigma: Sigma<NodeAttributes, EdgeAttributes>,
  report: (message: string) => void,
  communities: () => { name: string; color: string }[] | null = () => null,
): void {
  const guard = (run: () => void | Promise<void>) => async () => {
    if (explorer.graph.order === 0) return report('The view is empty: nothing to export.');
    try {
      await run();
    } catch (error) {
      report(`export: ${errorText(error)}`);
    }
  };
  // GraphML and JSON carry every report, so the reports of drawn facts not yet fetched come first.
  const withReports = async (name: string, write: typeof toJson, type: string) => {
    await fillReports(explorer.graph, explorer.store, explorer.display.filter, (id) => loadEdge(explorer.store, id));
    download(name, write(explorer.graph, explorer.store, explorer.display.filter), type);
  };
  // The caption names the articles behind the facts shown, so their reports are fetched first.
  const figure = async () => {
    const { graph, store, display } = explorer;
    await fillReports(graph, store, display.filter, (id) => loadEdge(store, id));
    return {
      legend: legendEntries(display.filter, communities()),
      caption: sourceCaption(shownArticles(graph, store, display.filter)),
    };
  };
  const menu = h(
    'details',
    { class: 'menu' },
    h('summary', {}, 'Export'),
    h(
      'div',
      { class: 'menu-items' },
      h(
        'button',
        {
          type: 'button',
          onclick: guard(async () => {
            const { legend, caption } = await figure();
            download('parley-view.png', await figurePng(sigma, legend, caption), 'image/png');
          }),
        },
        'PNG image',
      ),
      h(
        'button',
        {
          type: 'button',
          onclick: guard(async () => {
            const { legend, caption } = await figure();
            download('parley-view.svg', figureSvgOf(sigma, legend, caption), 'image/svg+xml');
          }),
        },
        'SVG image',
      ),
      h(
        'button',
        {
          type: 'button',
          onclick: guard(() =>
            download(
              'parley-view.gexf',
              toGexf(explorer.graph, explorer.store, explorer.display.filter),
              'application/xml',
            ),
          ),
        },
        'GEXF (Gephi)',
      ),
      h(
        'button',
        {
          type: 'button',
          onclick: guard(() => withReports('parley-view.graphml', toGraphML, 'application/xml')),
        },
        'GraphML',
      ),
      h(
        'button',
        {
          type: 'button',
          onclick: guard(() => withReports('parley-view.json', toJson, 'application/json')),
        },
        'JSON',
      ),
      h(
        'button',
        {
          type: 'button',
          onclick: async () => {
            try {
              await navigator.clipboard.writeText(window.location.href);
              report('Link copied: it reopens this view.');
            } catch {
              report(`Copy this link: ${window.location.href}`);
            }
          },
        },
        'Copy link',
      ),
    ),
  );
  container.append(menu);
}
