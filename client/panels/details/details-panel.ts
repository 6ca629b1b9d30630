/**
 * Details.
 *
 * The selected node or edge. For a node (GET /api/nodes/:id): type, aliases, properties, and
 * its relationships strongest first, a page at a time (the server pages a hub's thousands),
 * grouped by type, each with its first reports (speaker, event date, report date, article;
 * denials marked) and the rest a page at a time from GET /api/edges/:id; buttons to expand,
 * hide, focus and start a path from it. For an edge: its ends, properties and reports, paged,
 * and for a disputed edge the disagreeing reports side by side (GET /api/disagreements). The
 * node request carries the time window and sources filter. Empty, loading and error states
 * included. The panel is drawn once per selection, never on hover, and stays a few hundred
 * elements whatever the node.
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
import { pagedList } from '../../ui/paged-list.ts';
import { pagedEvidence } from './evidence.ts';
import { DETAILS_PAGE as PAGE } from '../../../src/model/details-page.ts';

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

  const edgeBlock = (edge: EdgeJson, from: string | null, reportsPerPage: number) => {
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
      pagedEvidence(edge, nameOf, reportsPerPage),
    );
  };

  const learn = (neighbours: EntityJson[]) => {
    for (const neighbour of neighbours) {
      if (!explorer.store.entities.has(neighbour.id)) explorer.store.entities.set(neighbour.id, neighbour);
    }
  };

  const relationGroups = (edges: readonly EdgeJson[], from: string) => {
    const groups = new Map<string, EdgeJson[]>();
    for (const edge of edges) groups.set(edge.type, [...(groups.get(edge.type) ?? []), edge]);
    return [...groups.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([type, group]) =>
        h(
          'section',
          { class: 'relation-group' },
          h('h4', {}, `${type} (${group.length})`),
          h(
            'ul',
            { class: 'relations' },
            group.map((edge) => edgeBlock(edge, from, PAGE.relationReports)),
          ),
        ),
      );
  };

  const renderNode = (details: NodeDetailsJson) => {
    learn(details.neighbours);
    const { node, edges } = details;
    const scope = scopeOf(explorer.filters);
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
      h('h3', {}, `Relationships (${details.edgeTotal.toLocaleString('en-US')}, strongest first)`),
      edges.length === 0
        ? statusBox('empty', 'No relationships recorded.')
        : pagedList({
            pageSize: PAGE.relations,
            total: Math.max(details.edgeTotal, edges.length),
            items: edges,
            noun: 'Relationships',
            fetch: async (offset, limit) => {
              const page = await api.node(node.id, scope, { offset, edges: limit, evidence: PAGE.relationReports });
              learn(page.neighbours);
              return page.edges;
            },
            render: (page) => relationGroups(page, node.id),
          }),
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
            pagedList({
              pageSize: PAGE.articles,
              total: details.articles.length,
              items: details.articles,
              noun: 'Articles',
              render: (articles) =>
                h(
                  'ul',
                  { class: 'articles' },
                  articles.map((article) =>
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
            }),
          )
        : null,
    );
  };

  const renderEdge = (edge: EdgeJson, disagreements: DisagreementJson[]) => {
    const total = edge.evidenceTotal ?? edge.evidence.length;
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
      h('h3', {}, `Reports (${total.toLocaleString('en-US')})`),
      h('ul', { class: 'relations' }, edgeBlock(edge, null, PAGE.edgeReports)),
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
      const details = await api.node(selectedNode, scopeOf(explorer.filters), {
        edges: PAGE.relations,
        evidence: PAGE.relationReports,
      });
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
