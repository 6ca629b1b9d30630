/**
 * Supervise Neo4j.
 *
 * Keeps the local Neo4j that Parley started alive. When its JVM exits without being asked to
 * (killed, crashed, out of memory), `down` is told at once, so that routes answer 503 straight
 * away instead of waiting on a dead socket; the JVM is then started again on the same home (the
 * data survives) with growing pauses between attempts, a log line for each, and `up` receives
 * the new Bolt address (a new port unless PARLEY_NEO4J_PORT fixes one).
 */
import { startLocalNeo4j, type LocalNeo4jOptions, type RunningNeo4j } from './local-neo4j.ts';

export interface SupervisorHooks {
  /** The JVM is gone; `message` says so and that it is being restarted. */
  down(message: string): void;
  /** A restarted JVM answers at `uri`. */
  up(uri: string): void;
}

export interface SupervisedNeo4j {
  /** The Bolt address of the JVM running now. */
  readonly uri: string;
  /** Stops the JVM for good: no restart follows. */
  stop(): Promise<void>;
}

/** Pauses before restart attempts: `firstMs`, doubling up to `maxMs`; a JVM up for `stableMs` starts the count again. */
export const RESTART_BACKOFF = { firstMs: 500, maxMs: 30_000, stableMs: 60_000 };

export async function superviseLocalNeo4j(
  options: LocalNeo4jOptions,
  hooks: SupervisorHooks,
  backoff: typeof RESTART_BACKOFF = RESTART_BACKOFF,
): Promise<SupervisedNeo4j> {
  const log = options.log ?? (() => {});
  let current: RunningNeo4j = await startLocalNeo4j(options);
  let upSince = Date.now();
  let attempts = 0;
  let stopping = false;
  let restarting: Promise<void> | undefined;
  let wake = () => {};

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const restart = async (how: string) => {
    // A JVM that dies soon after each start keeps backing off; one that ran a while starts afresh.
    if (Date.now() - upSince > backoff.stableMs) attempts = 0;
    while (!stopping) {
      attempts += 1;
      const delayMs = Math.min(backoff.firstMs * 2 ** (attempts - 1), backoff.maxMs);
      hooks.down(`neo4j: the local Neo4j stopped (${how}) and is restarting (attempt ${attempts}); retry shortly`);
      log(`neo4j-local: Neo4j exited (${how}); restart attempt ${attempts} in ${(delayMs / 1000).toFixed(1)} s`);
      await pause(delayMs);
      if (stopping) return;
      try {
        current = await startLocalNeo4j(options);
      } catch (error) {
        how = `restart failed: ${(error as Error).message.split('\n')[0]}`;
        continue;
      }
      if (stopping) return;
      upSince = Date.now();
      log(`neo4j-local: Neo4j is back at ${current.uri} (attempt ${attempts})`);
      hooks.up(current.uri);
      watch(current);
      return;
    }
  };

  const watch = (running: RunningNeo4j) => {
    void running.exited.then((how) => {
      if (!stopping && running === current) restarting = restart(how);
    });
  };
  watch(current);

  return {
    get uri() {
      return current.uri;
    },
    async stop() {
      stopping = true;
      wake();
      await restarting;
      await current.stop();
    },
  };
}
