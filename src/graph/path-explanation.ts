/**
 * Path explanation.
 *
 * Turns raw shortest paths into what a person reads: paths that differ only in a parallel edge
 * (Russia HOSTS and ORGANIZES the congress) are folded into one, keeping the better-evidenced
 * edge; each hop gets a line citing its sentence and article; the whole path gets one summary
 * line such as "Russia -HOSTS-> Congress <-BOYCOTTS- SNC".
 */
import type { ArticleJson, EdgeJson, EntityJson, PathHopJson, PathJson } from '../model/json.ts';

export interface RawPath {
  nodes: EntityJson[];
  edges: EdgeJson[];
}

function strength(path: RawPath): number {
  return path.edges.reduce((sum, edge) => sum + edge.confidence + (edge.curated ? 0.01 : 0), 0);
}

/** Keeps the strongest path of each distinct node sequence, shortest first, at most k. */
export function foldPaths(paths: RawPath[], k: number): RawPath[] {
  const best = new Map<string, RawPath>();
  for (const path of paths) {
    const key = path.nodes.map((node) => node.id).join('>');
    const kept = best.get(key);
    if (!kept || strength(path) > strength(kept)) best.set(key, path);
  }
  return [...best.values()].sort((a, b) => a.edges.length - b.edges.length || strength(b) - strength(a)).slice(0, k);
}

function arrow(edge: EdgeJson, reversed: boolean): string {
  return reversed ? `<-${edge.type}-` : `-${edge.type}->`;
}

export function citation(edge: EdgeJson, articles: Map<string, ArticleJson>): string {
  const report = edge.evidence[0];
  if (!report) return 'no recorded evidence';
  const article = articles.get(report.articleId);
  const source = article
    ? [article.title, article.outlet, article.published].filter(Boolean).join(', ')
    : report.articleId;
  const more = edge.evidence.length > 1 ? ` (+${edge.evidence.length - 1} more reports)` : '';
  return `"${report.text}" [${source}]${more}`;
}

export function explainPath(path: RawPath, articles: Map<string, ArticleJson>): PathJson {
  const hops: PathHopJson[] = path.edges.map((edge, i) => {
    const from = path.nodes[i]!;
    const to = path.nodes[i + 1]!;
    const reversed = edge.source !== from.id;
    return {
      from: from.id,
      to: to.id,
      edge: edge.id,
      reversed,
      text: `${from.name} ${arrow(edge, reversed)} ${to.name}: ${citation(edge, articles)}`,
    };
  });
  const summary = path.nodes
    .map((node, i) => (i === 0 ? node.name : `${arrow(path.edges[i - 1]!, hops[i - 1]!.reversed)} ${node.name}`))
    .join(' ');
  return {
    nodes: path.nodes,
    relationships: path.edges,
    hops,
    summary,
    explanation: [summary, ...hops.map((hop, i) => `${i + 1}. ${hop.text}`)].join('\n'),
    length: path.edges.length,
  };
}
