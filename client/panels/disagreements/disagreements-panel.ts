/**
 * Disagreements.
 *
 * Where the sources disagree (GET /api/disagreements): for the whole graph or the selected
 * entity, each disagreement with both sides next to each other (every report with its speaker,
 * dates and outlet). "Show" brings the fact into the view if it is not drawn, selects it, opens
 * its details (which put the sides next to each other too) and frames its two ends. The list is
 * paged (ten at a time), so a hub's hundred disagreements stay a few hundred elements.
 */
import { api, type DisagreementJson } from '../../api/client.ts';
import { append, clear, errorText, h, statusBox } from '../../dom.ts';
import type { Explorer } from '../../state/explorer.ts';
import { pagedList } from '../../ui/paged-list.ts';
import { whenShown } from '../../ui/when-shown.ts';
import { disagreementView } from './model.ts';
import { sidesView } from './sides-view.ts';

/** Disagreements per page. */
const PAGE = 10;

export interface DisagreementsActions {
  openDetails(): void;
  frame(nodes: string[]): void;
}

export function mountDisagreements(container: HTMLElement, explorer: Explorer, actions: DisagreementsActions): void {
  let scope: 'all' | 'entity' = 'all';
  // The entity scope keeps the last entity selected, so selecting one of its edges keeps the list.
  let entity: string | null = null;
  let request = 0;
  const nameOf = (id: string) => explorer.store.entities.get(id)?.name ?? id;

  const show = async (item: DisagreementJson) => {
    const edge = item.sides[0]!.edge.id;
    if (!explorer.graph.hasEdge(edge)) await explorer.expand(item.source);
    if (!explorer.graph.hasEdge(edge)) await explorer.expand(item.target);
    explorer.selectEdge(explorer.graph.hasEdge(edge) ? edge : null);
    actions.openDetails();
    actions.frame([item.source, item.target]);
  };

  const render = async () => {
    const ticket = ++request;
    const head = h(
      'div',
      { class: 'button-row', role: 'radiogroup', 'aria-label': 'Disagreements of' },
      (['all', 'entity'] as const).map((value) =>
        h(
          'label',
          {},
          h('input', {
            type: 'radio',
            name: 'disagreements-scope',
            value,
            checked: scope === value,
            onchange: () => {
              scope = value;
              void render();
            },
          }),
          value === 'all' ? ' whole graph' : ` selected entity${entity ? ` (${nameOf(entity)})` : ''}`,
        ),
      ),
    );
    clear(container);
    append(container, head, statusBox('loading', 'Looking for disagreements…'));
    if (scope === 'entity' && !entity) {
      clear(container);
      append(container, head, statusBox('empty', 'Select an entity to see where the sources disagree about it.'));
      return;
    }
    try {
      const { disagreements, total } = await api.disagreements(scope === 'entity' ? entity : null);
      if (ticket !== request) return;
      clear(container);
      append(
        container,
        head,
        h(
          'p',
          { class: 'summary', role: 'status' },
          total === 0
            ? 'The sources agree: no two reports contradict each other here.'
            : `${total} disagreement${total === 1 ? '' : 's'}${total > disagreements.length ? ` (first ${disagreements.length})` : ''}.`,
        ),
        pagedList({
          pageSize: PAGE,
          total: disagreements.length,
          items: disagreements,
          noun: 'Disagreements',
          render: (page) =>
            h(
              'ul',
              { class: 'disagreements' },
              page.map((item) => {
                const view = disagreementView(item, nameOf);
                return h(
                  'li',
                  { class: 'disagreement', dataset: { id: item.id } },
                  h(
                    'button',
                    { type: 'button', class: 'link disagreement-title', onclick: () => void show(item) },
                    view.title,
                  ),
                  sidesView(view),
                );
              }),
            ),
        }),
      );
    } catch (error) {
      if (ticket !== request) return;
      clear(container);
      append(container, head, statusBox('error', errorText(error), { label: 'Retry', run: () => void render() }));
    }
  };

  const content = whenShown(container, () => void render());
  explorer.on((event) => {
    if (event.kind === 'selection') entity = explorer.display.selectedNode ?? entity;
    // New facts may bring new disagreements; a new selection matters only for the entity scope.
    if (event.kind === 'graph' || (event.kind === 'selection' && scope === 'entity')) content.changed();
  });
}
