/**
 * Article picker.
 *
 * The "Source article" filter: the articles behind the drawn facts (thousands on a big view),
 * searched by title and shown in a virtual list, the chosen one kept on top. Built once; a new
 * graph or filter only hands it new rows, so the search text and scroll stay.
 */
import { h } from '../../dom.ts';
import { pinnedFirst } from '../../ui/list-window.ts';
import { virtualList } from '../../ui/virtual-list.ts';

/** Row height and box height, in pixels. */
const ROW = { height: 26, box: 208 } as const;

export interface ArticleRow {
  /** '' is "all articles". */
  id: string;
  title: string;
  edges: number;
}

export interface ArticlePicker {
  element: HTMLElement;
  update(articles: ArticleRow[], chosen: string | null): void;
}

export function articlePicker(onChoose: (id: string | null) => void): ArticlePicker {
  let articles: ArticleRow[] = [];
  let chosen: string | null = null;
  let query = '';
  const list = virtualList<ArticleRow>({
    rowHeight: ROW.height,
    height: ROW.box,
    label: 'Source article',
    // Title, count and choice in the key: a row whose text changed is drawn anew.
    key: (row) => `${row.id}|${row.title}|${row.edges}|${row.id === (chosen ?? '')}`,
    render: (row) =>
      h(
        'button',
        {
          type: 'button',
          class: 'pick',
          title: row.title,
          'aria-selected': String(row.id === (chosen ?? '')),
          dataset: { article: row.id },
          onclick: () => onChoose(row.id || null),
        },
        h('span', { class: 'pick-label' }, row.title),
        h('span', { class: 'count' }, String(row.edges)),
      ),
  });
  const draw = () => {
    const needle = query.toLowerCase();
    const all: ArticleRow = { id: '', title: `All articles (${articles.length})`, edges: 0 };
    list.setItems(
      pinnedFirst(
        [all, ...articles],
        (row) => row.id === '' || row.id === chosen,
        (row) => row.title.toLowerCase().includes(needle),
      ),
    );
  };
  const search = h('input', {
    type: 'search',
    placeholder: 'Find an article',
    'aria-label': 'Find a source article',
    oninput: (event: Event) => {
      query = (event.target as HTMLInputElement).value;
      draw();
    },
  });
  return {
    element: h('div', { class: 'article-picker' }, search, list.element),
    update(next, nextChosen) {
      articles = next;
      chosen = nextChosen;
      draw();
    },
  };
}
