/**
 * Cypher console.
 *
 * Neo4j's own Cypher editor (@neo4j-cypher/codemirror, CodeMirror 6) with completion from the
 * live schema (labels, relationship types, property keys via POST /api/cypher), Ctrl/Cmd+Enter
 * to run (in the parameters box too), JSON parameters, history and the example queries. Results
 * come back as a table (CSV download; drawn nodes and relationships in it select on the graph
 * when clicked) and as a graph added to or replacing the view, framed by the camera; results
 * too big to draw are offered as a table first. Errors show Neo4j's message and position, and
 * move the cursor there.
 */
import { createCypherEditor, type EditorApi } from '@neo4j-cypher/codemirror';
import { Prec } from '@codemirror/state';
import { keymap } from '@codemirror/view';
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import { api, ApiError } from '../../api/client.ts';
import type { CypherResultJson } from '../../../src/model/json.ts';
import { cellText, rowsToCsv } from '../../graph/export.ts';
import { append, clear, download, errorText, h, statusBox } from '../../dom.ts';
import type { Explorer } from '../../state/explorer.ts';
import { LARGE_VIEW_NODES } from '../../view/graph-view.ts';
import { EXAMPLES } from './examples.ts';
import { addToHistory, loadHistory, saveHistory } from './history.ts';

/** Rows drawn in the table at once; the CSV holds them all. */
const TABLE_ROWS = 300;

export interface ConsolePanel {
  run(query?: string): Promise<void>;
  setQuery(query: string): void;
  /** Results replace the view instead of adding to it (the URL's `replace`). */
  setReplace(replace: boolean): void;
  editor: EditorApi;
}

async function loadSchema(editor: EditorApi): Promise<void> {
  const column = async (query: string) => (await api.cypher(query)).rows.map((row) => String(row[0]));
  try {
    const [labels, relationshipTypes, propertyKeys] = await Promise.all([
      column('CALL db.labels()'),
      column('CALL db.relationshipTypes()'),
      column('CALL db.propertyKeys()'),
    ]);
    editor.setSchema({ labels, relationshipTypes, propertyKeys });
  } catch {
    // Completion then offers keywords only; the console itself still works.
  }
}

export function mountConsole(container: HTMLElement, explorer: Explorer, onRun: (query: string) => void): ConsolePanel {
  let history = loadHistory();
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
  const historySelect = h('select', { 'aria-label': 'Query history' });
  const output = h('div', { class: 'console-output', 'aria-live': 'polite' });
  const runButton = h('button', { type: 'button', class: 'primary', title: 'Run (Ctrl/Cmd+Enter)' }, 'Run ▸');

  // The package's typings say it returns the API; version 1.0.3 returns `{ editor: api }`.
  const created = createCypherEditor(editorHost, {
    value: 'MATCH (a:Actor)-[r:BOYCOTTS]->(m:Meeting)\nRETURN a, r, m',
    lineNumbers: true,
    lineWrapping: true,
    autocomplete: true,
    lint: true,
    theme: 'light',
    placeholder: 'MATCH (n:Actor) RETURN n LIMIT 25',
    preExtensions: [
      Prec.highest(
        keymap.of([
          {
            key: 'Mod-Enter',
            run: () => {
              void run();
              return true;
            },
          },
        ]),
      ),
    ],
  }) as EditorApi | { editor: EditorApi };
  const editor: EditorApi = 'editor' in created ? created.editor : created;
  void loadSchema(editor);

  const renderHistory = () => {
    clear(historySelect);
    append(
      historySelect,
      h('option', { value: '' }, history.length > 0 ? `History (${history.length})…` : 'History (empty)'),
      history.map((query, index) => h('option', { value: String(index) }, query.replace(/\s+/g, ' ').slice(0, 80))),
    );
  };
  renderHistory();
  examples.addEventListener('change', () => {
    const example = EXAMPLES.find((item) => item.name === examples.value);
    if (example) {
      editor.setValue(example.query);
      clear(output);
      output.append(statusBox('info', example.description || example.title));
    }
    examples.value = '';
  });
  historySelect.addEventListener('change', () => {
    const query = history[Number(historySelect.value)];
    if (historySelect.value !== '' && query) editor.setValue(query);
    historySelect.value = '';
  });

  const draw = (result: CypherResultJson) => {
    const replace = mode.value === 'replace';
    explorer.merge(result.graph, replace ? { replace: true, viewKey: 'console', frame: true } : { frame: true });
  };

  // A node or relationship cell that is drawn selects it on the graph when clicked.
  const cellContent = (cell: unknown) => {
    const record = cell && typeof cell === 'object' ? (cell as Record<string, unknown>) : null;
    const id = (record?.properties as Record<string, unknown> | undefined)?.id;
    if (typeof id !== 'string') return cellText(cell);
    const select =
      record?.kind === 'node' && explorer.graph.hasNode(id)
        ? () => explorer.selectNode(id, { focus: true })
        : record?.kind === 'relationship' && explorer.graph.hasEdge(id)
          ? () => explorer.selectEdge(id)
          : null;
    if (!select) return cellText(cell);
    return h(
      'button',
      { type: 'button', class: 'link cell-link', title: 'Select on the graph', onclick: select },
      cellText(cell),
    );
  };

  const table = (result: CypherResultJson) =>
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
        h(
          'tbody',
          {},
          result.rows.slice(0, TABLE_ROWS).map((row) =>
            h(
              'tr',
              {},
              row.map((cell) => h('td', {}, cellContent(cell))),
            ),
          ),
        ),
      ),
    );

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
    if (result.rows.length === 0) output.append(statusBox('empty', 'No rows.'));
    else output.append(table(result));
    if (result.rows.length > TABLE_ROWS) {
      output.append(
        h('p', { class: 'muted' }, `Showing ${TABLE_ROWS} of ${result.rows.length} rows; the CSV has them all.`),
      );
    }
  };

  const showError = (error: unknown) => {
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
    if (text !== undefined) editor.setValue(text);
    const query = editor.codemirror.state.doc.toString().trim();
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
        showError(new Error(`console: bad parameters (${errorText(error)})`));
        return;
      }
    }
    history = addToHistory(history, query);
    saveHistory(history);
    renderHistory();
    onRun(query);
    clear(output);
    output.append(statusBox('loading', 'Running…'));
    runButton.disabled = true;
    try {
      showResult(await api.cypher(query, parameters));
    } catch (error) {
      showError(error);
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
    h('div', { class: 'console-bar' }, runButton, mode, h('span', { class: 'muted hint' }, 'Ctrl/Cmd+Enter runs')),
    output,
  );

  return {
    run,
    setQuery: (query) => editor.setValue(query),
    setReplace: (replace) => (mode.value = replace ? 'replace' : 'add'),
    editor,
  };
}
