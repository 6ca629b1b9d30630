/**
 * Appearance panel.
 *
 * Gephi Lite's appearance by data: colour nodes by entity type or by Louvain community
 * (computed in a worker for large views, metrics-runner.ts), a node-size scale and a label
 * density slider, all kept in the URL and so in saved views. Below, the nodes that carry no
 * label at the current zoom (a bounded list; a click selects one), so none is out of reach.
 * The drawing goes through the reducers (display.nodeColors, display.nodeScale) and the graph
 * view's label density setter; nothing is written onto the render graph.
 */
import { clear, h } from '../../dom.ts';
import { computeCommunities } from '../../graph/metrics-runner.ts';
import type { Explorer } from '../../state/explorer.ts';
import type { GraphView } from '../../view/graph-view.ts';
import {
  appearanceFromUrl,
  appearanceUrl,
  communityLegend,
  communityNodeColors,
  LABEL_DENSITY,
  NODE_SCALE,
  type Appearance,
  type ColorMode,
  type CommunityEntry,
  type Range,
} from './appearance-state.ts';

/** Most unlabelled nodes listed at once; the rest are counted. */
export const UNLABELLED_SHOWN = 100;

export interface AppearancePanel {
  /** Applies the appearance the URL state holds (after a shared link or a saved view opens). */
  restore(): void;
  /** The communities the legend shows, or null when nodes are coloured by type. */
  communities(): CommunityEntry[] | null;
}

export function mountAppearance(
  container: HTMLElement,
  explorer: Explorer,
  view: Pick<GraphView, 'sigma' | 'setLabelDensity'>,
): AppearancePanel {
  let appearance: Appearance = appearanceFromUrl(explorer.url);
  let legend: CommunityEntry[] | null = null;
  const status = h('p', { class: 'appearance-status', role: 'status' });

  const recolor = async () => {
    if (appearance.colorBy !== 'community') {
      legend = null;
      explorer.display.nodeColors = null;
      explorer.emit({ kind: 'appearance' });
      return;
    }
    status.textContent = 'Finding communities…';
    try {
      const found = await computeCommunities(explorer.graph);
      if (!found || appearance.colorBy !== 'community') return;
      legend = communityLegend(explorer.graph, found);
      explorer.display.nodeColors = communityNodeColors(found);
      status.textContent = `${legend.length} communities (Louvain).`;
    } catch (error) {
      status.textContent = error instanceof Error ? error.message : String(error);
    }
    explorer.emit({ kind: 'appearance' });
  };

  const radios = (['type', 'community'] as ColorMode[]).map((mode) =>
    h('input', {
      type: 'radio',
      name: 'color-by',
      value: mode,
      onchange: () => set({ colorBy: mode }),
    }),
  );
  const slider = (label: string, range: Range, key: 'nodeScale' | 'labelDensity') => {
    const output = h('output', {});
    const input = h('input', {
      type: 'range',
      min: String(range.min),
      max: String(range.max),
      step: String(range.step),
      'aria-label': label,
      oninput: () => set({ [key]: Number(input.value) }),
    });
    return {
      input,
      output,
      field: h('label', { class: 'field' }, h('span', { class: 'field-label' }, label), input, output),
    };
  };
  const size = slider('Node size', NODE_SCALE, 'nodeScale');
  const labels = slider('Label density', LABEL_DENSITY, 'labelDensity');

  const apply = (previous: Appearance | null) => {
    for (const radio of radios) radio.checked = radio.value === appearance.colorBy;
    size.input.value = String(appearance.nodeScale);
    size.output.textContent = `×${appearance.nodeScale}`;
    labels.input.value = String(appearance.labelDensity);
    labels.output.textContent = `×${appearance.labelDensity}`;
    explorer.display.nodeScale = appearance.nodeScale;
    view.setLabelDensity(appearance.labelDensity);
    if (!previous || previous.colorBy !== appearance.colorBy) void recolor();
    else explorer.emit({ kind: 'appearance' });
  };
  const set = (patch: Partial<Appearance>) => {
    const previous = appearance;
    appearance = { ...appearance, ...patch };
    explorer.setUrl(appearanceUrl(appearance));
    apply(previous);
  };

  const unlabelledTitle = h('h3', {}, 'Not labelled at this zoom');
  const unlabelled = h('ul', { class: 'unlabelled-list', 'aria-label': 'Not labelled at this zoom' });
  const more = h('p', { class: 'muted' });
  const listUnlabelled = () => {
    const shown = view.sigma.getNodeDisplayedLabels();
    const filtered = explorer.display.filter?.nodes;
    const missing = explorer.graph
      .filterNodes((node) => !shown.has(node) && !filtered?.has(node))
      .sort((a, b) => explorer.graph.getNodeAttribute(b, 'size') - explorer.graph.getNodeAttribute(a, 'size'));
    unlabelledTitle.textContent = `Not labelled at this zoom (${missing.length})`;
    clear(unlabelled);
    unlabelled.append(
      ...missing.slice(0, UNLABELLED_SHOWN).map((node) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              class: 'link',
              dataset: { node },
              onclick: () => explorer.selectNode(node, { focus: true }),
            },
            explorer.graph.getNodeAttribute(node, 'label'),
          ),
        ),
      ),
    );
    more.textContent =
      missing.length > UNLABELLED_SHOWN ? `and ${missing.length - UNLABELLED_SHOWN} more; zoom in to label them.` : '';
  };
  // Labels change with every frame the camera moves: list them once it rests.
  let listTimer: ReturnType<typeof setTimeout> | undefined;
  view.sigma.on('afterRender', () => {
    clearTimeout(listTimer);
    listTimer = setTimeout(listUnlabelled, 200);
  });

  // A new graph gets its own communities; the old mapping would leave new nodes uncoloured.
  let graphTimer: ReturnType<typeof setTimeout> | undefined;
  explorer.on((event) => {
    if (event.kind !== 'graph' || appearance.colorBy !== 'community') return;
    clearTimeout(graphTimer);
    graphTimer = setTimeout(() => void recolor(), 100);
  });

  container.append(
    h(
      'fieldset',
      { class: 'inline' },
      h('legend', {}, 'Colour nodes by'),
      radios.map((radio) => h('label', {}, radio, radio.value === 'type' ? ' type' : ' community')),
    ),
    status,
    size.field,
    labels.field,
    h('section', { class: 'unlabelled', 'aria-label': 'Unlabelled nodes' }, unlabelledTitle, unlabelled, more),
  );
  apply(null);

  return {
    restore: () => {
      const previous = appearance;
      appearance = appearanceFromUrl(explorer.url);
      apply(previous);
    },
    communities: () => legend,
  };
}
