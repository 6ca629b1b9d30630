/**
 * Cypher editor.
 *
 * Neo4j's own Cypher editor (@neo4j-cypher/codemirror, CodeMirror 6) with Ctrl/Cmd+Enter bound
 * to `run` and completion from the live schema (labels, relationship types, property keys via
 * POST /api/cypher). The console imports this module on first use: with CodeMirror and the
 * Cypher parser it is half the client's code, which the first picture should not wait for.
 */
import { createCypherEditor, type EditorApi } from '@neo4j-cypher/codemirror';
import { closeCompletion } from '@codemirror/autocomplete';
import { Prec } from '@codemirror/state';
import { keymap } from '@codemirror/view';
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import { api } from '../../api/client.ts';

export interface CypherEditor {
  value(): string;
  setValue(query: string): void;
  setPosition(position: { line: number; column: number }): void;
  focus(): void;
  closeCompletion(): void;
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

export function createEditor(host: HTMLElement, run: () => void): CypherEditor {
  // The package's typings say it returns the API; version 1.0.3 returns `{ editor: api }`.
  const created = createCypherEditor(host, {
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
              run();
              return true;
            },
          },
        ]),
      ),
    ],
  }) as EditorApi | { editor: EditorApi };
  const editor: EditorApi = 'editor' in created ? created.editor : created;
  void loadSchema(editor);
  return {
    value: () => editor.codemirror.state.doc.toString(),
    setValue: (query) => editor.setValue(query),
    setPosition: (position) => editor.setPosition(position),
    focus: () => editor.focus(),
    closeCompletion: () => closeCompletion(editor.codemirror),
  };
}
