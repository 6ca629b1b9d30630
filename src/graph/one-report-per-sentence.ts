/**
 * One report per sentence.
 *
 * One sentence of one article is one report of a fact, however often the article repeats it: a
 * sentence pasted 3,000 times is still one report, not 3,000. Relations of one article that
 * share their fact (id) and sentence collapse into the first, with the highest confidence.
 */
export function oneReportPerSentence<T extends { id: string; evidence: string; confidence: number }>(
  relations: T[],
): T[] {
  const kept = new Map<string, T>();
  for (const relation of relations) {
    const key = JSON.stringify([relation.id, relation.evidence.trim()]);
    const first = kept.get(key);
    if (!first) kept.set(key, relation);
    else if (relation.confidence > first.confidence) kept.set(key, { ...first, confidence: relation.confidence });
  }
  return [...kept.values()];
}
