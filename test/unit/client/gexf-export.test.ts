// GEXF export read back by two readers we did not write: graphology-gexf's parser and networkx
// (Python), on the seed graph (test/unit/client/seed-fixture.ts) with positions, colours, sizes.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf/node/index.js';
import { toGexf } from '../../../client/graph/export.ts';
import { seedGraph } from './seed-fixture.ts';

describe('GEXF export', () => {
  const { graph, store } = seedGraph();
  graph.forEachNode((node, attrs) => graph.mergeNodeAttributes(node, { x: attrs.x || 1.25, y: attrs.y || -3.5 }));
  const gexf = toGexf(graph, store);

  it('declares GEXF 1.3 with the correct viz namespace', () => {
    expect(gexf).toContain('version="1.3"');
    expect(gexf).toContain('xmlns:viz="http://gexf.net/1.3/viz"');
    expect(gexf).not.toContain('http:///');
  });

  it('is read back by graphology-gexf with positions, colours, sizes and attributes', () => {
    const back = parse(MultiDirectedGraph, gexf);
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    graph.forEachNode((node, attrs) => {
      const read = back.getNodeAttributes(node);
      expect(read.x).toBeCloseTo(attrs.x, 5);
      expect(read.y).toBeCloseTo(attrs.y, 5);
      expect(read.size).toBeCloseTo(attrs.size, 5);
      expect(read.type).toBe(store.entities.get(node)?.type);
    });
    expect(back.getNodeAttribute('syrian-negotiations-commission', 'aliases')).toContain('SNC');
  });

  it('is read back by networkx with the same positions and attributes', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'parley-gexf-')), 'view.gexf');
    fs.writeFileSync(file, gexf);
    const script = [
      'import json, sys, networkx as nx',
      'g = nx.read_gexf(sys.argv[1])',
      'print(json.dumps({n: {"x": d["viz"]["position"]["x"], "y": d["viz"]["position"]["y"],',
      '  "size": d["viz"]["size"], "type": d.get("type"),',
      '  "color": "#%02x%02x%02x" % tuple(d["viz"]["color"][k] for k in "rgb")} for n, d in g.nodes(data=True)}))',
    ].join('\n');
    const read = JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' }));
    expect(Object.keys(read)).toHaveLength(graph.order);
    const snc = graph.getNodeAttributes('syrian-negotiations-commission');
    expect(read['syrian-negotiations-commission'].x).toBeCloseTo(snc.x, 4);
    expect(read['syrian-negotiations-commission'].y).toBeCloseTo(snc.y, 4);
    expect(read['syrian-negotiations-commission'].type).toBe('Organization');
    expect(read['syrian-negotiations-commission'].color).toBe(snc.color.toLowerCase());
  });
});
