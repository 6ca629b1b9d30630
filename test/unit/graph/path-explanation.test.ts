// Unit: folding and explaining paths, on facts from the seed article.
import { describe, expect, it } from 'vitest';
import { explainPath, foldPaths, type RawPath } from '../../../src/graph/path-explanation.ts';
import type { ArticleJson, EdgeJson, EntityJson } from '../../../src/model/json.ts';

const ARTICLE: ArticleJson = {
  id: 'article-1',
  title: 'Lavrov, de Mistura discuss Syrian National Dialogue Congress',
  url: null,
  outlet: null,
  published: '2018-01-28',
  ingestedAt: null,
};
const articles = new Map([[ARTICLE.id, ARTICLE]]);
const node = (id: string, name: string): EntityJson => ({ id, name, type: 'State', aliases: [] });
const edge = (source: string, type: EdgeJson['type'], target: string, text: string, confidence = 1): EdgeJson => ({
  id: `${source}:${type}:${target}`,
  source,
  target,
  type,
  confidence,
  curated: true,
  evidence: [
    {
      text,
      articleId: ARTICLE.id,
      confidence,
      reported: '2018-01-28',
      curated: true,
      happened: null,
      attributedTo: null,
      negated: false,
      basis: 'curated',
      rule: null,
    },
  ],
  sources: [ARTICLE],
});

const russia = node('russia', 'Russia');
const congress = node('congress', 'Syrian National Dialogue Congress');
const snc = node('snc', 'Syrian Negotiations Commission');
const boycott = edge(
  'snc',
  'BOYCOTTS',
  'congress',
  'A spokesman for the main opposition said his group will boycott the Sochi conference.',
);
const hosts = edge('russia', 'HOSTS', 'congress', 'Russian Federation has invited more than 1,500 delegates.', 0.9);
const organizes = edge(
  'russia',
  'ORGANIZES',
  'congress',
  'Russian Federation has invited more than 1,500 delegates.',
  0.8,
);

describe('foldPaths', () => {
  it('folds paths that differ only in a parallel edge, keeping the better evidenced', () => {
    const paths: RawPath[] = [
      { nodes: [russia, congress, snc], edges: [organizes, boycott] },
      { nodes: [russia, congress, snc], edges: [hosts, boycott] },
    ];
    const folded = foldPaths(paths, 3);
    expect(folded).toHaveLength(1);
    expect(folded[0]!.edges[0]!.type).toBe('HOSTS');
  });
  it('orders by length and keeps at most k', () => {
    const long: RawPath = { nodes: [russia, snc, congress, snc], edges: [hosts, boycott, boycott] };
    const short: RawPath = { nodes: [russia, congress, snc], edges: [hosts, boycott] };
    expect(foldPaths([long, short], 1)).toEqual([short]);
  });
});

describe('explainPath', () => {
  it('writes a summary with arrows in the direction of each relationship', () => {
    const path = explainPath({ nodes: [russia, congress, snc], edges: [hosts, boycott] }, articles);
    expect(path.summary).toBe(
      'Russia -HOSTS-> Syrian National Dialogue Congress <-BOYCOTTS- Syrian Negotiations Commission',
    );
    expect(path.hops.map((hop) => hop.reversed)).toEqual([false, true]);
    expect(path.length).toBe(2);
  });
  it('cites the sentence and the article of every hop', () => {
    const path = explainPath({ nodes: [russia, congress, snc], edges: [hosts, boycott] }, articles);
    const lines = path.explanation.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain('will boycott the Sochi conference');
    expect(lines[2]).toContain('Lavrov, de Mistura discuss Syrian National Dialogue Congress, 2018-01-28');
  });
});
