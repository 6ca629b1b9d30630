/**
 * Seed fixture.
 *
 * The render graph and store built from real API answers on the seeded database (the curated
 * graph of the Jan 28, 2018 article): fixtures/seed-overview.json is GET /api/graph,
 * fixtures/russia-snc-paths.json is GET /api/paths from Russia to the SNC, and
 * fixtures/seed-draw-overview.json is GET /api/graph with lean drawing edges (time fields, no
 * evidence), as the explorer draws it today.
 */
import fs from 'node:fs';
import type { DrawGraphJson, GraphJson, PathsJson } from '../../../src/model/json.ts';
import { mergeGraph } from '../../../client/graph/merge-graph.ts';
import { createRenderGraph, createStore } from '../../../client/graph/types.ts';

const read = (name: string) => JSON.parse(fs.readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));

export const seedOverview: GraphJson = read('seed-overview.json').graph;
export const seedDrawOverview: DrawGraphJson = read('seed-draw-overview.json').graph;
export const russiaToSnc: PathsJson = read('russia-snc-paths.json').paths;

export function seedGraph() {
  const graph = createRenderGraph();
  const store = createStore();
  mergeGraph(graph, store, structuredClone(seedOverview));
  return { graph, store };
}

export function seedDrawGraph() {
  const graph = createRenderGraph();
  const store = createStore();
  mergeGraph(graph, store, structuredClone(seedDrawOverview));
  return { graph, store };
}
