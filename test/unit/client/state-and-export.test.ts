/**
 * URL state, positions, console helpers (examples, history, CSV) and view export, without a
 * DOM; the example files are the real cypher/examples/*.cypher.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyUrlState, readUrlState, urlSearch } from '../../../client/state/url-state.ts';
import { applyPositions, parsePositions, snapshotPositions } from '../../../client/graph/positions.ts';
import { cellText, rowsToCsv, toGexf, toGraphML, toJson } from '../../../client/graph/export.ts';
import { parseExample } from '../../../client/panels/console/examples.ts';
import { addToHistory } from '../../../client/panels/console/history.ts';
import { PROJECT_ROOT } from '../../../src/config.ts';
import { seedGraph } from './seed-fixture.ts';

describe('url state', () => {
  it('reads nothing from an empty or junk query string', () => {
    expect(readUrlState('')).toEqual(emptyUrlState());
    expect(readUrlState('?k=abc&hops=-2').k).toBeNull();
  });

  it('round-trips the shareable state', () => {
    const state = {
      ...emptyUrlState(),
      node: 'syrian-negotiations-commission',
      panel: 'paths',
      from: 'russia',
      to: 'syrian-negotiations-commission',
      k: 2,
      hops: 4,
      types: ['INVITES', 'BOYCOTTS'],
      cypher: 'MATCH (n) RETURN n',
    };
    expect(readUrlState(urlSearch(state))).toEqual(state);
    expect(urlSearch(emptyUrlState())).toBe('');
  });
});

describe('positions', () => {
  it('ignores unreadable saved positions', () => {
    expect(parsePositions('not json')).toEqual({});
    expect(parsePositions('[1,2]')).toEqual({});
  });

  it('snapshots and restores node positions', () => {
    const { graph } = seedGraph();
    const saved = snapshotPositions(graph);
    graph.setNodeAttribute('russia', 'x', 999);
    expect(applyPositions(graph, { ...saved, nobody: [1, 1] })).toBe(graph.order);
    expect(graph.getNodeAttribute('russia', 'x')).toBe(saved.russia![0]);
  });
});

describe('console helpers', () => {
  it('refuses an example file without a query', () => {
    expect(() => parseExample('x/empty.cypher', '// Title\n// Description\n')).toThrow(Error);
  });

  it('reads title, description and query from every example file', () => {
    const dir = path.join(PROJECT_ROOT, 'cypher', 'examples');
    const files = fs.readdirSync(dir).filter((file) => file.endsWith('.cypher'));
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const file of files) {
      const example = parseExample(file, fs.readFileSync(path.join(dir, file), 'utf8'));
      expect(example.title, file).not.toBe(example.name);
      expect(example.description, file).not.toBe('');
      expect(example.query, file).toMatch(/RETURN/);
    }
  });

  it('keeps history newest first without repeats', () => {
    expect(addToHistory(['a', 'b'], ' b ')).toEqual(['b', 'a']);
    expect(addToHistory(['a'], '   ')).toEqual(['a']);
    expect(addToHistory(['a', 'b', 'c'], 'd', 3)).toEqual(['d', 'a', 'b']);
  });

  it('writes CSV with quoting and readable cells', () => {
    const node = { kind: 'node', elementId: '4:x:1', labels: ['Entity'], properties: { name: 'Russia' } };
    expect(cellText(node)).toBe('(Russia)');
    expect(cellText(['a', 1])).toBe('a, 1');
    expect(rowsToCsv(['who', 'said'], [[node, 'he said "no", twice']])).toBe(
      'who,said\r\n(Russia),"he said ""no"", twice"',
    );
  });

  it('neutralises CSV cells a spreadsheet would run as formulas', () => {
    const csv = rowsToCsv(['a'], [['=HYPERLINK("http://x")'], ['+1'], ['-2+3'], ['@SUM(A1)'], ['\tx'], [-5], ['ok']]);
    expect(csv.split('\r\n')).toEqual([
      'a',
      `"'=HYPERLINK(""http://x"")"`,
      "'+1",
      "'-2+3",
      "'@SUM(A1)",
      "'\tx",
      '-5',
      'ok',
    ]);
  });
});

describe('export', () => {
  it('writes the view as GEXF, GraphML and JSON with its data', () => {
    const { graph, store } = seedGraph();
    const gexf = toGexf(graph, store);
    expect(gexf).toContain('<gexf');
    expect(gexf).toContain('Syrian Negotiations Commission');
    const graphml = toGraphML(graph, store);
    expect(graphml.match(/<node /g)).toHaveLength(graph.order);
    expect(graphml.match(/<edge /g)).toHaveLength(graph.size);
    expect(graphml).toContain('SNC; Syrian Negotiation Commission');
    const json = JSON.parse(toJson(graph, store));
    expect(json.nodes).toHaveLength(graph.order);
    expect(json.edges[0].evidence.length).toBeGreaterThan(0);
  });
});
