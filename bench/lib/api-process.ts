/**
 * API process.
 *
 * Starts bench/api-server.ts as a child (Node + tsx, like `npm start`), waits for its port and
 * reads its peak RSS from /proc. Its stdin is a pipe, so it exits if the bench dies.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { procMemory, type ProcMemory } from './machine.ts';
import { BENCH_DIR } from './suite.ts';

export interface ApiProcess {
  url: string;
  pid: number;
  memory(): ProcMemory | undefined;
  /** The last few KB it wrote (its error log, when a route fails). */
  output(): string;
  stop(): Promise<void>;
}

/** `withClient`: serve the built web client too, as `parley serve` does. */
export async function startApi(neo4jUri: string, options: { withClient?: boolean } = {}): Promise<ApiProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(BENCH_DIR, 'api-server.ts')], {
    env: {
      ...process.env,
      BENCH_NEO4J_URI: neo4jUri,
      NODE_ENV: 'production',
      ...(options.withClient ? { BENCH_CLIENT: '1' } : {}),
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`api: not ready within 180 s:\n${output}`)), 180_000);
    const onData = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-8_000);
      const match = /API_READY (\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`api: exited with ${code}:\n${output}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    memory: () => procMemory(child.pid!),
    output: () => output,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}
