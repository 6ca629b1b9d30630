/**
 * Filters.
 *
 * Node types, relationship types and source article (searched, in a virtual list: a big view
 * cites thousands), with how many of each are shown; filtered
 * elements fade or hide (a choice), and nodes hidden by hand can be brought back one by one.
 * Time is the slider's (panels/timeline), never a date field here; the sources filter
 * (panels/sources) sits below. Changes go to the explorer's
 * filter state; the reducers do the drawing. Drawn only while the panel is shown.
 */
import { RELATION_TYPES } from '../../../src/model/vocabulary.ts';
import { articlesInView, type FilterMode } from '../../graph/filters.ts';
import { colorForType } from '../../graph/colors.ts';
import { append, clear, h, statusBox } from '../../dom.ts';
import type { Explorer } from '../../state/explorer.ts';
import { mountSources } from '../sources/sources-panel.ts';
import { whenShown } from '../../ui/when-shown.ts';
import { articlePicker } from './article-picker.ts';

function toggled(set: ReadonlySet<string>, key: string, on: boolean): Set<string> {
  const next = new Set(set);
  if (on) next.delete(key);
  else next.add(key);
  return next;
}

export function mountFilters(panel: HTMLElement, explorer: Explorer): void {
  // The sources filter sits below, in its own element: this part is redrawn on every change.
  const container = h('div', {});
  const sources = h('section', { class: 'sources', 'aria-label': 'Sources' }, h('h3', {}, 'Sources'));
  const sourcesBody = h('div', {});
  sources.append(sourcesBody);
  panel.append(container, sources);
  mountSources(sourcesBody, explorer);
  const picker = articlePicker((article) => explorer.setFilters({ article }));
  const render = () => {
    const { filters } = explorer;
    const result = explorer.display.filter;
    clear(container);
    if (!result || explorer.graph.order === 0) {
      append(container, statusBox('empty', 'Nothing in the view to filter yet.'));
      return;
    }
    const checkbox = (
      label: string,
      checked: boolean,
      count: string,
      onchange: (on: boolean) => void,
      color?: string,
    ) =>
      h(
        'label',
        { class: 'check' },
        h('input', {
          type: 'checkbox',
          checked,
          onchange: (event: Event) => onchange((event.target as HTMLInputElement).checked),
        }),
        color ? h('span', { class: 'swatch', style: `background:${color}` }) : null,
        h('span', {}, label),
        h('span', { class: 'count' }, count),
      );
    picker.update(articlesInView(explorer.graph, explorer.store), filters.article);
    append(
      container,
      h(
        'p',
        { class: 'summary', role: 'status' },
        `Showing ${result.nodesShown} of ${explorer.graph.order} nodes and ${result.edgesShown} of ${explorer.graph.size} relationships.`,
      ),
      h(
        'fieldset',
        { class: 'inline' },
        h('legend', {}, 'Filtered elements'),
        (['fade', 'hide'] as FilterMode[]).map((mode) =>
          h(
            'label',
            {},
            h('input', {
              type: 'radio',
              name: 'filter-mode',
              value: mode,
              checked: filters.mode === mode,
              onchange: () => explorer.setFilters({ mode }),
            }),
            mode === 'fade' ? ' fade' : ' hide',
          ),
        ),
      ),
      h(
        'fieldset',
        {},
        h('legend', {}, 'Node types'),
        Object.entries(result.nodeTypes)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([type, count]) =>
            checkbox(
              type,
              !filters.hiddenNodeTypes.has(type),
              `${count.shown}/${count.total}`,
              (on) => explorer.setFilters({ hiddenNodeTypes: toggled(filters.hiddenNodeTypes, type, on) }),
              colorForType(type),
            ),
          ),
      ),
      h(
        'fieldset',
        {},
        h('legend', {}, 'Relationship types'),
        RELATION_TYPES.filter((type) => result.relationTypes[type] || filters.hiddenRelationTypes.has(type)).map(
          (type) => {
            const count = result.relationTypes[type] ?? { shown: 0, total: 0 };
            return checkbox(type, !filters.hiddenRelationTypes.has(type), `${count.shown}/${count.total}`, (on) =>
              explorer.setFilters({ hiddenRelationTypes: toggled(filters.hiddenRelationTypes, type, on) }),
            );
          },
        ),
      ),
      h('fieldset', {}, h('legend', {}, 'Source article'), picker.element),
      filters.hiddenNodes.size > 0
        ? h(
            'fieldset',
            {},
            h('legend', {}, `Hidden by hand (${filters.hiddenNodes.size})`),
            [...filters.hiddenNodes].map((node) =>
              h(
                'div',
                { class: 'hidden-node' },
                h('span', {}, explorer.store.entities.get(node)?.name ?? node),
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'link',
                    onclick: () => explorer.setFilters({ hiddenNodes: toggled(filters.hiddenNodes, node, true) }),
                  },
                  'show',
                ),
              ),
            ),
          )
        : null,
      h(
        'button',
        {
          type: 'button',
          disabled:
            filters.hiddenNodeTypes.size + filters.hiddenRelationTypes.size + filters.hiddenNodes.size === 0 &&
            filters.article === null,
          onclick: () =>
            explorer.setFilters({
              hiddenNodeTypes: new Set(),
              hiddenRelationTypes: new Set(),
              hiddenNodes: new Set(),
              article: null,
            }),
        },
        'Clear filters',
      ),
    );
  };
  // Drawn while shown: at the 10k open, listing the overview's articles in a hidden panel was
  // 30-100 ms of the merge's task.
  const content = whenShown(panel, render);
  explorer.on((event) => {
    if (event.kind === 'graph' || event.kind === 'filters') content.changed();
  });
}
