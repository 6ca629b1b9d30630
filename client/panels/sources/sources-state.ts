/**
 * Sources filter state.
 *
 * Which reports the sources filter keeps: a report passes unless its outlet or its speaker is
 * dropped (speaker '' = the outlet states it itself; outlet '' = an article without outlet). A
 * drawn fact none of whose reports passes is left out of the view. Also the lists the server
 * takes (`outlets`/`speakers` to keep, or `exceptOutlets`/`exceptSpeakers`). Pure, over the store's reports.
 */
import type { EvidenceJson } from '../../../src/model/json.ts';
import type { SourcesScope } from '../../graph/filters.ts';
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

/** Commas plus names: what a list costs in a URL. */
const length = (names: readonly string[]) => names.reduce((sum, name) => sum + name.length + 1, 0);

/**
 * The server's form of the choice, or null when nothing is dropped: per list, "keep only these"
 * or "all but these", whichever is shorter (dropping one of 1,200 outlets stays a short URL); a
 * list with nothing dropped is left out.
 */
export function serverSources(list: SourcesList, choice: SourcesChoice): SourcesScope | null {
  if (!isDropping(choice)) return null;
  const scope: SourcesScope = {};
  const outlets = list.outlets.map((outlet) => outlet.name);
  const speakers = list.speakers.map(speakerKey);
  if (choice.droppedOutlets.size > 0) {
    const kept = outlets.filter((name) => !choice.droppedOutlets.has(name));
    const dropped = [...choice.droppedOutlets];
    if (length(kept) <= length(dropped)) scope.outlets = kept;
    else scope.exceptOutlets = dropped;
  }
  if (choice.droppedSpeakers.size > 0) {
    const kept = speakers.filter((key) => !choice.droppedSpeakers.has(key));
    const dropped = [...choice.droppedSpeakers];
    if (length(kept) <= length(dropped)) scope.speakers = kept;
    else scope.exceptSpeakers = dropped;
  }
  return scope;
}
