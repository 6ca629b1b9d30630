/**
 * Cypher console.
 *
 * Neo4j's own Cypher editor (cypher-editor.ts, loaded when the console is first shown) with
 * completion from the live schema, Ctrl/Cmd+Enter to run (in the parameters box too), JSON
 * parameters, history and the example queries. Results
 * come back as a table (CSV download; node and relationship cells show their properties and,
 * clicked, select it on the graph, drawing it first if needed; rows come a page at a time, so
 * the page stays small) and as a graph added to or replacing the view, highlighted and framed
 * by the camera, including what was already drawn; results too big to draw are offered as a
 * table first. A toggle runs under EXPLAIN or PROFILE and shows the plan as a tree. Errors show
 * Neo4j's message and position, and move the cursor there.
 */
import { api, ApiError } from '../../api/client.ts';
import type { CypherResultJson } from '../../../src/model/json.ts';
import { rowsToCsv } from '../../graph/export.ts';
import { append, clear, download, errorText, h, statusBox } from '../../dom.ts';
import type { Explorer } from '../../state/explorer.ts';
import { LARGE_VIEW_NODES } from '../../view/graph-view.ts';
import { cellSummary } from './cells.ts';
import type { CypherEditor } from './cypher-editor.ts';
import { EXAMPLES } from './examples.ts';
import { addToHistory, loadHistory, saveHistory } from './history.ts';
import { planView } from './plan-view.ts';
import { whenShown } from '../../ui/when-shown.ts';

/** Rows added to the table per "more"; the CSV holds them all. */
export const TABLE_PAGE = 100;
/** Cells the table holds at most (about four elements each), so the DOM stays under 5,000. */
export const TABLE_CELLS = 1_000;

export interface ConsolePanel {
  run(query?: string): Promise<void>;
  setQuery(query: string): Promise<void>;
  /** Results replace the view instead of adding to it (the URL's `replace`). */
  setReplace(replace: boolean): void;
}

export function mountConsole(container: HTMLElement, explorer: Explorer, onRun: (query: string) => void): ConsolePanel {
  // Read from storage when the console is first shown: opening localStorage costs 10-40 ms, not
  // to be spent in the page's first task.
  let history: string[] | null = null;
  const savedHistory = () => (history ??= loadHistory());
  const editorHost = h('div', { class: 'cypher-editor', 'aria-label': 'Cypher query' });
  const params = h('textarea', {
    class: 'params',
    rows: 3,
    spellcheck: false,
    placeholder: '{"name": "Russia"}',
    'aria-label': 'Query parameters (JSON)',
  });
  const mode = h(
    'select',
    { 'aria-label': 'Where results go' },
    h('option', { value: 'add' }, 'Add results to the view'),
    h('option', { value: 'replace' }, 'Replace the view'),
  );
  const examples = h(
    'select',
    { 'aria-label': 'Example queries' },
    h('option', { value: '' }, `Examples (${EXAMPLES.length})…`),
    EXAMPLES.map((example) => h('option', { value: example.name, title: example.description }, example.title)),
  );
  const planMode = h(
    'select',
    { 'aria-label': 'Query plan', title: 'Run under EXPLAIN (plan only) or PROFILE (run and measure)' },
    h('option', { value: '' }, 'No plan'),
    h('option', { value: 'explain' }, 'EXPLAIN'),
    h('option', { value: 'profile' }, 'PROFILE'),
  );
  const historySelect = h('select', { 'aria-label': 'Query history' });
  const output = h('div', { class: 'console-output', 'aria-live': 'polite' });
  const runButton = h('button', { type: 'button', class: 'primary', title: 'Run (Ctrl/Cmd+Enter)' }, 'Run ▸');

  // The editor loads the first time the console is shown or given a query.
  let loading: Promise<CypherEditor> | undefined;
  const loadEditor = async () => (await import('./cypher-editor.ts')).createEditor(editorHost, () => void run());
  const editorReady = () => (loading ??= loadEditor());
  whenShown(editorHost, () => void editorReady());

  const shownHistory = whenShown(historySelect, () => {
    const queries = savedHistory();
    clear(historySelect);
    append(
      historySelect,
      h('option', { value: '' }, queries.length > 0 ? `History (${queries.length})…` : 'History (empty)'),
      queries.map((query, index) => h('option', { value: String(index) }, query.replace(/\s+/g, ' ').slice(0, 80))),
    );
  });
  const setQuery = async (query: string) => (await editorReady()).setValue(query);
  examples.addEventListener('change', () => {
    const example = EXAMPLES.find((item) => item.name === examples.value);
    if (example) {
      void setQuery(example.query);
      clear(output);
      output.append(statusBox('info', example.description || example.title));
    }
    examples.value = '';
  });
  historySelect.addEventListener('change', () => {
    const query = savedHistory()[Number(historySelect.value)];
    if (historySelect.value !== '' && query) void setQuery(query);
    historySelect.value = '';
  });

  const draw = (result: CypherResultJson) => {
    const replace = mode.value === 'replace';
    explorer.merge(result.graph, replace ? { replace: true, viewKey: 'console' } : {});
    // Highlighted as one emphasis (framed too), so results that were already drawn stand out.
    const nodes = new Set(result.graph.nodes.map((node) => node.id).filter((id) => explorer.graph.hasNode(id)));
    const edges = new Set(result.graph.edges.map((edge) => edge.id).filter((id) => explorer.graph.hasEdge(id)));
    explorer.setPath({ nodes, edges });
  };

  // A node or relationship of the result selects it on the graph, drawing it first if needed.
  const selectInGraph = (result: CypherResultJson, kind: 'node' | 'relationship', id: string) => {
    if (kind === 'node') {
      const node = result.graph.nodes.find((entity) => entity.id === id);
      if (!explorer.graph.hasNode(id) && node) explorer.merge({ nodes: [node], edges: [] });
      explorer.selectNode(id, { focus: true });
      return;
    }
    const edge = result.graph.edges.find((fact) => fact.id === id);
    if (!explorer.graph.hasEdge(id) && edge) {
      const ends = result.graph.nodes.filter((node) => node.id === edge.source || node.id === edge.target);
      explorer.merge({ nodes: ends, edges: [edge] });
    }
    explorer.selectEdge(id);
  };

  const cellContent = (result: CypherResultJson, cell: unknown) => {
    const summary = cellSummary(cell);
    const detail = summary.detail ? h('small', { class: 'cell-detail' }, summary.detail) : null;
    const { kind, id } = summary;
    const known =
      kind && id
        ? kind === 'node'
          ? explorer.graph.hasNode(id) || result.graph.nodes.some((node) => node.id === id)
          : explorer.graph.hasEdge(id) || result.graph.edges.some((edge) => edge.id === id)
        : false;
    if (!kind || !id || !known) return [h('span', { title: summary.full }, summary.title), detail];
    return [
      h(
        'button',
        {
          type: 'button',
          class: 'link cell-link',
          title: `Select on the graph\n${summary.full}`,
          onclick: () => selectInGraph(result, kind, id),
        },
        summary.title,
      ),
      detail,
    ];
  };

  // Rows come a page at a time, and never more than TABLE_CELLS cells: the CSV has them all.
  const table = (result: CypherResultJson) => {
    const limit = Math.max(TABLE_PAGE, Math.floor(TABLE_CELLS / Math.max(1, result.columns.length)));
    const body = h('tbody', {});
    const note = h('p', { class: 'muted table-note' });
    const more = h('button', { type: 'button', class: 'link' }, `Show ${TABLE_PAGE} more rows`);
    let shown = 0;
    const page = () => {
      const next = result.rows.slice(shown, Math.min(shown + TABLE_PAGE, limit));
      body.append(
        ...next.map((row) =>
          h(
            'tr',
            {},
            row.map((cell) => h('td', {}, cellContent(result, cell))),
          ),
        ),
      );
      shown += next.length;
      more.hidden = shown >= Math.min(result.rows.length, limit);
      note.textContent =
        shown < result.rows.length
          ? `Showing ${shown} of ${result.rows.length} rows${shown >= limit ? ' (the most the table shows)' : ''}; the CSV has them all.`
          : '';
    };
    more.addEventListener('click', page);
    page();
    return h(
      'div',
      {},
      h(
        'div',
        { class: 'table-wrap' },
        h(
          'table',
          { class: 'results' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              result.columns.map((column) => h('th', { scope: 'col' }, column)),
            ),
          ),
          body,
        ),
      ),
      note,
      more,
    );
  };

  const showResult = (result: CypherResultJson) => {
    clear(output);
    const { nodes, edges } = result.graph;
    const big = nodes.length > LARGE_VIEW_NODES;
    output.append(
      h(
        'div',
        { class: 'result-bar' },
        h(
          'span',
          { role: 'status' },
          `${result.rows.length} row${result.rows.length === 1 ? '' : 's'}${result.truncatedBy === 'bytes' ? ` (cut at ${(result.byteLimit / 1e6).toLocaleString('en')} MB)` : result.truncated ? ` (first ${result.rowLimit})` : ''} · ${nodes.length} nodes, ${edges.length} relationships · ${result.elapsedMs} ms`,
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'link',
            disabled: result.rows.length === 0,
            onclick: () => download('parley-results.csv', rowsToCsv(result.columns, result.rows), 'text/csv'),
          },
          'Download CSV',
        ),
      ),
    );
    if (big) {
      output.append(
        statusBox('info', `This result has ${nodes.length} nodes: drawing it may slow the page. The table is below.`, {
          label: 'Draw anyway',
          run: () => draw(result),
        }),
      );
    } else if (nodes.length > 0) draw(result);
    if (result.plan) output.append(planView(result.plan));
    if (result.rows.length === 0) output.append(statusBox('empty', 'No rows.'));
    else output.append(table(result));
  };

  const showError = (error: unknown, editor: CypherEditor) => {
    clear(output);
    const box = h(
      'div',
      { class: 'query-error', role: 'alert' },
      h('strong', {}, error instanceof ApiError && error.neo4jCode ? error.neo4jCode : 'Query failed'),
      h('pre', {}, errorText(error)),
    );
    if (error instanceof ApiError && error.position) {
      const { line, column } = error.position;
      box.append(
        h(
          'button',
          {
            type: 'button',
            class: 'link',
            onclick: () => {
              editor.setPosition({ line, column });
              editor.focus();
            },
          },
          `Go to line ${line}, column ${column}`,
        ),
      );
      editor.setPosition({ line, column });
    }
    output.append(box);
  };

  const run = async (text?: string) => {
    const editor = await editorReady();
    if (text !== undefined) editor.setValue(text);
    const query = editor.value().trim();
    if (!query) {
      clear(output);
      output.append(statusBox('empty', 'Write a query first.'));
      return;
    }
    let parameters: Record<string, unknown> = {};
    if (params.value.trim()) {
      try {
        const parsed: unknown = JSON.parse(params.value);
        if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
          throw new Error('parameters must be a JSON object');
        parameters = parsed as Record<string, unknown>;
      } catch (error) {
        showError(new Error(`console: bad parameters (${errorText(error)})`), editor);
        return;
      }
    }
    history = addToHistory(savedHistory(), query);
    saveHistory(history);
    shownHistory.changed();
    onRun(query);
    editor.closeCompletion();
    clear(output);
    output.append(statusBox('loading', 'Running…'));
    runButton.disabled = true;
    const plan = planMode.value === 'explain' || planMode.value === 'profile' ? planMode.value : undefined;
    try {
      showResult(await api.cypher(query, parameters, plan));
    } catch (error) {
      showError(error, editor);
    } finally {
      runButton.disabled = false;
    }
  };
  runButton.addEventListener('click', () => void run());
  params.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
      event.preventDefault();
      void run();
    }
  });
  mode.addEventListener('change', () => explorer.setUrl({ replace: mode.value === 'replace' }));

  append(
    container,
    h('div', { class: 'console-bar' }, examples, historySelect),
    editorHost,
    h('details', {}, h('summary', {}, 'Parameters'), params),
    h(
      'div',
      { class: 'console-bar' },
      runButton,
      mode,
      planMode,
      h('span', { class: 'muted hint' }, 'Ctrl/Cmd+Enter runs'),
    ),
    output,
  );

  return {
    run,
    setQuery,
    setReplace: (replace) => (mode.value = replace ? 'replace' : 'add'),
  };
}
