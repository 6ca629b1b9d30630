/**
 * Figure.
 *
 * What a PNG or SVG export adds to the drawing so the picture stands on its own: a legend (the
 * node types or communities and the relationship types shown, with their colours) and a source
 * caption (the article's headline, outlet and date; a few articles listed; "N articles, from ...
 * to ..." when many). Pure: the legend and caption from the view's data, their layout under the
 * drawing (text widths come from a measure callback), and the whole figure as SVG text.
 */
import type { ArticleJson } from '../../../src/model/json.ts';
import { colorForRelation, colorForType } from '../../graph/colors.ts';
import { shownBy } from '../../graph/export.ts';
import type { FilterResult } from '../../graph/filters.ts';
import type { EntityStore, RenderGraph } from '../../graph/types.ts';

export interface LegendEntry {
  label: string;
  color: string;
  /** A disc (node type, community) or a line (relationship type). */
  shape: 'disc' | 'line';
}

/** Up to this many articles are named in the caption; more are counted. */
export const CAPTION_ARTICLES = 3;

/** The articles behind the facts on screen (filtered-out facts left out), most recent first. */
export function shownArticles(graph: RenderGraph, store: EntityStore, filter: FilterResult | null): ArticleJson[] {
  const shown = shownBy(filter);
  const found = new Map<string, ArticleJson>();
  graph.forEachEdge((edge) => {
    if (!shown.edge(edge)) return;
    for (const article of store.edges.get(edge)?.sources ?? []) found.set(article.id, article);
  });
  return [...found.values()].sort(
    (a, b) => (b.published ?? '').localeCompare(a.published ?? '') || a.title.localeCompare(b.title),
  );
}

function articleLine(article: ArticleJson): string {
  const where = [article.outlet, article.published?.slice(0, 10)].filter(Boolean).join(', ');
  return where ? `“${article.title}” — ${where}` : `“${article.title}”`;
}

export function sourceCaption(articles: ArticleJson[]): string {
  if (articles.length === 0) return 'Source: curated facts, no article.';
  if (articles.length <= CAPTION_ARTICLES) return `Source: ${articles.map(articleLine).join('; ')}`;
  const dates = articles
    .map((article) => article.published?.slice(0, 10))
    .filter((date): date is string => !!date)
    .sort();
  const span = dates.length > 0 ? `, ${dates[0]} to ${dates[dates.length - 1]}` : '';
  return `Sources: ${articles.length} articles${span}.`;
}

export interface Placed {
  entry: LegendEntry;
  x: number;
  y: number;
}

export interface FigureLayout {
  items: Placed[];
  captionY: number;
  /** Height of the band under the drawing. */
  height: number;
}

export const FIGURE = { padding: 12, row: 20, swatch: 10, gap: 16, font: 12 } as const;

/** Legend items in rows that wrap at `width`, then the caption. */
export function layoutFigure(entries: LegendEntry[], width: number, measure: (text: string) => number): FigureLayout {
  const { padding, row, swatch, gap } = FIGURE;
  const items: Placed[] = [];
  let x = padding;
  let y = padding + row / 2;
  for (const entry of entries) {
    const itemWidth = swatch + 6 + measure(entry.label);
    if (x > padding && x + itemWidth > width - padding) {
      x = padding;
      y += row;
    }
    items.push({ entry, x, y });
    x += itemWidth + gap;
  }
  const captionY = (entries.length > 0 ? y + row : padding + row / 2) + 4;
  return { items, captionY, height: captionY + row / 2 + padding };
}

export interface SceneNode {
  x: number;
  y: number;
  r: number;
  color: string;
  label: string | null;
}

export interface SceneEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  width: number;
}

export interface Scene {
  width: number;
  height: number;
  nodes: SceneNode[];
  edges: SceneEdge[];
}

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!);

const round = (value: number) => Number(value.toFixed(2));

/** The drawing, the legend and the caption as one SVG document. */
export function figureSvg(scene: Scene, layout: FigureLayout, caption: string): string {
  const { width, height } = scene;
  const { swatch, font } = FIGURE;
  const total = height + layout.height;
  const edges = scene.edges.map(
    (edge) =>
      `<line x1="${round(edge.x1)}" y1="${round(edge.y1)}" x2="${round(edge.x2)}" y2="${round(edge.y2)}" stroke="${escape(edge.color)}" stroke-width="${round(edge.width)}"/>`,
  );
  const nodes = scene.nodes.map(
    (node) => `<circle cx="${round(node.x)}" cy="${round(node.y)}" r="${round(node.r)}" fill="${escape(node.color)}"/>`,
  );
  const labels = scene.nodes
    .filter((node) => node.label)
    .map(
      (node) =>
        `<text x="${round(node.x + node.r + 3)}" y="${round(node.y + 4)}" font-size="13">${escape(node.label!)}</text>`,
    );
  const legend = layout.items.map(({ entry, x, y }) => {
    const top = height + y;
    const mark =
      entry.shape === 'disc'
        ? `<circle cx="${x + swatch / 2}" cy="${top}" r="${swatch / 2}" fill="${escape(entry.color)}"/>`
        : `<line x1="${x}" y1="${top}" x2="${x + swatch}" y2="${top}" stroke="${escape(entry.color)}" stroke-width="3"/>`;
    return `<g class="legend-item">${mark}<text x="${x + swatch + 6}" y="${top + font / 2 - 2}" font-size="${font}">${escape(entry.label)}</text></g>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="system-ui, sans-serif">`,
    `<rect width="${width}" height="${total}" fill="#ffffff"/>`,
    `<g class="edges">${edges.join('')}</g>`,
    `<g class="nodes">${nodes.join('')}</g>`,
    `<g class="labels" fill="#111827">${labels.join('')}</g>`,
    `<g class="legend" fill="#374151">${legend.join('')}</g>`,
    `<text class="caption" x="${FIGURE.padding}" y="${height + layout.captionY}" font-size="${font}" fill="#4b5563">${escape(caption)}</text>`,
    '</svg>',
  ].join('\n');
}

/** The legend of the view: node types (or communities when colouring by them), then relationship types. */
export function legendEntries(
  filter: FilterResult | null,
  communities: { name: string; color: string }[] | null,
): LegendEntry[] {
  const shownTypes = (counts: Record<string, { shown: number }>) =>
    Object.entries(counts)
      .filter(([, count]) => count.shown > 0)
      .map(([type]) => type)
      .sort();
  const nodes: LegendEntry[] = communities
    ? communities.map((community) => ({ label: community.name, color: community.color, shape: 'disc' }))
    : shownTypes(filter?.nodeTypes ?? {}).map((type) => ({ label: type, color: colorForType(type), shape: 'disc' }));
  const relations: LegendEntry[] = shownTypes(filter?.relationTypes ?? {}).map((type) => ({
    label: type,
    color: colorForRelation(type),
    shape: 'line',
  }));
  return [...nodes, ...relations];
}
