/**
 * Communities.
 *
 * Louvain communities (graphology-communities-louvain) of the render graph, as Gephi Lite's
 * "colour by community": facts are read undirected, and parallel facts between two entities add
 * weight, so two actors tied by many facts stay together. A seeded random source makes the
 * partition the same on every run and machine, so colours do not shuffle on reload.
 * Communities are renumbered by size, largest first, so community 0 gets the first colour.
 * `communities` returns the mapping; `.assign` is left out on purpose: visual state is never
 * written onto the render graph (STYLE.md).
 */
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { AbstractGraph } from 'graphology-types';

export interface CommunityOptions {
  /** Seed of the random source Louvain visits nodes with. */
  seed: number;
  /** Louvain resolution: above 1, more and smaller communities. */
  resolution: number;
}

const DEFAULTS: CommunityOptions = { seed: 1, resolution: 1 };

/** mulberry32: a small, fast, seeded generator; enough for the visiting order. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The graph as Louvain reads it: undirected, simple, weighted by the number of facts. */
function weighted(graph: AbstractGraph): UndirectedGraph<object, { weight: number }> {
  const out = new UndirectedGraph<object, { weight: number }>();
  graph.forEachNode((node) => out.addNode(node));
  graph.forEachEdge((_edge, _attrs, source, target) => {
    if (source === target) return;
    if (out.hasEdge(source, target)) out.updateEdgeAttribute(source, target, 'weight', (w = 0) => w + 1);
    else out.addEdge(source, target, { weight: 1 });
  });
  return out;
}

export function communities(graph: AbstractGraph, options: Partial<CommunityOptions> = {}): Record<string, number> {
  const { seed, resolution } = { ...DEFAULTS, ...options };
  if (!Number.isFinite(seed)) throw new RangeError(`communities: expected a finite seed, got ${seed}`);
  if (!(resolution > 0)) throw new RangeError(`communities: expected a resolution > 0, got ${resolution}`);
  const found = louvain(weighted(graph), { getEdgeWeight: 'weight', resolution, rng: seededRandom(seed) });
  const sizes = new Map<number, number>();
  for (const community of Object.values(found)) sizes.set(community, (sizes.get(community) ?? 0) + 1);
  // Largest first; ties by Louvain's own number, which the seed fixes.
  const order = [...sizes.keys()].sort((a, b) => sizes.get(b)! - sizes.get(a)! || a - b);
  const rank = new Map(order.map((community, index) => [community, index]));
  return Object.fromEntries(Object.entries(found).map(([node, community]) => [node, rank.get(community)!]));
}
