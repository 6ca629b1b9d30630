/**
 * Export.
 *
 * The current view as files other tools open: GEXF (Gephi, via graphology-gexf), GraphML
 * (written here: graphology-graphml only parses) and JSON in the API's shape with positions;
 * table results as CSV. Exported nodes and edges carry their domain data (aliases, evidence
 * count, sources) from the store, not only what sigma draws.
 */
import writeGexf from 'graphology-gexf/common/writer.js';
import { MultiDirectedGraph } from 'graphology';
import type { EntityStore, RenderGraph } from './types.ts';

type Flat = Record<string, string | number | boolean>;

function flatEntity(store: EntityStore, node: string): Flat {
  const entity = store.entities.get(node);
  return {
    name: entity?.name ?? node,
    type: entity?.type ?? '',
    aliases: (entity?.aliases ?? []).join('; '),
  };
}

function flatEdge(store: EntityStore, edge: string): Flat {
  const data = store.edges.get(edge);
  return {
    type: data?.type ?? '',
    confidence: data?.confidence ?? 0,
    reports: data?.evidence?.length ?? 0,
    evidence: (data?.evidence ?? []).map((report) => report.text).join(' | '),
    sources: (data?.sources ?? []).map((article) => article.title).join(' | '),
  };
}

/** A copy of the view with data attributes, for the GEXF writer. */
function exportGraph(graph: RenderGraph, store: EntityStore): MultiDirectedGraph {
  const copy = new MultiDirectedGraph();
  graph.forEachNode((node, attrs) =>
    copy.addNode(node, {
      ...flatEntity(store, node),
      label: attrs.label,
      x: attrs.x,
      y: attrs.y,
      size: attrs.size,
      color: attrs.color,
    }),
  );
  graph.forEachEdge((edge, attrs, source, target) =>
    copy.addDirectedEdgeWithKey(edge, source, target, {
      ...flatEdge(store, edge),
      label: attrs.label,
      weight: attrs.size,
    }),
  );
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

/** GEXF 1.3: graphology-gexf's 1.2 writer declares a broken viz namespace that Gephi ignores. */
export function toGexf(graph: RenderGraph, store: EntityStore): string {
  return writeGexf(exportGraph(graph, store), {
    version: '1.3',
    formatNode: (key, { label, x, y, size, color, ...attributes }) => ({
      label: String(label ?? key),
      attributes,
      viz: { color: rgb(String(color)), size: Number(size), x: Number(x), y: Number(y) },
    }),
  });
}

function xml(value: string | number | boolean): string {
  return String(value).replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function toGraphML(graph: RenderGraph, store: EntityStore): string {
  const nodeKeys = ['label', 'name', 'type', 'aliases', 'x', 'y', 'size', 'color'];
  const edgeKeys = ['label', 'type', 'confidence', 'reports', 'evidence', 'sources'];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...nodeKeys.map((key) => `  <key id="n_${key}" for="node" attr.name="${key}" attr.type="string"/>`),
    ...edgeKeys.map((key) => `  <key id="e_${key}" for="edge" attr.name="${key}" attr.type="string"/>`),
    '  <graph edgedefault="directed">',
  ];
  graph.forEachNode((node, attrs) => {
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
    const data: Flat = { label: attrs.label, ...flatEdge(store, edge) };
    lines.push(`    <edge id="${xml(edge)}" source="${xml(source)}" target="${xml(target)}">`);
    for (const key of edgeKeys) lines.push(`      <data key="e_${key}">${xml(data[key] ?? '')}</data>`);
    lines.push('    </edge>');
  });
  lines.push('  </graph>', '</graphml>');
  return lines.join('\n');
}

export function toJson(graph: RenderGraph, store: EntityStore): string {
  const nodes = graph.mapNodes((node, attrs) => ({ ...store.entities.get(node), id: node, x: attrs.x, y: attrs.y }));
  const edges = graph.mapEdges((edge) => store.edges.get(edge)).filter(Boolean);
  return JSON.stringify({ nodes, edges }, null, 2);
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
