/**
 * Output.
 *
 * How the CLI prints: JSON for scripts (`--json`), aligned tables and short lines for people,
 * and one-line errors on stderr with a non-zero exit.
 */
import { LocalNeo4jError, ParleyError } from '../errors.ts';

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

export function printTable(columns: string[], rows: unknown[][], maxWidth = 60): void {
  const text = rows.map((row) =>
    row.map((value) => {
      const shown = cell(value).replace(/\s+/g, ' ');
      return shown.length > maxWidth ? shown.slice(0, maxWidth - 1) + '…' : shown;
    }),
  );
  const widths = columns.map((column, i) => Math.max(column.length, ...text.map((row) => (row[i] ?? '').length)));
  const line = (values: string[]) =>
    values
      .map((value, i) => value.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  console.log(line(columns));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of text) console.log(line(row));
}

/** Prints a failure as one line and sets a non-zero exit code. */
export function fail(error: unknown): void {
  const message =
    error instanceof ParleyError || error instanceof LocalNeo4jError
      ? error.message
      : `parley: ${(error as Error)?.message ?? String(error)}`;
  process.stderr.write(message.split('\n')[0] + '\n');
  const detail = message.split('\n').slice(1).join('\n');
  if (detail && !(error instanceof ParleyError)) process.stderr.write(detail + '\n');
  process.exitCode = error instanceof ParleyError && error.status < 500 ? 2 : 1;
}
