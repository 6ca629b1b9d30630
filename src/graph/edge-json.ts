/**
 * Edge JSON.
 *
 * Turns a stored relationship (its parallel report lists: evidence, articleIds, confidences,
 * reportedOn, curatedReports) into the wire shape, one evidence entry per report and the cited
 * articles once each. Also gives every fact its stable id.
 */
import type { ArticleJson, EdgeJson, EvidenceJson } from '../model/json.ts';
import type { RelationType } from '../model/vocabulary.ts';

/** A relationship as the named queries return it. */
export interface StoredEdge {
  type: string;
  source: string;
  target: string;
  props: Record<string, unknown>;
}

const REPORT_LISTS = new Set([
  'evidence',
  'articleIds',
  'confidences',
  'reportedOn',
  'curatedReports',
  'happenedStarts',
  'happenedEnds',
  'attributions',
  'negations',
  'bases',
  'rules',
  'createdAt',
]);

const BASES = new Set(['stated', 'inferred', 'curated']);

/** The id of a fact: one relationship per (source, type, target), and per meeting for INVITES. */
export function relationId(source: string, type: string, target: string, meeting?: string): string {
  return [source, type, target, ...(meeting ? [meeting] : [])].join(':');
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function evidenceOf(props: Record<string, unknown>): EvidenceJson[] {
  const sentences = list(props.evidence);
  const articleIds = list(props.articleIds);
  const confidences = list(props.confidences);
  const reportedOn = list(props.reportedOn);
  const curated = list(props.curatedReports);
  const starts = list(props.happenedStarts);
  const ends = list(props.happenedEnds);
  const attributions = list(props.attributions);
  const negations = list(props.negations);
  const bases = list(props.bases);
  const rules = list(props.rules);
  // Stores written before these lists existed lack them: read as undated, the outlet's own, stated.
  return sentences.map((text, i) => {
    const start = starts[i] ? String(starts[i]) : null;
    const end = ends[i] ? String(ends[i]) : start;
    const basis = String(bases[i] ?? '');
    return {
      text: String(text),
      articleId: String(articleIds[i] ?? ''),
      confidence: Number(confidences[i] ?? props.confidence ?? 0),
      reported: reportedOn[i] ? String(reportedOn[i]) : null,
      curated: curated[i] === true,
      happened: start && end ? { start, end } : null,
      attributedTo: attributions[i] ? String(attributions[i]) : null,
      negated: negations[i] === true,
      basis: (BASES.has(basis) ? basis : curated[i] === true ? 'curated' : 'stated') as EvidenceJson['basis'],
      rule: rules[i] ? String(rules[i]) : null,
    };
  });
}

export function articleIdsOf(edges: StoredEdge[]): string[] {
  return [...new Set(edges.flatMap((edge) => list(edge.props.articleIds).map(String)))];
}

export function toEdgeJson(edge: StoredEdge, articles: Map<string, ArticleJson>): EdgeJson {
  const evidence = evidenceOf(edge.props);
  const sources = [...new Set(evidence.map((report) => report.articleId))]
    .map((id) => articles.get(id))
    .filter((article): article is ArticleJson => article !== undefined);
  const json: EdgeJson = {
    id: String(edge.props.id ?? relationId(edge.source, edge.type, edge.target)),
    source: edge.source,
    target: edge.target,
    type: edge.type as RelationType,
    confidence: Number(edge.props.confidence ?? 0),
    curated: edge.props.curated === true,
    evidence,
    sources,
  };
  for (const [key, value] of Object.entries(edge.props)) {
    if (!(key in json) && !REPORT_LISTS.has(key) && value !== null) json[key] = value;
  }
  return json;
}
