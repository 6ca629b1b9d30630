/**
 * Details.
 *
 * The selected node or edge. For a node (GET /api/nodes/:id): type, aliases, properties, and
 * every relationship grouped by type, each with its reports (speaker, event date, report date,
 * article; denials marked); buttons to expand, hide, focus and start a path from it. For an
 * edge: its ends, properties and reports, paged, and for a disputed edge the disagreeing
 * reports side by side (GET /api/disagreements). The node request carries the time window and
 * sources filter. Empty, loading and error states included.
 */
import { api, type DisagreementJson } from '../../api/client.ts';
import { loadEdge } from '../../api/edge-evidence.ts';
import type { EdgeJson, EntityJson, NodeDetailsJson } from '../../../src/model/json.ts';
import { colorForType } from '../../graph/colors.ts';
import { append, clear, errorText, h, statusBox } from '../../dom.ts';
import type { Explorer } from '../../state/explorer.ts';
import { disagreementView } from '../disagreements/model.ts';
import { sidesView } from '../disagreements/sides-view.ts';
import { scopeOf } from '../sources/scope.ts';
import { evidenceList } from './evidence.ts';

const HIDDEN_PROPERTIES = new Set(['id', 'name', 'type', 'aliases', 'degree', 'score', 'createdAt', 'updatedAt']);

export interface DetailsActions {
  expand(node: string): void;
  pathFrom(entity: EntityJson): void;
  focus(node: string): void;
}

function propertyList(record: Record<string, unknown>, skip: Set<string>): HTMLElement | null {
  const entries = Object.entries(record).filter(
    ([key, value]) => !skip.has(key) && value !== null && value !== undefined && typeof value !== 'object',
  );
  if (entries.length === 0) return null;
  return h(
    'dl',
    { class: 'properties' },
    entries.flatMap(([key, value]) => [h('dt', {}, key), h('dd', {}, String(value))]),
  );
}

function typeBadge(type: string): HTMLElement {
  return h('span', { class: 'type-badge', style: `--type-color:${colorForType(type)}` }, type);
}

export function mountDetails(container: HTMLElement, explorer: Explorer, actions: DetailsActions): void {
  let request = 0;
  const nameOf = (id: string) => explorer.store.entities.get(id)?.name ?? id;
  const entityLink = (id: string) =>
    h('button', { type: 'button', class: 'link', onclick: () => void explorer.reveal(id) }, nameOf(id));

  const edgeBlock = (edge: EdgeJson, from: string | null) => {
    const outgoing = edge.source === from;
    const other = outgoing ? edge.target : edge.source;
    return h(
      'li',
      { class: 'relation' },
      h(
        'div',
        { class: 'relation-head' },
        from === null
          ? [entityLink(edge.source), ` —${edge.type}→ `, entityLink(edge.target)]
          : [
              h('span', { class: 'arrow', title: outgoing ? 'outgoing' : 'incoming' }, outgoing ? '→' : '←'),
              ' ',
              entityLink(other),
            ],
        typeof edge.topic === 'string' ? h('span', { class: 'muted' }, ` on ${edge.topic}`) : null,
      ),
      typeof edge.note === 'string' ? h('p', { class: 'note' }, edge.note) : null,
      evidenceList(edge, nameOf),
    );
  };

  const renderNode = (details: NodeDetailsJson) => {
    for (const neighbour of details.neighbours) {
      if (!explorer.store.entities.has(neighbour.id)) explorer.store.entities.set(neighbour.id, neighbour);
    }
    const { node, edges } = details;
    const groups = new Map<string, EdgeJson[]>();
    for (const edge of edges) groups.set(edge.type, [...(groups.get(edge.type) ?? []), edge]);
    clear(container);
    append(
      container,
      h('h2', { class: 'details-title' }, node.name),
      h('div', { class: 'details-sub' }, typeBadge(node.type), h('code', { class: 'muted' }, node.id)),
      node.aliases.length > 0
        ? h('p', { class: 'aliases' }, h('strong', {}, 'Also: '), node.aliases.join(' · '))
        : null,
      propertyList(node, HIDDEN_PROPERTIES),
      h(
        'div',
        { class: 'button-row' },
        h('button', { type: 'button', onclick: () => actions.expand(node.id) }, 'Expand'),
        h('button', { type: 'button', onclick: () => actions.focus(node.id) }, 'Focus'),
        h('button', { type: 'button', onclick: () => actions.pathFrom(node) }, 'Paths from here'),
        h('button', { type: 'button', onclick: () => explorer.hideNode(node.id) }, 'Hide'),
      ),
      h(
        'h3',
        {},
        details.edgeTotal > edges.length
          ? `Relationships (strongest ${edges.length} of ${details.edgeTotal})`
          : `Relationships (${edges.length})`,
      ),
      edges.length === 0 ? statusBox('empty', 'No relationships recorded.') : null,
      [...groups.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([type, group]) =>
          h(
            'section',
            { class: 'relation-group' },
            h('h4', {}, `${type} (${group.length})`),
            h(
              'ul',
              { class: 'relations' },
              group.map((edge) => edgeBlock(edge, node.id)),
            ),
          ),
        ),
      details.articles.length > 0
        ? h(
            'section',
            {},
            h(
              'h3',
              {},
              details.articleTotal > details.articles.length
                ? `Mentioned in (latest ${details.articles.length} of ${details.articleTotal})`
                : 'Mentioned in',
            ),
            h(
              'ul',
              { class: 'articles' },
              details.articles.map((article) =>
                h(
                  'li',
                  {},
                  article.url
                    ? h('a', { href: article.url, target: '_blank', rel: 'noopener noreferrer' }, article.title)
                    : article.title,
                  [article.outlet, article.published].filter(Boolean).length > 0
                    ? h(
                        'span',
                        { class: 'muted' },
                        ` · ${[article.outlet, article.published].filter(Boolean).join(' · ')}`,
                      )
                    : null,
                ),
              ),
            ),
          )
        : null,
    );
  };

  const loadMore = async (edge: EdgeJson) => {
    const page = await api.edgeEvidence(edge.id, edge.evidence.length);
    const known = new Set(edge.sources.map((article) => article.id));
    const next: EdgeJson = {
      ...edge,
      evidence: [...edge.evidence, ...page.edge.evidence],
      sources: [...edge.sources, ...page.edge.sources.filter((article) => !known.has(article.id))],
      evidenceTotal: page.evidenceTotal,
    };
    explorer.store.edges.set(edge.id, next);
    return next;
  };

  const renderEdge = (edge: EdgeJson, disagreements: DisagreementJson[]) => {
    const total = edge.evidenceTotal ?? edge.evidence.length;
    const ticket = request;
    clear(container);
    append(
      container,
      h('h2', { class: 'details-title' }, edge.type),
      h(
        'div',
        { class: 'details-sub' },
        h('span', { class: 'type-badge' }, 'relationship'),
        edge.disputed === true ? h('span', { class: 'badge disputed' }, 'disputed') : null,
      ),
      disagreements.map((item) =>
        h(
          'section',
          { class: 'disagreement' },
          h('h3', {}, `Sources disagree: ${disagreementView(item, nameOf).title}`),
          sidesView(disagreementView(item, nameOf)),
        ),
      ),
      h('h3', {}, `Reports (${total})`),
      h('ul', { class: 'relations' }, edgeBlock(edge, null)),
      total > edge.evidence.length
        ? h(
            'button',
            {
              type: 'button',
              onclick: () => void loadMore(edge).then((next) => ticket === request && renderEdge(next, disagreements)),
            },
            `Show more reports (${edge.evidence.length} of ${total})`,
          )
        : null,
      propertyList(edge, new Set(['id', 'source', 'target', 'type'])),
    );
  };

  /** The disagreements an edge takes part in, for its side-by-side view. */
  const disagreementsOf = async (edge: EdgeJson): Promise<DisagreementJson[]> => {
    if (edge.disputed !== true) return [];
    const { disagreements } = await api.disagreements(edge.source);
    return disagreements.filter((item) => item.sides.some((side) => side.edge.id === edge.id));
  };

  const render = async () => {
    const ticket = ++request;
    const { selectedNode, selectedEdge } = explorer.display;
    if (selectedEdge) {
      // Drawn edges come without evidence: fetched (and kept) on selection.
      const edge = await loadEdge(explorer.store, selectedEdge).catch(() => null);
      if (!edge || ticket !== request) return;
      renderEdge(edge, []);
      const disagreements = await disagreementsOf(edge).catch(() => []);
      if (disagreements.length > 0 && ticket === request) renderEdge(edge, disagreements);
      return;
    }
    if (!selectedNode) {
      clear(container);
      append(
        container,
        statusBox(
          'empty',
          'Select a node or a relationship: click it in the graph, or search above. Double-click a node to expand it.',
        ),
      );
      return;
    }
    clear(container);
    append(
      container,
      h('h2', { class: 'details-title' }, nameOf(selectedNode)),
      statusBox('loading', 'Loading details…'),
    );
    try {
      const details = await api.node(selectedNode, scopeOf(explorer.filters));
      if (ticket === request) renderNode(details);
    } catch (error) {
      if (ticket !== request) return;
      clear(container);
      append(
        container,
        h('h2', { class: 'details-title' }, nameOf(selectedNode)),
        statusBox('error', errorText(error), { label: 'Retry', run: () => void render() }),
      );
    }
  };
  explorer.on((event) => {
    if (event.kind === 'selection') void render();
  });
  void render();
}
