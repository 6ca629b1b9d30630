/**
 * Legend.
 *
 * The colour of each entity type present in the view, with how many of its nodes are shown;
 * clicking a type toggles it in the filters, as in Bloom's legend.
 */
import { colorForType } from '../graph/colors.ts';
import { h, clear } from '../dom.ts';
import type { Explorer } from '../state/explorer.ts';

export function mountLegend(container: HTMLElement, explorer: Explorer): void {
  const render = () => {
    clear(container);
    const counts = explorer.display.filter?.nodeTypes ?? {};
    const types = Object.keys(counts).sort();
    if (types.length === 0) return;
    container.append(
      h(
        'ul',
        { class: 'legend-list', 'aria-label': 'Legend: node types' },
        types.map((type) => {
          const hidden = explorer.filters.hiddenNodeTypes.has(type);
          const count = counts[type]!;
          return h(
            'li',
            {},
            h(
              'button',
              {
                type: 'button',
                class: hidden ? 'legend-item off' : 'legend-item',
                'aria-pressed': String(!hidden),
                title: hidden ? `Show ${type} nodes` : `Hide ${type} nodes`,
                onclick: () => {
                  const next = new Set(explorer.filters.hiddenNodeTypes);
                  if (hidden) next.delete(type);
                  else next.add(type);
                  explorer.setFilters({ hiddenNodeTypes: next });
                },
              },
              h('span', { class: 'swatch', style: `background:${colorForType(type)}` }),
              h('span', {}, type),
              h('span', { class: 'count' }, String(count.shown)),
            ),
          );
        }),
      ),
    );
  };
  explorer.on((event) => {
    if (event.kind === 'graph' || event.kind === 'filters') render();
  });
  render();
}
