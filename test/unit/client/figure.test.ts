/**
 * Export figures (issue 11): the legend and source caption a PNG or SVG export carries, from
 * the seed overview (test/unit/client/fixtures/seed-overview.json: one article, of Jan 28,
 * 2018), and the SVG document read back by an XML parser nobody here wrote (@xmldom/xmldom).
 */
import { describe, expect, it } from 'vitest';
import { DOMParser } from '@xmldom/xmldom';
import { applyFilters, emptyFilters } from '../../../client/graph/filters.ts';
import { colorForRelation, colorForType } from '../../../client/graph/colors.ts';
import {
  figureSvg,
  layoutFigure,
  legendEntries,
  shownArticles,
  sourceCaption,
} from '../../../client/panels/export/figure.ts';
import type { ArticleJson } from '../../../src/model/json.ts';
import { seedGraph } from './seed-fixture.ts';

const article = (id: string, published: string | null, outlet: string | null = null): ArticleJson => ({
  id,
  title: `Report ${id}`,
  url: null,
  outlet,
  published,
  ingestedAt: null,
});

describe('source caption', () => {
  it('names the seed article with its date', () => {
    const { graph, store } = seedGraph();
    const articles = shownArticles(graph, store, null);
    expect(articles.map((item) => item.id)).toEqual(['article-38bc4801b26da4b0']);
    expect(sourceCaption(articles)).toBe(
      'Source: “Lavrov, de Mistura discuss Syrian National Dialogue Congress” — 2018-01-28',
    );
  });

  it('lists a few articles with outlet and date, counts many, and says when there is none', () => {
    expect(sourceCaption([article('a', '2018-03-14T00:00:00Z', 'Reuters')])).toBe(
      'Source: “Report a” — Reuters, 2018-03-14',
    );
    const many = ['2018-01-28', '2018-03-14', null, '2018-02-01'].map((date, i) => article(String(i), date));
    expect(sourceCaption(many)).toBe('Sources: 4 articles, 2018-01-28 to 2018-03-14.');
    expect(sourceCaption([])).toBe('Source: curated facts, no article.');
  });

  it('leaves out the articles of filtered-out facts', () => {
    const { graph, store } = seedGraph();
    const every = new Set(graph.mapEdges((_edge, attrs) => attrs.relationType));
    const filter = applyFilters(graph, store, { ...emptyFilters(), hiddenRelationTypes: every });
    expect(shownArticles(graph, store, filter)).toEqual([]);
  });
});

describe('legend', () => {
  it('lists the node and relationship types shown with their colours, or the communities', () => {
    const { graph, store } = seedGraph();
    const filter = applyFilters(graph, store, { ...emptyFilters(), hiddenRelationTypes: new Set(['HELD_IN']) });
    const entries = legendEntries(filter, null);
    expect(entries).toContainEqual({ label: 'Person', color: colorForType('Person'), shape: 'disc' });
    expect(entries).toContainEqual({ label: 'BOYCOTTS', color: colorForRelation('BOYCOTTS'), shape: 'line' });
    expect(entries.map((entry) => entry.label)).not.toContain('HELD_IN');
    const byCommunity = legendEntries(filter, [{ name: 'Russia', color: '#4e79a7' }]);
    expect(byCommunity[0]).toEqual({ label: 'Russia', color: '#4e79a7', shape: 'disc' });
    expect(byCommunity.map((entry) => entry.label)).not.toContain('Person');
  });

  it('wraps the legend into rows within the width', () => {
    const entries = Array.from({ length: 12 }, (_, i) => ({
      label: `Type ${i}`,
      color: '#000',
      shape: 'disc' as const,
    }));
    const layout = layoutFigure(entries, 300, (text) => text.length * 7);
    expect(new Set(layout.items.map((item) => item.y)).size).toBeGreaterThan(1);
    for (const item of layout.items) expect(item.x).toBeLessThan(300);
    expect(layout.captionY).toBeGreaterThan(Math.max(...layout.items.map((item) => item.y)));
  });
});

describe('figure SVG', () => {
  it('is a well-formed SVG with the drawing, the legend and the escaped caption', () => {
    const legend = [
      { label: 'Person', color: '#e4572e', shape: 'disc' as const },
      { label: 'BOYCOTTS', color: '#e07a1f', shape: 'line' as const },
    ];
    const scene = {
      width: 400,
      height: 300,
      nodes: [
        { x: 10, y: 10, r: 5, color: '#e4572e', label: 'Bashar al-Assad' },
        { x: 100, y: 50, r: 6, color: '#2e86ab', label: null },
      ],
      edges: [{ x1: 10, y1: 10, x2: 100, y2: 50, color: '#b8bec7', width: 1 }],
    };
    const caption = 'Source: “A & B <talks>” — 2018-01-28';
    const svg = figureSvg(
      scene,
      layoutFigure(legend, 400, (text) => text.length * 7),
      caption,
    );
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const texts = Array.from(doc.getElementsByTagName('text')).map((node) => node.textContent);
    expect(texts).toContain('Bashar al-Assad');
    expect(texts).toContain('Person');
    expect(texts).toContain('BOYCOTTS');
    expect(texts).toContain(caption);
    expect(doc.getElementsByTagName('circle').length).toBe(3);
    expect(Number(doc.documentElement!.getAttribute('height'))).toBeGreaterThan(300);
  });
});
