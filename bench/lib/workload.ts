/**
 * Workload.
 *
 * The requests the api and paths suites send, drawn deterministically from the generated graph
 * the way users reach entities: half picked uniformly (the long tail), half by degree (the hubs a
 * user sees first and clicks), search words as typed (a name's first 3 to 6 letters), path
 * endpoints as pairs of such entities.
 */
import { degrees, rng, type GenGraph } from '../generate.ts';

export interface Workload {
  ids: string[];
  searches: string[];
  pairs: [string, string][];
}

export function makeWorkload(graph: GenGraph, seed: number, count = 200): Workload {
  const random = rng(seed ^ 0x5eed);
  const degree = degrees(graph);
  // Degree-weighted picks from the list of relationship ends.
  const ends = graph.relations.flatMap((relation) => [relation.source, relation.target]);
  const pickId = (i: number) =>
    i % 2 === 0
      ? graph.entities[Math.floor(random() * graph.entities.length)]!.id
      : ends[Math.floor(random() * ends.length)]!;
  const ids = Array.from({ length: count }, (_, i) => pickId(i)).filter((id) => degree.has(id));
  const names = new Map(graph.entities.map((entity) => [entity.id, entity.name]));
  const searches = ids.map((id) => {
    const word = names.get(id)!.split(' ')[0]!;
    return word.slice(0, 3 + Math.floor(random() * 4));
  });
  const pairs = Array.from({ length: count }, (_, i): [string, string] => [pickId(i), pickId(i + 1)]).filter(
    ([a, b]) => a !== b,
  );
  return { ids, searches, pairs };
}
