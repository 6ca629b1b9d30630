/**
 * Saved views.
 *
 * Bloom's scenes: name and save what is on screen (POST /api/views with the state view-state.ts
 * captures), list the saved views and reopen one, and copy its short link `/?view=<id>`, which
 * reopens exactly the same nodes, positions and camera in any browser.
 */
import { api, type SavedViewSummaryJson } from '../../api/client.ts';
import { clear, errorText, h, statusBox } from '../../dom.ts';
import type { Explorer } from '../../state/explorer.ts';
import type { ViewState } from '../../state/view-state.ts';

export interface ViewsPanel {
  refresh(): Promise<void>;
}

export function viewLink(id: string): string {
  return `${window.location.origin}/?view=${encodeURIComponent(id)}`;
}

export function mountViews(
  container: HTMLElement,
  explorer: Explorer,
  actions: { capture(): ViewState; open(id: string): Promise<void>; report(message: string): void },
): ViewsPanel {
  const name = h('input', {
    type: 'text',
    maxLength: 200,
    placeholder: 'Name this view (e.g. Sochi boycott)',
    'aria-label': 'View name',
  });
  const status = h('div', { class: 'views-status', 'aria-live': 'polite' });
  const list = h('ul', { class: 'views-list', 'aria-label': 'Saved views' });

  const copy = async (id: string) => {
    const link = viewLink(id);
    try {
      await navigator.clipboard.writeText(link);
      actions.report(`Link copied: ${link}`);
    } catch {
      // No clipboard permission (e.g. plain http): show the link to copy by hand.
      actions.report(`Copy this link: ${link}`);
    }
  };

  const row = (view: SavedViewSummaryJson) =>
    h(
      'li',
      { class: 'view-row', dataset: { view: view.id } },
      h('span', { class: 'view-name' }, view.name),
      h('span', { class: 'muted' }, new Date(view.createdAt).toLocaleString()),
      h('button', { type: 'button', onclick: () => void actions.open(view.id) }, 'Open'),
      h('button', { type: 'button', class: 'link', onclick: () => void copy(view.id) }, 'Copy link'),
      h('input', {
        type: 'text',
        readOnly: true,
        class: 'view-link',
        value: viewLink(view.id),
        'aria-label': `Link to ${view.name}`,
      }),
    );

  const refresh = async () => {
    clear(list);
    list.append(h('li', {}, statusBox('loading', 'Loading saved views…')));
    try {
      const { views } = await api.views();
      clear(list);
      if (views.length === 0) list.append(h('li', {}, statusBox('empty', 'No saved view yet.')));
      list.append(...views.map(row));
    } catch (error) {
      clear(list);
      list.append(h('li', {}, statusBox('error', errorText(error), { label: 'Retry', run: () => void refresh() })));
    }
  };

  const save = async () => {
    const title = name.value.trim();
    clear(status);
    if (!title) {
      status.append(statusBox('error', 'Give the view a name first.'));
      name.focus();
      return;
    }
    if (explorer.graph.order === 0) {
      status.append(statusBox('error', 'The view is empty: nothing to save.'));
      return;
    }
    status.append(statusBox('loading', 'Saving…'));
    try {
      const saved = await api.saveView(title, actions.capture());
      clear(status);
      status.append(
        statusBox('info', `Saved “${saved.name}”.`, { label: 'Copy link', run: () => void copy(saved.id) }),
      );
      status.dataset.saved = saved.id;
      name.value = '';
      await refresh();
    } catch (error) {
      clear(status);
      status.append(statusBox('error', errorText(error)));
    }
  };

  container.append(
    h(
      'form',
      {
        class: 'views-form',
        onsubmit: (event: Event) => {
          event.preventDefault();
          void save();
        },
      },
      name,
      h('button', { type: 'submit', class: 'primary' }, 'Save view'),
    ),
    status,
    h('h3', {}, 'Saved views'),
    list,
  );
  return { refresh };
}
