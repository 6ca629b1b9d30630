/**
 * Export.
 *
 * The current view as PNG (@sigma/export-image), GEXF and GraphML (open in Gephi) and JSON, and
 * a "copy link" button for the URL that reopens this view.
 */
import type Sigma from 'sigma';
import { downloadAsPNG } from '@sigma/export-image';
import { loadEdge } from '../../api/edge-evidence.ts';
import { fillReports, toGexf, toGraphML, toJson } from '../../graph/export.ts';
import type { EdgeAttributes, NodeAttributes } from '../../graph/types.ts';
import { download, errorText, h } from '../../dom.ts';
import type { Explorer } from '../../state/explorer.ts';

export function mountExport(
  container: HTMLElement,
  explorer: Explorer,
  sigma: Sigma<NodeAttributes, EdgeAttributes>,
  report: (message: string) => void,
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
          onclick: guard(() =>
            downloadAsPNG(sigma as unknown as Sigma, { fileName: 'parley-view', backgroundColor: '#ffffff' }),
          ),
        },
        'PNG image',
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
