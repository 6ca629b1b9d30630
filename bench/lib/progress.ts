/**
 * Progress.
 *
 * A one-line progress bar on stderr for long work (redrawn in place on a terminal, a line every
 * few seconds otherwise), and plain log lines that do not tear it.
 */

export class Progress {
  private last = 0;
  private shown = -1;
  private readonly started = performance.now();
  private readonly tty = process.stderr.isTTY === true;

  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly unit = '',
  ) {}

  update(done: number): void {
    const now = performance.now();
    if (done < this.total && now - this.last < (this.tty ? 100 : 5_000)) return;
    this.last = now;
    if (done === this.shown) return;
    this.shown = done;
    const share = this.total > 0 ? Math.min(1, done / this.total) : 1;
    const width = 28;
    const filled = Math.round(share * width);
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? Math.round(done / seconds) : 0;
    const line =
      `  ${this.label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}% ` +
      `${done.toLocaleString('en-US')}/${this.total.toLocaleString('en-US')}${this.unit} ${rate.toLocaleString('en-US')}/s ${seconds.toFixed(1)} s`;
    if (this.tty) process.stderr.write(`\r${line.padEnd(110)}`);
    else process.stderr.write(line + '\n');
  }

  done(): void {
    this.last = -Infinity;
    this.update(this.total);
    if (this.tty) process.stderr.write('\n');
  }
}

/** For work whose progress we cannot see (a LOAD CSV): elapsed time, redrawn. */
export function spinner(label: string): () => void {
  const started = performance.now();
  const tty = process.stderr.isTTY === true;
  const timer = setInterval(
    () => {
      const line = `  ${label} ... ${((performance.now() - started) / 1000).toFixed(0)} s`;
      if (tty) process.stderr.write(`\r${line.padEnd(60)}`);
      else process.stderr.write(line + '\n');
    },
    tty ? 500 : 10_000,
  );
  return () => {
    clearInterval(timer);
    if (tty) process.stderr.write('\r'.padEnd(62) + '\r');
  };
}

export function log(line: string): void {
  process.stderr.write(line + '\n');
}
