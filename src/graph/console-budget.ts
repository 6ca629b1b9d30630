/**
 * Console budget.
 *
 * The Cypher console shares the driver pool with search, details and paths, so a burst of slow
 * console queries could take every connection. It gets a small budget of its own: at most
 * `perClient` running queries per client address and `total` in all, a short queue behind them,
 * and beyond that a TooManyRequestsError (429) telling the client when to retry.
 */
import { TooManyRequestsError } from '../errors.ts';

export interface ConsoleBudgetLimits {
  perClient: number;
  total: number;
  /** Queries that may wait for a free slot before new ones are refused. */
  queue: number;
}

interface Waiter {
  client: string;
  start: () => void;
}

export class ConsoleBudget {
  private readonly running = new Map<string, number>();
  private runningTotal = 0;
  private readonly waiting: Waiter[] = [];

  constructor(
    private readonly limits: ConsoleBudgetLimits,
    private readonly retryAfterSeconds: number,
  ) {}

  /** Runs `work` when the budget allows, or refuses at once when the queue is full. */
  async run<T>(client: string, work: () => Promise<T>): Promise<T> {
    await this.acquire(client);
    try {
      return await work();
    } finally {
      this.release(client);
    }
  }

  private fits(client: string): boolean {
    return this.runningTotal < this.limits.total && (this.running.get(client) ?? 0) < this.limits.perClient;
  }

  private take(client: string): void {
    this.running.set(client, (this.running.get(client) ?? 0) + 1);
    this.runningTotal += 1;
  }

  private acquire(client: string): Promise<void> {
    if (this.fits(client)) {
      this.take(client);
      return Promise.resolve();
    }
    const queuedForClient = this.waiting.filter((waiter) => waiter.client === client).length;
    if (this.waiting.length >= this.limits.queue || queuedForClient >= this.limits.perClient) {
      throw new TooManyRequestsError(
        `cypher: too many console queries at once (at most ${this.limits.perClient} per client and ` +
          `${this.limits.total} in all); retry in ${this.retryAfterSeconds} s`,
        this.retryAfterSeconds,
      );
    }
    return new Promise((resolve) => this.waiting.push({ client, start: resolve }));
  }

  private release(client: string): void {
    const left = (this.running.get(client) ?? 1) - 1;
    if (left === 0) this.running.delete(client);
    else this.running.set(client, left);
    this.runningTotal -= 1;
    const next = this.waiting.findIndex((waiter) => this.fits(waiter.client));
    if (next === -1) return;
    const [waiter] = this.waiting.splice(next, 1);
    this.take(waiter!.client);
    waiter!.start();
  }
}
