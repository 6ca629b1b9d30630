/**
 * Legend.
 *
 * The colour and name of each entity type and each relationship type present in the view, with
 * how many are shown; clicking one toggles it in the filters, as in Bloom's legend. When nodes
 * are coloured by community, the communities (colour, best-connected member, size) replace the
 * node types.
 */
import { colorForRelation, colorForType } from '../graph/colors.ts';
import type { FilterState, TypeCount } from '../graph/filters.ts';
import { h, clear } from '../dom.ts';
import type { Explorer } from '../state/explorer.ts';
import type { CommunityEntry } from '../panels/appearance/appearance-state.ts';

type HiddenKey = 'hiddenNodeTypes' | 'hiddenRelationTypes';

function legendList(
  explorer: Explorer,
  options: {
    label: string;
    noun: string;
    key: HiddenKey;
    counts: Record<string, TypeCount>;
    color(type: string): string;
    swatch: string;
  },
): HTMLElement | null {
  const types = Object.keys(options.counts).sort();
  if (types.length === 0) return null;
  const hiddenSet: FilterState[HiddenKey] = explorer.filters[options.key];
  return h(
    'ul',
    { class: 'legend-list', 'aria-label': options.label },
    types.map((type) => {
      const hidden = hiddenSet.has(type);
      return h(
        'li',
        {},
        h(
          'button',
          {
            type: 'button',
            class: hidden ? 'legend-item off' : 'legend-item',
            'aria-pressed': String(!hidden),
            title: hidden ? `Show ${type} ${options.noun}` : `Hide ${type} ${options.noun}`,
            onclick: () => {
              const next = new Set(hiddenSet);
              if (hidden) next.delete(type);
              else next.add(type);
              explorer.setFilters({ [options.key]: next });
            },
          },
          h('span', { class: options.swatch, style: `background:${options.color(type)}` }),
          h('span', {}, type),
          h('span', { class: 'count' }, String(options.counts[type]!.shown)),
        ),
      );
    }),
  );
}

/** Communities listed by name; the rest are counted, so forty rings do not cover the canvas. */
const LISTED_COMMUNITIES = 12;

function communityList(entries: CommunityEntry[]): HTMLElement {
  const rest = entries.length - LISTED_COMMUNITIES;
  return h(
    'ul',
    { class: 'legend-list', 'aria-label': 'Legend: communities' },
    entries
      .slice(0, LISTED_COMMUNITIES)
      .map((entry) =>
        h(
          'li',
          { class: 'legend-item', title: `Community ${entry.rank + 1}: ${entry.members} nodes around ${entry.name}` },
          h('span', { class: 'swatch', style: `background:${entry.color}` }),
          h('span', {}, entry.name),
          h('span', { class: 'count' }, String(entry.members)),
        ),
      ),
    rest > 0 ? h('li', { class: 'legend-item legend-more' }, `and ${rest} smaller communities`) : null,
  );
}

export function mountLegend(
  container: HTMLElement,
  explorer: Explorer,
  communities: () => CommunityEntry[] | null = () => null,
): void {
  const render = () => {
    clear(container);
    const filter = explorer.display.filter;
    const found = communities();
    container.append(
      ...[
        found ? communityList(found) : null,
        found
          ? null
          : legendList(explorer, {
              label: 'Legend: node types',
              noun: 'nodes',
              key: 'hiddenNodeTypes',
              counts: filter?.nodeTypes ?? {},
              color: colorForType,
              swatch: 'swatch',
            }),
        legendList(explorer, {
          label: 'Legend: relationship types',
          noun: 'relationships',
          key: 'hiddenRelationTypes',
          counts: filter?.relationTypes ?? {},
          color: colorForRelation,
          swatch: 'swatch swatch-line',
        }),
      ].filter((list) => list !== null),
    );
  };
  explorer.on((event) => {
    if (event.kind === 'graph' || event.kind === 'filters' || event.kind === 'appearance') render();
  });
  render();
}
