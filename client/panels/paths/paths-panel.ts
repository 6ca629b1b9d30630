/**
 * Paths.
 *
 * "How is X connected to Y, and says who?": two entity pickers, k, max hops and relationship
 * types; GET /api/paths. Each path is listed as readable hops with their evidence; the chosen
 * path is drawn into the view and highlighted (the rest fades), and Previous/Next steps
 * through the alternatives. The query goes into the URL so a link reopens it.
 */
import { api, type PathQuery } from '../../api/client.ts';
import type { EntityJson, PathJson, PathsJson } from '../../../src/model/json.ts';
import { RELATION_TYPES } from '../../../src/model/vocabulary.ts';
import { pathEmphasis } from '../../graph/emphasis.ts';
import { clear, errorText, h, statusBox } from '../../dom.ts';
import type { Explorer } from '../../state/explorer.ts';
import { createEntityPicker } from '../search/entity-picker.ts';
import { evidenceList } from '../details/evidence.ts';
import { scopeOf } from '../sources/scope.ts';

export interface PathsPanel {
  setFrom(entity: { id: string; name: string }): void;
  /** Runs a path query and shows its `alternative`-th path (0-based). */
  run(query: PathQuery, alternative?: number): Promise<void>;
}

export function mountPaths(container: HTMLElement, explorer: Explorer): PathsPanel {
  const from = createEntityPicker({ label: 'From entity', placeholder: 'From… (e.g. Russia)', onChoose: () => {} });
  const to = createEntityPicker({ label: 'To entity', placeholder: 'To… (e.g. SNC)', onChoose: () => {} });
  const k = h('input', { type: 'number', min: '1', max: '20', value: '3', 'aria-label': 'Number of paths (k)' });
  const hops = h('input', { type: 'number', min: '1', max: '10', value: '6', 'aria-label': 'Maximum hops' });
  const typeBoxes = RELATION_TYPES.map((type) => h('input', { type: 'checkbox', value: type, 'aria-label': type }));
  const results = h('div', { class: 'path-results', 'aria-live': 'polite' });
  let found: PathsJson | null = null;
  let current = 0;

  const chosenTypes = () => typeBoxes.filter((box) => box.checked).map((box) => box.value);
  const swap = () => {
    const a = { id: from.value() ?? from.input.value, name: from.input.value };
    const b = { id: to.value() ?? to.input.value, name: to.input.value };
    from.set(b.name ? b : null);
    to.set(a.name ? a : null);
  };

  const show = (index: number) => {
    if (!found || found.paths.length === 0) return;
    current = (index + found.paths.length) % found.paths.length;
    const path = found.paths[current]!;
    explorer.merge({ nodes: path.nodes, edges: path.relationships });
    explorer.setPath(pathEmphasis(path));
    explorer.setUrl({ path: current + 1 });
    render();
  };

  const pathCard = (path: PathJson, index: number) =>
    h(
      'li',
      { class: index === current ? 'path-card current' : 'path-card' },
      h(
        'button',
        {
          type: 'button',
          class: 'path-summary',
          'aria-pressed': String(index === current),
          onclick: () => show(index),
        },
        h('span', { class: 'path-index' }, `${index + 1}`),
        h('span', {}, path.summary),
        h('span', { class: 'muted' }, ` · ${path.length} hop${path.length === 1 ? '' : 's'}`),
      ),
      index === current
        ? h(
            'ol',
            { class: 'hops' },
            path.hops.map((hop) => {
              const edge = path.relationships.find((rel) => rel.id === hop.edge);
              const nameOf = (id: string) => path.nodes.find((node) => node.id === id)?.name ?? id;
              return h(
                'li',
                { class: 'hop' },
                h(
                  'div',
                  { class: 'hop-head' },
                  h('strong', {}, nameOf(hop.from)),
                  h('span', { class: 'hop-rel' }, hop.reversed ? ` ←${edge?.type ?? ''}— ` : ` —${edge?.type ?? ''}→ `),
                  h('strong', {}, nameOf(hop.to)),
                ),
                edge ? evidenceList(edge) : h('p', {}, hop.text),
              );
            }),
          )
        : null,
    );

  const render = () => {
    clear(results);
    if (!found) return;
    if (found.paths.length === 0) {
      results.append(
        statusBox('empty', `No path between ${found.from.name} and ${found.to.name} within these limits.`),
      );
      return;
    }
    results.append(
      h(
        'div',
        { class: 'path-nav' },
        h('button', { type: 'button', onclick: () => show(current - 1), 'aria-label': 'Previous path' }, '‹ Previous'),
        h('span', { role: 'status' }, `Path ${current + 1} of ${found.paths.length}`),
        h('button', { type: 'button', onclick: () => show(current + 1), 'aria-label': 'Next path' }, 'Next ›'),
        h(
          'button',
          {
            type: 'button',
            class: 'link',
            onclick: () => {
              explorer.setPath(null);
              found = null;
              explorer.setUrl({ from: null, to: null, path: null });
              render();
            },
          },
          'Clear',
        ),
      ),
      ...(found.cutShort
        ? [
            h(
              'p',
              { class: 'note', role: 'note' },
              `Only ${found.paths.length === 1 ? 'one route was' : `${found.paths.length} routes were`} found at the shortest length, and the search for longer ones ran out of time: more may exist.`,
            ),
          ]
        : []),
      h('ol', { class: 'path-list' }, found.paths.map(pathCard)),
    );
  };

  const run = async (query: PathQuery, alternative = 0) => {
    clear(results);
    results.append(statusBox('loading', 'Finding paths…'));
    explorer.setUrl({
      from: query.from,
      to: query.to,
      k: query.k ?? null,
      hops: query.maxHops ?? null,
      types: query.types ?? [],
      path: null,
      panel: 'paths',
    });
    try {
      found = await api.paths({ ...query, scope: scopeOf(explorer.filters) });
      from.set(found.from);
      to.set(found.to);
      current = 0;
      if (found.paths.length > 0) show(Math.min(alternative, found.paths.length - 1));
      else render();
    } catch (error) {
      found = null;
      clear(results);
      results.append(statusBox('error', errorText(error)));
    }
  };

  const form = h(
    'form',
    {
      class: 'paths-form',
      onsubmit: (event: Event) => {
        event.preventDefault();
        const source = from.value() ?? from.input.value.trim();
        const target = to.value() ?? to.input.value.trim();
        if (!source || !target) {
          clear(results);
          results.append(statusBox('error', 'Choose both ends of the path.'));
          return;
        }
        void run({
          from: source,
          to: target,
          k: Number(k.value) || undefined,
          maxHops: Number(hops.value) || undefined,
          types: chosenTypes(),
        });
      },
    },
    h('div', { class: 'field' }, h('span', { class: 'field-label' }, 'From'), from.element),
    h('button', { type: 'button', class: 'swap', title: 'Swap ends', 'aria-label': 'Swap ends', onclick: swap }, '⇅'),
    h('div', { class: 'field' }, h('span', { class: 'field-label' }, 'To'), to.element),
    h('div', { class: 'row' }, h('label', {}, 'Paths ', k), h('label', {}, 'Max hops ', hops)),
    h(
      'details',
      {},
      h('summary', {}, 'Relationship types (all when none ticked)'),
      h(
        'div',
        { class: 'type-grid' },
        typeBoxes.map((box) => h('label', { class: 'check' }, box, h('span', {}, box.value))),
      ),
    ),
    h('button', { type: 'submit', class: 'primary' }, 'Find paths'),
  );
  container.append(form, results);
  render();

  return {
    setFrom: (entity: Pick<EntityJson, 'id' | 'name'>) => {
      from.set(entity);
      to.input.focus();
    },
    run: async (query, alternative) => {
      if (query.k) k.value = String(query.k);
      if (query.maxHops) hops.value = String(query.maxHops);
      for (const box of typeBoxes) box.checked = (query.types ?? []).includes(box.value);
      from.set({ id: query.from, name: query.from });
      to.set({ id: query.to, name: query.to });
      await run(query, alternative);
    },
  };
}
