/**
 * Export with time and reports, read back by readers we did not write (networkx for dynamic
 * GEXF, graphology-graphml for GraphML, JSON.parse): on the seed's drawn graph
 * (fixtures/seed-draw-overview.json) plus the disputed fact of the e2e scenario with its two
 * reports (fixtures/iran-attends-edge.json). Dated facts get spells from `happened`; each report
 * field is a data key holding one entry per report; what the filters leave out is not exported.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import type { DrawEdgeJson, EdgeEvidenceJson } from '../../../src/model/json.ts';
import { toGexf, toGraphML, toJson } from '../../../client/graph/export.ts';
import { applyFilters, emptyFilters } from '../../../client/graph/filters.ts';
import { mergeGraph } from '../../../client/graph/merge-graph.ts';
import { seedDrawGraph } from './seed-fixture.ts';

const iran = JSON.parse(fs.readFileSync(new URL('./fixtures/iran-attends-edge.json', import.meta.url), 'utf8')) as {
  answer: EdgeEvidenceJson;
  drawn: DrawEdgeJson;
};
const IRAN = 'iran:ATTENDS:vienna-talks';

function view() {
  const { graph, store } = seedDrawGraph();
  mergeGraph(graph, store, { nodes: [], edges: [iran.drawn] });
  store.edges.set(IRAN, { ...iran.drawn, evidence: iran.answer.edge.evidence, sources: iran.answer.edge.sources });
  return { graph, store };
}

function readGexfWithNetworkx(gexf: string) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'parley-gexf-')), 'view.gexf');
  fs.writeFileSync(file, gexf);
  const script = [
    'import json, sys, networkx as nx',
    'g = nx.read_gexf(sys.argv[1])',
    'print(json.dumps({"mode": g.graph.get("mode"),',
    '  "edges": {d["id"]: d.get("spells") for u, v, d in g.edges(data=True)},',
    '  "nodes": {n: d.get("spells") for n, d in g.nodes(data=True)}}))',
  ].join('\n');
  return JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' })) as {
    mode: string;
    edges: Record<string, [string, string][] | null>;
    nodes: Record<string, [string, string][] | null>;
  };
}

describe('time export', () => {
  it('GEXF is dynamic: dated facts and their nodes have spells from when they happened', () => {
    const { graph, store } = view();
    const read = readGexfWithNetworkx(toGexf(graph, store));
    expect(read.mode).toBe('dynamic');
    expect(read.edges['hossein-jaberi-ansari:ATTENDS:sochi-preliminary-meeting']).toEqual([
      ['2018-01-20', '2018-01-20'],
    ]);
    expect(read.edges['russia:HOSTS:syrian-national-dialogue-congress']).toEqual([['2018-01-29', '2018-01-30']]);
    // Undated facts, and nodes with an undated fact, are there all the time.
    expect(read.edges['sergey-lavrov:MEETS:staffan-de-mistura']).toBeNull();
    expect(read.nodes['sochi-preliminary-meeting']).toEqual([['2018-01-20', '2018-01-20']]);
    expect(read.nodes['russia']).toBeNull();
  });

  it('exports only what the filters leave: the window 20-26 January drops the congress', () => {
    const { graph, store } = view();
    const filter = applyFilters(graph, store, {
      ...emptyFilters(),
      time: { from: '2018-01-20', to: '2018-01-26', asOf: null },
    });
    const read = readGexfWithNetworkx(toGexf(graph, store, filter));
    expect(Object.keys(read.nodes)).not.toContain('syrian-national-dialogue-congress');
    expect(Object.keys(read.nodes)).toContain('vienna-talks');
    const json = JSON.parse(toJson(graph, store, filter)) as { nodes: { id: string }[]; edges: { id: string }[] };
    expect(json.nodes.map((node) => node.id)).not.toContain('syrian-national-dialogue-congress');
    expect(json.edges).toHaveLength(filter.edgesShown);
  });

  it('GraphML carries each report field as its own key, one entry per report', () => {
    const { graph, store } = view();
    const back = parseGraphml(MultiDirectedGraph, toGraphML(graph, store));
    const field = (name: string) => JSON.parse(back.getEdgeAttribute(IRAN, `report_${name}`) as string) as unknown[];
    expect(field('attributedTo')).toEqual(['Iranian state media', 'staffan-de-mistura']);
    expect(field('negated')).toEqual([false, true]);
    expect(field('reported')).toEqual(['2018-01-27', '2018-01-29']);
    expect(field('happened')).toEqual([
      { start: '2018-01-26', end: '2018-01-26' },
      { start: '2018-01-26', end: '2018-01-26' },
    ]);
    expect(back.getEdgeAttribute(IRAN, 'disputed')).toBe('true');
    expect(back.getEdgeAttribute(IRAN, 'happenedStart')).toBe('2018-01-26');
  });

  it('JSON gives every report as an object with its speaker, dates and denial', () => {
    const { graph, store } = view();
    const json = JSON.parse(toJson(graph, store)) as {
      edges: { id: string; evidence: { attributedTo: string | null; negated: boolean; reported: string }[] }[];
    };
    const edge = json.edges.find((candidate) => candidate.id === IRAN)!;
    expect(edge.evidence.map((report) => [report.attributedTo, report.negated, report.reported])).toEqual([
      ['Iranian state media', false, '2018-01-27'],
      ['staffan-de-mistura', true, '2018-01-29'],
    ]);
  });
});
