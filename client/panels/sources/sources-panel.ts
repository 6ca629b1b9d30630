/**
 * Sources.
 *
 * Keep or drop reports by outlet and by speaker ("according to whom"), from GET /api/sources,
 * each with how many reports it has; the lists are searched by a text box and virtualised (a
 * store can cite thousands of outlets: only the rows in view are drawn), the dropped ones kept
 * on top so none is lost among the rest. The view
 * follows on what is drawn: the reports of the drawn facts are fetched once (they come lean),
 * and a fact none of whose reports is kept fades or hides like any filtered fact. Details and
 * paths pass the kept outlets and speakers to the server.
 */
import { api } from '../../api/client.ts';
import { loadEdge } from '../../api/edge-evidence.ts';
import { append, clear, errorText, h, statusBox } from '../../dom.ts';
import { fillReports } from '../../graph/export.ts';
import type { Explorer } from '../../state/explorer.ts';
import { pinnedFirst } from '../../ui/list-window.ts';
import { virtualList, type VirtualList } from '../../ui/virtual-list.ts';
import { whenShown } from '../../ui/when-shown.ts';
import {
  isDropping,
  serverSources,
  speakerKey,
  unsourcedEdges,
  type SourcesChoice,
  type SourcesList,
} from './sources-state.ts';

/** Row height and box height of each list, in pixels (styles.css `.virtual-list .check`). */
const ROW = { height: 26, box: 260 } as const;

interface SourceRow {
  key: string;
  label: string;
  reports: number | null;
}

export function mountSources(container: HTMLElement, explorer: Explorer): void {
  let list: SourcesList = { outlets: [], speakers: [] };
  let choice: SourcesChoice = { droppedOutlets: new Set(), droppedSpeakers: new Set() };
  let query = '';

  const unsourced = () => (isDropping(choice) ? unsourcedEdges(explorer.graph, explorer.store, choice) : null);
  const apply = async (next: SourcesChoice) => {
    choice = next;
    render();
    // The server's answers follow at once; the drawn facts whose reports are already read too.
    explorer.setFilters({ sources: serverSources(list, choice), unsourced: unsourced() });
    if (!isDropping(choice)) return;
    // Drawn facts are lean: the rest need their reports read to know who says them.
    await fillReports(explorer.graph, explorer.store, null, (id) => loadEdge(explorer.store, id)).catch(() => {});
    if (choice === next) explorer.setFilters({ unsourced: unsourced() });
  };

  const toggle = (set: ReadonlySet<string>, key: string, keep: boolean) => {
    const next = new Set(set);
    if (keep) next.delete(key);
    else next.add(key);
    return next;
  };

  const dropped = (kind: 'outlets' | 'speakers') =>
    kind === 'outlets' ? choice.droppedOutlets : choice.droppedSpeakers;
  const onToggle = (kind: 'outlets' | 'speakers', key: string, keep: boolean) =>
    void apply(
      kind === 'outlets'
        ? { ...choice, droppedOutlets: toggle(choice.droppedOutlets, key, keep) }
        : { ...choice, droppedSpeakers: toggle(choice.droppedSpeakers, key, keep) },
    );

  /** One list, built once: a search or a toggle reorders its rows, it never rebuilds the box. */
  const section = (title: string, kind: 'outlets' | 'speakers') => {
    const legend = h('legend', {});
    const none = h('p', { class: 'muted' }, 'None.');
    const box: VirtualList<SourceRow> = virtualList({
      rowHeight: ROW.height,
      height: ROW.box,
      label: title,
      key: (item) => item.key,
      render: (item) =>
        h(
          'label',
          { class: 'check', title: item.label },
          h('input', {
            type: 'checkbox',
            checked: !dropped(kind).has(item.key),
            onchange: (event: Event) => onToggle(kind, item.key, (event.target as HTMLInputElement).checked),
          }),
          h('span', { class: 'check-label' }, item.label),
          h('span', { class: 'count' }, item.reports === null ? '' : String(item.reports)),
        ),
    });
    const element = h('fieldset', { class: `sources-${kind}` }, legend, none, box.element);
    const update = (items: SourceRow[]) => {
      const needle = query.toLowerCase();
      const rows = pinnedFirst(
        items,
        (item) => dropped(kind).has(item.key),
        (item) => item.label.toLowerCase().includes(needle),
      );
      legend.textContent = `${title} (${items.length})`;
      none.hidden = rows.length > 0;
      box.setItems(rows);
    };
    return { element, update, refresh: () => box.refresh() };
  };
  const outlets = section('Outlets', 'outlets');
  const speakers = section('Speakers', 'speakers');
  const outletRows = (): SourceRow[] =>
    list.outlets.map((outlet) => ({ key: outlet.name, label: outlet.name, reports: outlet.reports }));
  const speakerRows = (): SourceRow[] => [
    { key: '', label: 'the outlet itself (no speaker named)', reports: null },
    ...list.speakers.map((speaker) => ({ key: speakerKey(speaker), label: speaker.name, reports: speaker.reports })),
  ];

  const search = h('input', {
    type: 'search',
    placeholder: 'Filter outlets and speakers',
    'aria-label': 'Filter outlets and speakers',
    oninput: (event: Event) => {
      query = (event.target as HTMLInputElement).value;
      render();
    },
  });
  const summary = h('p', { class: 'summary', role: 'status' });
  const keepAll = h(
    'button',
    {
      type: 'button',
      onclick: () => {
        void apply({ droppedOutlets: new Set(), droppedSpeakers: new Set() });
        outlets.refresh();
        speakers.refresh();
      },
    },
    'Keep every source',
  );

  const render = () => {
    const result = explorer.display.filter;
    summary.textContent = isDropping(choice)
      ? `${result?.edgesShown ?? 0} of ${explorer.graph.size} facts have a kept report.`
      : 'Every outlet and speaker is kept.';
    outlets.update(outletRows());
    speakers.update(speakerRows());
    keepAll.disabled = !isDropping(choice);
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
    append(container, search, summary, outlets.element, speakers.element, keepAll);
    render();
  };

  explorer.on((event) => {
    // New facts drawn: recompute which of them have a kept report.
    if (event.kind === 'graph' && isDropping(choice)) void apply(choice);
  });
  whenShown(container, () => void load());
}
