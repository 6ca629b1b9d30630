/**
 * Sources filter: which drawn facts keep a report when outlets or speakers are dropped, on the
 * disputed fact of the e2e scenario (fixtures/iran-attends-edge.json: Iranian state media in
 * the Tehran Times says Iran attended; de Mistura, in Reuters, that it did not) added to the
 * seed's drawn graph, and the "keep only" lists the server takes.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DrawEdgeJson, EdgeEvidenceJson } from '../../../src/model/json.ts';
import { mergeGraph } from '../../../client/graph/merge-graph.ts';
import { serverSources, unsourcedEdges } from '../../../client/panels/sources/sources-state.ts';
import { seedDrawGraph } from './seed-fixture.ts';

const iran = JSON.parse(fs.readFileSync(new URL('./fixtures/iran-attends-edge.json', import.meta.url), 'utf8')) as {
  answer: EdgeEvidenceJson;
  drawn: DrawEdgeJson;
};
const IRAN = 'iran:ATTENDS:vienna-talks';
const list = {
  outlets: [
    { name: 'Tehran Times', reports: 2 },
    { name: 'Reuters', reports: 3 },
  ],
  speakers: [
    { id: 'staffan-de-mistura', name: 'Staffan de Mistura', reports: 6 },
    { id: null, name: 'Iranian state media', reports: 2 },
  ],
};

function view() {
  const { graph, store } = seedDrawGraph();
  mergeGraph(graph, store, { nodes: [], edges: [iran.drawn] });
  store.edges.set(IRAN, { ...iran.drawn, evidence: iran.answer.edge.evidence, sources: iran.answer.edge.sources });
  return { graph, store };
}

const none = new Set<string>();

describe('sources filter', () => {
  it('drops nothing when every source is kept', () => {
    const { graph, store } = view();
    expect(unsourcedEdges(graph, store, { droppedOutlets: none, droppedSpeakers: none }).size).toBe(0);
    expect(serverSources(list, { droppedOutlets: none, droppedSpeakers: none })).toBeNull();
  });

  it('keeps a fact while one of its reports is kept, drops it when none is', () => {
    const { graph, store } = view();
    const one = unsourcedEdges(graph, store, { droppedOutlets: new Set(['Reuters']), droppedSpeakers: none });
    expect(one.has(IRAN)).toBe(false);
    const both = unsourcedEdges(graph, store, {
      droppedOutlets: new Set(['Reuters']),
      droppedSpeakers: new Set(['Iranian state media']),
    });
    expect(both.has(IRAN)).toBe(true);
    // Facts whose reports are not loaded are not judged.
    expect(both.has('russia:HOSTS:syrian-national-dialogue-congress')).toBe(false);
  });

  it('gives the server the shorter of the kept and the dropped sources, and leaves out a list with nothing dropped', () => {
    expect(
      serverSources(list, {
        droppedOutlets: new Set(['Tehran Times']),
        droppedSpeakers: new Set(['staffan-de-mistura']),
      }),
    ).toEqual({ outlets: ['Reuters'], exceptSpeakers: ['staffan-de-mistura'] });
    expect(serverSources(list, { droppedOutlets: none, droppedSpeakers: new Set(['Iranian state media']) })).toEqual({
      speakers: ['staffan-de-mistura'],
    });
    const many = {
      outlets: Array.from({ length: 1_200 }, (_, i) => ({ name: `Outlet ${i}`, reports: 1 })),
      speakers: [],
    };
    expect(serverSources(many, { droppedOutlets: new Set(['Outlet 7']), droppedSpeakers: none })).toEqual({
      exceptOutlets: ['Outlet 7'],
    });
  });
});
