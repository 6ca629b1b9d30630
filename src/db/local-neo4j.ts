/**
 * Local Neo4j.
 *
 * Builds (once, cached) and runs `neo4j-local/`, the embedded Neo4j Community launcher, so that a
 * new user needs no database install. Two ways to run it: as a child owned by this process (its
 * stdin is a pipe, so the JVM exits if we die), or detached for `parley db start`, with a state
 * file beside the store that later commands read.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { LOCAL_NEO4J_MEMORY, PROJECT_ROOT } from '../config.ts';
import { LocalNeo4jError } from '../errors.ts';

const execFileAsync = promisify(execFile);

const LAUNCHER_DIR = path.join(PROJECT_ROOT, 'neo4j-local');
const JAR = path.join(LAUNCHER_DIR, 'target', 'neo4j-local.jar');
const READY = /NEO4J_READY (bolt:\/\/\S+)/;
const STATE_FILE = 'parley-neo4j.json';
const JAVA_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
];
const INSTALL_HINT =
  'Install a JDK 17+ and Maven 3.8+ (Debian/Ubuntu: apt-get install -y openjdk-17-jdk-headless maven), ' +
  'or point Parley at an existing Neo4j 5 with NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD).';

export interface LocalNeo4jOptions {
  home: string;
  port?: number;
  heap?: string;
  pagecache?: string;
  /** How long to wait for Bolt, in ms. */
  timeoutMs?: number;
  /** LOAD CSV from `file:///` under HOME/import (the bench's baseline only; off everywhere else). */
  allowCsvImport?: boolean;
  log?: (line: string) => void;
}

export interface RunningNeo4j {
  uri: string;
  pid: number;
  /** Settles when the JVM exits, for whatever reason, with how it ended ("signal SIGKILL", "exit code 1"). */
  exited: Promise<string>;
  stop(): Promise<void>;
}

export interface LocalNeo4jState {
  pid: number;
  uri: string;
  home: string;
  startedAt: string;
}

async function javaMajorVersion(): Promise<number> {
  try {
    const { stderr, stdout } = await execFileAsync('java', ['-version']);
    const match = /version "(\d+)(?:\.(\d+))?/.exec(stderr + stdout);
    if (!match) return 0;
    // Java 8 and older report "1.8"; anything that old is too old anyway.
    return match[1] === '1' ? Number(match[2]) : Number(match[1]);
  } catch {
    throw new LocalNeo4jError(`neo4j-local: no 'java' on PATH. ${INSTALL_HINT}`);
  }
}

function jarIsCurrent(): boolean {
  if (!fs.existsSync(JAR) || !fs.existsSync(path.join(LAUNCHER_DIR, 'target', 'lib'))) return false;
  const built = fs.statSync(JAR).mtimeMs;
  const sources = [path.join(LAUNCHER_DIR, 'pom.xml'), path.join(LAUNCHER_DIR, 'src/main/java/parley/Neo4jLocal.java')];
  return sources.every((file) => fs.statSync(file).mtimeMs <= built);
}

/** Builds the launcher jar with Maven unless an up-to-date one exists. */
export async function ensureLauncherBuilt(log: (line: string) => void = () => {}): Promise<string> {
  const major = await javaMajorVersion();
  if (major < 17) {
    throw new LocalNeo4jError(`neo4j-local: Java ${major} found, Neo4j 5.26 needs Java 17 or newer. ${INSTALL_HINT}`);
  }
  if (jarIsCurrent()) return JAR;
  try {
    await execFileAsync('mvn', ['-v']);
  } catch {
    throw new LocalNeo4jError(`neo4j-local: no 'mvn' on PATH to build the local Neo4j. ${INSTALL_HINT}`);
  }
  log('Building the local Neo4j launcher with Maven (the first run downloads about 100 MB; later runs reuse it)...');
  const started = Date.now();
  try {
    await execFileAsync('mvn', ['-q', '-B', '-DskipTests', 'package'], {
      cwd: LAUNCHER_DIR,
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const output = (error as { stdout?: string; stderr?: string }).stdout ?? '';
    const lastLines = output.split('\n').filter(Boolean).slice(-8).join('\n');
    throw new LocalNeo4jError(`neo4j-local: the Maven build failed in ${LAUNCHER_DIR}:\n${lastLines}`);
  }
  log(`Built the local Neo4j launcher in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return JAR;
}

function javaArgs(options: LocalNeo4jOptions, detached: boolean): string[] {
  const heap = options.heap ?? LOCAL_NEO4J_MEMORY.heap;
  return [
    ...JAVA_FLAGS,
    // The whole heap from the start (Neo4j's own advice): grown from the JVM's default quarter,
    // the heap collected its young generation 11-84 times in a 10-15 s paths cell at 100k
    // entities, 3 times with the whole heap (bench/HISTORY.md, 2026-12-07 h-p99).
    `-Xms${heap}`,
    `-Xmx${heap}`,
    '-jar',
    JAR,
    '--home',
    options.home,
    '--port',
    String(options.port ?? 0),
    '--pagecache',
    // Taken only as the store fills it; a 100k-entity store is ~1 GB, and 512 MiB read it from disk.
    options.pagecache ?? LOCAL_NEO4J_MEMORY.pagecache,
    ...(detached ? ['--no-stdin-watch'] : []),
    ...(options.allowCsvImport ? ['--allow-csv-import'] : []),
  ];
}

function explainFailure(home: string, output: string): string {
  const debugLog = path.join(home, 'logs', 'debug.log');
  const text = output + (fs.existsSync(debugLog) ? fs.readFileSync(debugLog, 'utf8').slice(-4000) : '');
  if (/store_lock|StoreLockException|FileLockException/i.test(text)) {
    return (
      `neo4j-local: another process holds the database in ${home}. ` +
      `If 'npx parley db start' started it, use it as it is or stop it with 'npx parley db stop'.`
    );
  }
  if (/Address already in use|BindException/i.test(text)) {
    return `neo4j-local: the Bolt port is already in use; choose another with PARLEY_NEO4J_PORT (0 picks a free one).`;
  }
  const lines = output.split('\n').filter(Boolean).slice(-6).join('\n');
  return `neo4j-local: Neo4j did not start (see ${debugLog}):\n${lines}`;
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Starts Neo4j as a child of this process; it stops when `stop()` is called or this process dies. */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<RunningNeo4j> {
  await ensureLauncherBuilt(options.log);
  fs.mkdirSync(options.home, { recursive: true });
  const child = spawn('java', javaArgs(options, false), { stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  const uri = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new LocalNeo4jError(`neo4j-local: Neo4j was not ready within ${options.timeoutMs ?? 120_000} ms`));
    }, options.timeoutMs ?? 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = READY.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new LocalNeo4jError(`neo4j-local: could not run java: ${error.message}. ${INSTALL_HINT}`));
    });
    child.once('exit', () => {
      clearTimeout(timer);
      reject(new LocalNeo4jError(explainFailure(options.home, output)));
    });
  });
  // Keep draining output so a chatty JVM never blocks on a full pipe.
  child.stdout!.resume();
  child.stderr!.resume();
  // Recorded like a `db start` server, so other parley commands share it instead of fighting
  // over the store lock.
  const stateFile = path.join(options.home, STATE_FILE);
  const state: LocalNeo4jState = { pid: child.pid!, uri, home: options.home, startedAt: new Date().toISOString() };
  fs.writeFileSync(stateFile, JSON.stringify(state, null, 2));
  const exited = new Promise<string>((resolve) => {
    const describe = () => (child.signalCode ? `signal ${child.signalCode}` : `exit code ${child.exitCode}`);
    if (child.exitCode !== null || child.signalCode !== null) resolve(describe());
    else child.once('exit', () => resolve(describe()));
  });
  return {
    uri,
    pid: child.pid!,
    exited,
    async stop() {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, 30_000))) child.kill('SIGKILL');
      fs.rmSync(stateFile, { force: true });
    },
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The detached Neo4j recorded in `home`, if its process is still alive. */
export function readLocalState(home: string): LocalNeo4jState | undefined {
  const file = path.join(home, STATE_FILE);
  if (!fs.existsSync(file)) return undefined;
  try {
    const state = JSON.parse(fs.readFileSync(file, 'utf8')) as LocalNeo4jState;
    if (isAlive(state.pid)) return state;
  } catch {
    // An unreadable state file is as good as none; it is rewritten on the next start.
  }
  fs.rmSync(file, { force: true });
  return undefined;
}

/** Starts Neo4j in the background for `parley db start`; it outlives this process. */
export async function startDetachedNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4jState> {
  const running = readLocalState(options.home);
  if (running) return running;
  await ensureLauncherBuilt(options.log);
  fs.mkdirSync(path.join(options.home, 'logs'), { recursive: true });
  const logFile = path.join(options.home, 'logs', 'neo4j-local.out');
  const out = fs.openSync(logFile, 'w');
  const child = spawn('java', javaArgs(options, true), { detached: true, stdio: ['ignore', out, out] });
  let exited = false;
  child.once('exit', () => (exited = true));
  child.unref();
  fs.closeSync(out);
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  while (Date.now() < deadline) {
    const output = fs.readFileSync(logFile, 'utf8');
    const match = READY.exec(output);
    if (match) {
      const state: LocalNeo4jState = {
        pid: child.pid!,
        uri: match[1]!,
        home: options.home,
        startedAt: new Date().toISOString(),
      };
      fs.writeFileSync(path.join(options.home, STATE_FILE), JSON.stringify(state, null, 2));
      return state;
    }
    if (exited) throw new LocalNeo4jError(explainFailure(options.home, output));
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  process.kill(child.pid!, 'SIGKILL');
  throw new LocalNeo4jError(`neo4j-local: Neo4j was not ready within ${options.timeoutMs ?? 120_000} ms`);
}

/** Stops the detached Neo4j recorded in `home`; false when none was running. */
export async function stopDetachedNeo4j(home: string): Promise<boolean> {
  const state = readLocalState(home);
  if (!state) return false;
  process.kill(state.pid, 'SIGTERM');
  const deadline = Date.now() + 30_000;
  while (isAlive(state.pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
  if (isAlive(state.pid)) process.kill(state.pid, 'SIGKILL');
  fs.rmSync(path.join(home, STATE_FILE), { force: true });
  return true;
}
