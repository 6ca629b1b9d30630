/**
 * The shortest path between two phrases of a parsed sentence, over its dependency edges read
 * both ways: the construction that joins them ("<nsubj attend >obj"). The misses report groups
 * missed relations by it, so the constructions that recur across reports show first.
 */
import type { ParsedSentence } from '../nlp/parser.ts';

/** One edge of a path: its relation, `up` when walked from dependent to governor, and the token reached. */
export interface PathStep {
  rel: string;
  up: boolean;
  to: number;
}

/** The shortest path from any of the tokens `from` to any of `to` (1-based indices), or null when none joins them. */
export function dependencyPath(
  sentence: ParsedSentence,
  from: readonly number[],
  to: readonly number[],
): PathStep[] | null {
  const edges = new Map<number, PathStep[]>();
  const add = (at: number, step: PathStep) => (edges.get(at) ?? edges.set(at, []).get(at)!).push(step);
  for (const d of sentence.deps) {
    if (d.gov === 0) continue;
    add(d.gov, { rel: d.rel, up: false, to: d.dep });
    add(d.dep, { rel: d.rel, up: true, to: d.gov });
  }
  const targets = new Set(to);
  const cameBy = new Map<number, { at: number; step: PathStep } | null>(from.map((t) => [t, null]));
  const queue = [...from];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    if (targets.has(next)) {
      const path: PathStep[] = [];
      for (let link = cameBy.get(next); link; link = cameBy.get(link.at)) path.unshift(link.step);
      return path;
    }
    for (const step of edges.get(next) ?? []) {
      if (cameBy.has(step.to)) continue;
      cameBy.set(step.to, { at: next, step });
      queue.push(step.to);
    }
  }
  return null;
}

/**
 * A path as one line: each edge as `<rel` (up to a governor) or `>rel` (down to a dependent),
 * with the lemma of every token it passes through: "<nsubj attend >obj".
 */
export function pathShape(sentence: ParsedSentence, path: readonly PathStep[]): string {
  return path
    .map((step, i) => {
      const arrow = `${step.up ? '<' : '>'}${step.rel}`;
      return i === path.length - 1 ? arrow : `${arrow} ${sentence.tokens[step.to - 1]!.lemma.toLowerCase()}`;
    })
    .join(' ');
}
