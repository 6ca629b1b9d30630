/**
 * Export.
 *
 * The current view as files other tools open: GEXF (Gephi, via graphology-gexf) made dynamic
 * with spells from when each fact happened, so Gephi's timeline plays it; GraphML (written here:
 * graphology-graphml only parses) with one data key per report field, each a JSON array with
 * one entry per report; JSON in the API's shape with positions and every report as an object;
 * table results as CSV. What the filters leave out (the time window, sources, types, hidden
 * nodes) is not exported. Exported nodes and edges carry their domain data from the store.
 */
import writeGexf from 'graphology-gexf/common/writer.js';
import { MultiDirectedGraph } from 'graphology';
import type { EdgeJson, EvidenceJson } from '../../src/model/json.ts';
import type { FilterResult } from './filters.ts';
import type { EntityStore, RenderGraph, StoredEdgeJson } from './types.ts';

type Flat = Record<string, string | number | boolean>;
type Span = { start: string; end: string };

/** The report fields GraphML carries, one data key each (JSON arrays, same index = same report). */
const REPORT_FIELDS = [
  'text',
  'articleId',
  'reported',
  'happened',
  'attributedTo',
  'negated',
  'basis',
  'rule',
] as const;

function flatEntity(store: EntityStore, node: string): Flat {
  const entity = store.entities.get(node);
  return {
    name: entity?.name ?? node,
    type: entity?.type ?? '',
    aliases: (entity?.aliases ?? []).join('; '),
  };
}

function reportsOf(data: StoredEdgeJson | EdgeJson | undefined): EvidenceJson[] {
  return data?.evidence ?? [];
}

function flatEdge(store: EntityStore, edge: string): Flat {
  const data = store.edges.get(edge);
  return {
    type: data?.type ?? '',
    confidence: data?.confidence ?? 0,
    reports: typeof data?.reportCount === 'number' ? data.reportCount : reportsOf(data).length,
    disputed: data?.disputed === true,
    sources: (data?.sources ?? []).map((article) => article.title).join(' | '),
  };
}

function happenedOf(data: StoredEdgeJson | EdgeJson | undefined): Span | null {
  return (data?.happened as Span | null | undefined) ?? null;
}

/** A node's spell: the hull of its facts' spells, or none (always there) when one of them is undated. */
function nodeSpell(
  graph: RenderGraph,
  store: EntityStore,
  node: string,
  shown: (edge: string) => boolean,
): Span | null {
  const spans: Span[] = [];
  for (const edge of graph.edges(node)) {
    if (!shown(edge)) continue;
    const happened = happenedOf(store.edges.get(edge));
    if (!happened) return null;
    spans.push(happened);
  }
  if (spans.length === 0) return null;
  return {
    start: spans.map((span) => span.start).sort()[0]!,
    end: spans
      .map((span) => span.end)
      .sort()
      .at(-1)!,
  };
}

/** What the filters left in the view (everything without a filter result). */
export function shownBy(filter: FilterResult | null) {
  return {
    node: (node: string) => !filter?.nodes.has(node),
    edge: (edge: string) => !filter?.edges.has(edge),
  };
}

/** A copy of the shown part of the view with data attributes, for the GEXF writer. */
function exportGraph(graph: RenderGraph, store: EntityStore, filter: FilterResult | null): MultiDirectedGraph {
  const shown = shownBy(filter);
  const copy = new MultiDirectedGraph();
  graph.forEachNode((node, attrs) => {
    if (!shown.node(node)) return;
    copy.addNode(node, {
      ...flatEntity(store, node),
      label: attrs.label,
      x: attrs.x,
      y: attrs.y,
      size: attrs.size,
      color: attrs.color,
    });
  });
  graph.forEachEdge((edge, attrs, source, target) => {
    if (!shown.edge(edge) || !copy.hasNode(source) || !copy.hasNode(target)) return;
    copy.addDirectedEdgeWithKey(edge, source, target, {
      ...flatEdge(store, edge),
      label: attrs.label,
      weight: attrs.size,
    });
  });
  return copy;
}

/** '#rrggbb' as 'rgb(r,g,b)': GEXF 1.3 allows hex, but networkx and older Gephi read only r, g, b. */
function rgb(color: string): string {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  return hex
    ? `rgb(${hex
        .slice(1)
        .map((part) => parseInt(part, 16))
        .join(',')})`
    : color;
}

function xml(value: string | number | boolean): string {
  return String(value).replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Adds `<spells>` right after the opening tag of each element that has one. */
function addSpells(gexf: string, tag: 'node' | 'edge', spells: Map<string, Span>): string {
  return gexf.replace(new RegExp(`<${tag} id="([^"]*)"[^>]*?(/?)>`, 'g'), (open: string, id: string, empty: string) => {
    const spell = spells.get(decodeXml(id));
    if (!spell) return open;
    const spellXml = `<spells><spell start="${spell.start}" end="${spell.end}"/></spells>`;
    return empty ? `${open.slice(0, -2)}>${spellXml}</${tag}>` : `${open}${spellXml}`;
  });
}

function decodeXml(text: string): string {
  return text.replace(/&(#(\d+)|quot|amp|lt|gt|apos);/g, (entity: string, _name: string, code?: string) => {
    if (code) return String.fromCharCode(Number(code));
    return { '&quot;': '"', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&apos;': "'" }[entity] ?? entity;
  });
}

/**
 * GEXF 1.3 (graphology-gexf's 1.2 writer declares a broken viz namespace that Gephi ignores),
 * dynamic: each dated fact has a spell from `happened`, each node the hull of its facts' spells
 * (none, so always there, when one of its facts is undated).
 */
export function toGexf(graph: RenderGraph, store: EntityStore, filter: FilterResult | null = null): string {
  const copy = exportGraph(graph, store, filter);
  const gexf = writeGexf(copy, {
    version: '1.3',
    formatNode: (key, { label, x, y, size, color, ...attributes }) => ({
      label: String(label ?? key),
      attributes,
      viz: { color: rgb(String(color)), size: Number(size), x: Number(x), y: Number(y) },
    }),
  });
  const edgeSpells = new Map<string, Span>();
  copy.forEachEdge((edge) => {
    const happened = happenedOf(store.edges.get(edge));
    if (happened) edgeSpells.set(edge, happened);
  });
  const nodeSpells = new Map<string, Span>();
  copy.forEachNode((node) => {
    const spell = nodeSpell(graph, store, node, (edge) => copy.hasEdge(edge));
    if (spell) nodeSpells.set(node, spell);
  });
  const dynamic = gexf.replace(/<graph /, '<graph mode="dynamic" timeformat="date" timerepresentation="interval" ');
  return addSpells(addSpells(dynamic, 'edge', edgeSpells), 'node', nodeSpells);
}

/** Each report as a plain object, in the API's EvidenceJson shape. */
function reportObjects(data: StoredEdgeJson | EdgeJson | undefined): EvidenceJson[] {
  return reportsOf(data).map((report) => ({ ...report }));
}

export function toGraphML(graph: RenderGraph, store: EntityStore, filter: FilterResult | null = null): string {
  const shown = shownBy(filter);
  const nodeKeys = ['label', 'name', 'type', 'aliases', 'x', 'y', 'size', 'color'];
  const edgeKeys = ['label', 'type', 'confidence', 'reports', 'disputed', 'sources', 'happenedStart', 'happenedEnd'];
  const reportKeys = REPORT_FIELDS.map((field) => `report_${field}`);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...nodeKeys.map((key) => `  <key id="n_${key}" for="node" attr.name="${key}" attr.type="string"/>`),
    ...[...edgeKeys, ...reportKeys].map(
      (key) => `  <key id="e_${key}" for="edge" attr.name="${key}" attr.type="string"/>`,
    ),
    '  <graph edgedefault="directed">',
  ];
  graph.forEachNode((node, attrs) => {
    if (!shown.node(node)) return;
    const data: Flat = {
      label: attrs.label,
      ...flatEntity(store, node),
      x: attrs.x,
      y: attrs.y,
      size: attrs.size,
      color: attrs.color,
    };
    lines.push(`    <node id="${xml(node)}">`);
    for (const key of nodeKeys) lines.push(`      <data key="n_${key}">${xml(data[key] ?? '')}</data>`);
    lines.push('    </node>');
  });
  graph.forEachEdge((edge, attrs, source, target) => {
    if (!shown.edge(edge) || !shown.node(source) || !shown.node(target)) return;
    const stored = store.edges.get(edge);
    const happened = happenedOf(stored);
    const data: Flat = {
      label: attrs.label,
      ...flatEdge(store, edge),
      happenedStart: happened?.start ?? '',
      happenedEnd: happened?.end ?? '',
    };
    const reports = reportsOf(stored);
    for (const field of REPORT_FIELDS) data[`report_${field}`] = JSON.stringify(reports.map((report) => report[field]));
    lines.push(`    <edge id="${xml(edge)}" source="${xml(source)}" target="${xml(target)}">`);
    for (const key of [...edgeKeys, ...reportKeys])
      lines.push(`      <data key="e_${key}">${xml(data[key] ?? '')}</data>`);
    lines.push('    </edge>');
  });
  lines.push('  </graph>', '</graphml>');
  return lines.join('\n');
}

export function toJson(graph: RenderGraph, store: EntityStore, filter: FilterResult | null = null): string {
  const shown = shownBy(filter);
  const nodes = graph
    .filterNodes((node) => shown.node(node))
    .map((node) => ({
      ...store.entities.get(node),
      id: node,
      x: graph.getNodeAttribute(node, 'x'),
      y: graph.getNodeAttribute(node, 'y'),
    }));
  const edges = graph
    .filterEdges((edge, _attrs, source, target) => shown.edge(edge) && shown.node(source) && shown.node(target))
    .map((edge) => {
      const data = store.edges.get(edge);
      return data ? { ...data, evidence: reportObjects(data) } : null;
    })
    .filter(Boolean);
  return JSON.stringify({ nodes, edges }, null, 2);
}

/** Fetches the reports of every exported edge that has not got them yet (drawn edges are lean). */
export async function fillReports(
  graph: RenderGraph,
  store: EntityStore,
  filter: FilterResult | null,
  load: (edge: string) => Promise<unknown>,
): Promise<void> {
  const shown = shownBy(filter);
  const missing = graph.filterEdges((edge) => shown.edge(edge) && !store.edges.get(edge)?.evidence);
  // A few at a time: a view of hundreds of edges should not open hundreds of requests at once.
  for (let at = 0; at < missing.length; at += 8) await Promise.all(missing.slice(at, at + 8).map(load));
}

/** Text for one table cell: scalars as they are, nodes by name, anything else as JSON. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return String(value);
  const record = value as Record<string, unknown>;
  if (record.kind === 'node') {
    const props = (record.properties ?? {}) as Record<string, unknown>;
    return `(${String(props.name ?? props.title ?? props.id ?? record.elementId)})`;
  }
  if (record.kind === 'relationship') return `[:${String(record.type)}]`;
  if (record.kind === 'path') return `path (${(record.relationships as unknown[] | undefined)?.length ?? 0} hops)`;
  if (Array.isArray(value)) return value.map(cellText).join(', ');
  return JSON.stringify(value);
}

/**
 * Text a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading quote;
 * numbers stay numbers, since a negative number is data, not a formula.
 */
function csvCell(value: unknown): string {
  const text = cellText(value);
  return typeof value !== 'number' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function rowsToCsv(columns: string[], rows: unknown[][]): string {
  const quote = (text: string) => (/[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  return [columns.map(csvCell), ...rows.map((row) => row.map(csvCell))]
    .map((row) => row.map(quote).join(','))
    .join('\r\n');
}
