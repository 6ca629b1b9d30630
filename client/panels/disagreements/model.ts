/**
 * Disagreement display model.
 *
 * What the Disagreements panel and the details' side-by-side view show for one disagreement
 * (contract.md `/api/disagreements`): two columns, each with its label and every report on that
 * side as one line (speaker, event date, report date, denial and inferred rule marked). Pure, so
 * the wording is unit-tested without a DOM.
 */
import type { ArticleJson } from '../../../src/model/json.ts';
import type { DisagreementJson, DisagreementReportJson } from '../../api/client.ts';

/** What a report line can look up: entity names for speakers, the articles behind reports. */
export interface ReportContext {
  names?: (id: string) => string;
  articles?: ReadonlyMap<string, ArticleJson>;
}

export interface ReportLine {
  text: string;
  speaker: string;
  happened: string;
  reported: string;
  denial: boolean;
  basis: string;
  /** Outlet and article title, where known. */
  source: string;
  url: string | null;
}

export interface SideColumn {
  label: string;
  edgeId: string;
  reports: ReportLine[];
}

export interface DisagreementView {
  id: string;
  title: string;
  columns: SideColumn[];
}

function span(happened: DisagreementReportJson['happened']): string {
  if (!happened) return 'undated';
  return happened.start === happened.end ? happened.start : `${happened.start} – ${happened.end}`;
}

export function reportLine(report: DisagreementReportJson, context: ReportContext = {}): ReportLine {
  const article = context.articles?.get(report.articleId);
  const speaker = report.attributedTo ? (context.names?.(report.attributedTo) ?? report.attributedTo) : null;
  return {
    text: report.text,
    speaker: speaker ?? (article?.outlet ? `the outlet (${article.outlet})` : 'the outlet'),
    happened: span(report.happened),
    reported: report.reported ?? 'report date unknown',
    denial: report.negated,
    basis: report.basis === 'inferred' ? `inferred (${report.rule ?? 'rule unknown'})` : report.basis,
    source: [article?.outlet, article?.title || report.articleId].filter(Boolean).join(' · '),
    url: article?.url ?? null,
  };
}

export function disagreementView(item: DisagreementJson, names: (id: string) => string): DisagreementView {
  const what = item.kind === 'negation' ? 'affirmed and denied' : 'opposed reports';
  return {
    id: item.id,
    title: `${names(item.source)} → ${names(item.target)}: ${what}`,
    columns: item.sides.map((side) => {
      const articles = new Map((side.edge.sources ?? []).map((article) => [article.id, article]));
      return {
        label: side.label,
        edgeId: side.edge.id,
        reports: side.edge.evidence.map((report) => reportLine(report, { names, articles })),
      };
    }),
  };
}
