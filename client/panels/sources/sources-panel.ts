/**
 * Sources.
 *
 * Keep or drop reports by outlet and by speaker ("according to whom"), from GET /api/sources,
 * each with how many reports it has; long lists are filtered by a text box and paged. The view
 * follows on what is drawn: the reports of the drawn facts are fetched once (they come lean),
 * and a fact none of whose reports is kept fades or hides like any filtered fact. Details and
 * paths pass the kept outlets and speakers to the server.
 */
import { api } from '../../api/client.ts';
import { loadEdge } from '../../api/edge-evidence.ts';
import { append, clear, errorText, h, statusBox } from '../../dom.ts';
import { fillReports } from '../../graph/export.ts';
import type { Explorer } from '../../state/explorer.ts';
import {
  isDropping,
  keptSources,
  speakerKey,
  unsourcedEdges,
  type SourcesChoice,
  type SourcesList,
} from './sources-state.ts';

const PAGE = 15;

export function mountSources(container: HTMLElement, explorer: Explorer): void {
  let list: SourcesList = { outlets: [], speakers: [] };
  let choice: SourcesChoice = { droppedOutlets: new Set(), droppedSpeakers: new Set() };
  let query = '';
  const shownCount = { outlets: PAGE, speakers: PAGE };

  const apply = async (next: SourcesChoice) => {
    choice = next;
    render();
    if (isDropping(choice)) {
      // Drawn facts are lean: their reports are needed to know who says them.
      await fillReports(explorer.graph, explorer.store, null, (id) => loadEdge(explorer.store, id));
    }
    explorer.setFilters({
      sources: keptSources(list, choice),
      unsourced: isDropping(choice) ? unsourcedEdges(explorer.graph, explorer.store, choice) : null,
    });
  };

  const toggle = (set: ReadonlySet<string>, key: string, keep: boolean) => {
    const next = new Set(set);
    if (keep) next.delete(key);
    else next.add(key);
    return next;
  };

  const section = (
    title: string,
    kind: 'outlets' | 'speakers',
    items: { key: string; label: string; reports: number | null }[],
    dropped: ReadonlySet<string>,
    onToggle: (key: string, keep: boolean) => void,
  ) => {
    const matching = items.filter((item) => item.label.toLowerCase().includes(query.toLowerCase()));
    return h(
      'fieldset',
      {},
      h('legend', {}, `${title} (${items.length})`),
      matching.length === 0 ? h('p', { class: 'muted' }, 'None.') : null,
      matching.slice(0, shownCount[kind]).map((item) =>
        h(
          'label',
          { class: 'check' },
          h('input', {
            type: 'checkbox',
            checked: !dropped.has(item.key),
            onchange: (event: Event) => onToggle(item.key, (event.target as HTMLInputElement).checked),
          }),
          h('span', {}, item.label),
          h('span', { class: 'count' }, item.reports === null ? '' : String(item.reports)),
        ),
      ),
      matching.length > shownCount[kind]
        ? h(
            'button',
            {
              type: 'button',
              class: 'link',
              onclick: () => {
                shownCount[kind] += PAGE;
                render();
              },
            },
            `Show more (${matching.length - shownCount[kind]} left)`,
          )
        : null,
    );
  };

  const search = h('input', {
    type: 'search',
    placeholder: 'Filter outlets and speakers',
    'aria-label': 'Filter outlets and speakers',
    oninput: (event: Event) => {
      query = (event.target as HTMLInputElement).value;
      render();
    },
  });
  const body = h('div', {});

  const render = () => {
    clear(body);
    const result = explorer.display.filter;
    append(
      body,
      h(
        'p',
        { class: 'summary', role: 'status' },
        isDropping(choice)
          ? `${result?.edgesShown ?? 0} of ${explorer.graph.size} facts have a kept report.`
          : 'Every outlet and speaker is kept.',
      ),
      section(
        'Outlets',
        'outlets',
        [...list.outlets.map((outlet) => ({ key: outlet.name, label: outlet.name, reports: outlet.reports }))],
        choice.droppedOutlets,
        (key, keep) => void apply({ ...choice, droppedOutlets: toggle(choice.droppedOutlets, key, keep) }),
      ),
      section(
        'Speakers',
        'speakers',
        [
          { key: '', label: 'the outlet itself (no speaker named)', reports: null },
          ...list.speakers.map((speaker) => ({
            key: speakerKey(speaker),
            label: speaker.name,
            reports: speaker.reports,
          })),
        ],
        choice.droppedSpeakers,
        (key, keep) => void apply({ ...choice, droppedSpeakers: toggle(choice.droppedSpeakers, key, keep) }),
      ),
      h(
        'button',
        {
          type: 'button',
          disabled: !isDropping(choice),
          onclick: () => void apply({ droppedOutlets: new Set(), droppedSpeakers: new Set() }),
        },
        'Keep every source',
      ),
    );
  };

  const load = async () => {
    clear(container);
    container.append(statusBox('loading', 'Loading outlets and speakers…'));
    try {
      list = await api.sources();
    } catch (error) {
      clear(container);
      container.append(statusBox('error', errorText(error), { label: 'Retry', run: () => void load() }));
      return;
    }
    clear(container);
    append(container, search, body);
    render();
  };

  explorer.on((event) => {
    // New facts drawn: recompute which of them have a kept report.
    if (event.kind === 'graph' && isDropping(choice)) void apply(choice);
  });
  void load();
}
