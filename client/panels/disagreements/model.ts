/**
 * Disagreement display model.
 *
 * What the Disagreements panel and the details' side-by-side view show for one disagreement
 * (contract.md `/api/disagreements`): two columns, each with its label and every report on that
 * side as one line (speaker, event date, report date, denial and inferred rule marked). Pure, so
 * the wording is unit-tested without a DOM.
 */
import type { DisagreementJson, DisagreementReportJson } from '../../api/client.ts';

export interface ReportLine {
  text: string;
  speaker: string;
  happened: string;
  reported: string;
  denial: boolean;
  basis: string;
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

export function reportLine(report: DisagreementReportJson): ReportLine {
  return {
    text: report.text,
    speaker: report.attributedTo ?? 'the outlet',
    happened: span(report.happened),
    reported: report.reported ?? 'report date unknown',
    denial: report.negated,
    basis: report.basis === 'inferred' ? `inferred (${report.rule ?? 'rule unknown'})` : report.basis,
  };
}

export function disagreementView(item: DisagreementJson, names: (id: string) => string): DisagreementView {
  const what = item.kind === 'negation' ? 'affirmed and denied' : 'opposed reports';
  return {
    id: item.id,
    title: `${names(item.source)} → ${names(item.target)}: ${what}`,
    columns: item.sides.map((side) => ({
      label: side.label,
      edgeId: side.edge.id,
      reports: side.edge.evidence.map(reportLine),
    })),
  };
}
