/**
 * Sources filter state.
 *
 * Which reports the sources filter keeps: a report passes unless its outlet or its speaker is
 * dropped (speaker '' = the outlet states it itself; outlet '' = an article without outlet). A
 * drawn fact none of whose reports passes is left out of the view. Also the "keep only" lists
 * the server takes (`outlets`, `speakers`). Pure, over the store's reports.
 */
import type { EvidenceJson } from '../../../src/model/json.ts';
import type { EntityStore, RenderGraph } from '../../graph/types.ts';

export interface SourcesChoice {
  droppedOutlets: ReadonlySet<string>;
  droppedSpeakers: ReadonlySet<string>;
}

export interface SourcesList {
  outlets: { name: string; reports: number }[];
  speakers: { id: string | null; name: string; reports: number }[];
}

export function speakerKey(speaker: { id: string | null; name: string }): string {
  return speaker.id ?? speaker.name;
}

export function isDropping(choice: SourcesChoice): boolean {
  return choice.droppedOutlets.size > 0 || choice.droppedSpeakers.size > 0;
}

/** The edges whose every known report is dropped; edges whose reports are not loaded stay. */
export function unsourcedEdges(graph: RenderGraph, store: EntityStore, choice: SourcesChoice): Set<string> {
  const out = new Set<string>();
  if (!isDropping(choice)) return out;
  graph.forEachEdge((edge) => {
    const data = store.edges.get(edge);
    const reports: EvidenceJson[] = data?.evidence ?? [];
    if (reports.length === 0) return;
    const outlets = new Map((data?.sources ?? []).map((article) => [article.id, article.outlet ?? '']));
    const passes = reports.some(
      (report) =>
        !choice.droppedOutlets.has(outlets.get(report.articleId) ?? '') &&
        !choice.droppedSpeakers.has(report.attributedTo ?? ''),
    );
    if (!passes) out.add(edge);
  });
  return out;
}

/** The server's "keep only" lists, or null when nothing is dropped. */
export function keptSources(
  list: SourcesList,
  choice: SourcesChoice,
): { outlets: string[]; speakers: string[] } | null {
  if (!isDropping(choice)) return null;
  return {
    outlets: list.outlets.map((outlet) => outlet.name).filter((name) => !choice.droppedOutlets.has(name)),
    speakers: list.speakers.map(speakerKey).filter((key) => !choice.droppedSpeakers.has(key)),
  };
}
