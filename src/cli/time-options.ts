/**
 * Time options.
 *
 * The CLI's side of the time and sources filter (contract "Time parameters"): `--as-of`,
 * `--from`, `--to`, `--outlet` and `--speaker` (repeatable) on the commands that read the graph,
 * checked by the API's own schema and rules before any database is reached.
 */
import type { Command } from 'commander';
import { reportFilter, timeQuery } from '../api/schemas.ts';
import { validate } from '../api/validate.ts';
import type { ReportFilter } from '../graph/time-window.ts';
import type { TimeFilterJson } from '../model/json.ts';

export interface TimeOptions {
  asOf?: string;
  from?: string;
  to?: string;
  outlet: string[];
  speaker: string[];
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function withTimeOptions(command: Command): Command {
  return command
    .option('--as-of <YYYY-MM-DD>', 'the graph as reported by that day')
    .option('--from <YYYY-MM-DD>', 'event window: what happened from that day on (undated reports kept)')
    .option('--to <YYYY-MM-DD>', 'event window: what happened up to that day (undated reports kept)')
    .option('--outlet <name>', "keep only this outlet's reports ('-': no outlet recorded); repeatable", collect, [])
    .option('--speaker <name>', "keep only this speaker's reports ('-': the outlet itself); repeatable", collect, []);
}

/** The filter the options ask for, or null; bad dates are ValidationErrors naming the command. */
export function timeFilter(command: string, options: TimeOptions): ReportFilter | null {
  const query = validate(command, timeQuery, {
    asOf: options.asOf,
    from: options.from,
    to: options.to,
    outlets: options.outlet.join(','),
    speakers: options.speaker.join(','),
  });
  return reportFilter(command, query, { from: '--from', to: '--to' });
}

/** One line for people: what the filter left out and why, the undated reports it kept. */
export function filterLine(json: TimeFilterJson): string {
  const left =
    json.excluded.reports > 0
      ? `${json.excluded.reports} report(s) left out (${json.excluded.reason})`
      : 'no report left out';
  const undated = json.undated > 0 ? `; ${json.undated} undated report(s) kept` : '';
  return `filter: ${left}${undated}${json.empty ? '; nothing left in this filter' : ''}`;
}
