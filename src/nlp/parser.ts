/**
 * Parser.
 *
 * Runs `corenlp-local/` (Stanford CoreNLP 4.5.10, enhanced++ Universal Dependencies) as one warm
 * JVM that Parley starts on first use and stops with the app: one process, many articles. The jar
 * is built with Maven on first use (the models, 474 MB, come through ~/.m2 once) and rebuilt only
 * when its sources are newer. Requests are JSON lines matched to answers by id. A request that
 * outlives its deadline (60 s, `PARLEY_NLP_DEADLINE_MS`) kills the process, so one pathological
 * text cannot hold the parser for a minute; the shared parser starts afresh on next use.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../config.ts';
import { ParserError } from '../errors.ts';

const execFileAsync = promisify(execFile);
const DIR = path.join(PROJECT_ROOT, 'corenlp-local');
const JAR = path.join(DIR, 'target', 'corenlp-local.jar');
const SOURCES = [path.join(DIR, 'pom.xml'), path.join(DIR, 'src/main/java/parley/CoreNlpLocal.java')];
const INSTALL_HINT =
  'Install a JDK 17+ and Maven 3.8+ (Debian/Ubuntu: apt-get install -y openjdk-17-jdk-headless maven).';

/** One token: its words and offsets (into the sentence or text sent), lemma and POS tag. */
export interface ParsedToken {
  word: string;
  start: number;
  end: number;
  lemma: string;
  pos: string;
}

/** A dependency edge; token indices are 1-based, 0 is the root. */
export interface Dependency {
  gov: number;
  dep: number;
  rel: string;
}

export interface ParsedSentence {
  tokens: ParsedToken[];
  deps: Dependency[];
}

interface Answer {
  id: number;
  sentences?: { tokens: [string, number, number, string, string][]; deps: [number, number, string][] }[];
  error?: string;
}

/**
 * A hyphen between spaces is a dash ("the guarantors - Russia, Iran and Turkey - announced"):
 * CoreNLP reads it as a hyphen and joins the words round it into one compound. An em dash of
 * the same length keeps the offsets and gives the list its own phrase.
 */
function asDashes(text: string): string {
  return text.replace(/(?<=\s)-(?=\s)/g, '\u2014');
}

/**
 * An acronym in brackets after a name ("Syrian Negotiations Commission (SNC) spokesman Yahya
 * al-Aridi") makes CoreNLP cut the name off the rest of its phrase, so the title loses its holder.
 * Spaces of the same length keep the offsets; the entity finder still reads the acronym.
 */
function withoutAcronymAsides(text: string): string {
  return text.replace(/(?<=\S\s)\((?:[A-Z]\.?){2,6}\)(?=[\s,.;:])/g, (aside) => ' '.repeat(aside.length));
}

/** The text as the parser should read it: same length, same offsets. */
function forParser(text: string): string {
  return withoutAcronymAsides(asDashes(text));
}

function jarIsCurrent(): boolean {
  if (!fs.existsSync(JAR) || !fs.existsSync(path.join(DIR, 'target', 'lib'))) return false;
  const built = fs.statSync(JAR).mtimeMs;
  return SOURCES.every((file) => fs.statSync(file).mtimeMs <= built);
}

/** Builds the parser jar with Maven unless an up-to-date one exists. */
export async function ensureParserBuilt(log: (line: string) => void = (line) => process.stderr.write(`${line}\n`)) {
  if (jarIsCurrent()) return JAR;
  for (const tool of ['java', 'mvn']) {
    try {
      await execFileAsync(tool, tool === 'java' ? ['-version'] : ['-v']);
    } catch {
      throw new ParserError(`parser: no '${tool}' on PATH to build and run CoreNLP. ${INSTALL_HINT}`);
    }
  }
  log('downloading CoreNLP models (474 MB, first run only)…');
  try {
    await execFileAsync('mvn', ['-q', '-B', '-DskipTests', 'package'], { cwd: DIR, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const output = (error as { stdout?: string }).stdout ?? '';
    throw new ParserError(`parser: the Maven build failed in ${DIR}:\n${output.split('\n').slice(-8).join('\n')}`);
  }
  return JAR;
}

/** A running parser process. */
export class Parser {
  private next = 1;
  private readonly pending = new Map<number, { resolve: (a: Answer) => void; reject: (e: Error) => void }>();
  private exited: Error | null = null;
  private readonly deadlineMs = Number(process.env.PARLEY_NLP_DEADLINE_MS ?? 60_000);

  private constructor(private readonly child: ChildProcess) {
    child.once('exit', (code) => {
      this.exited ??= new ParserError(`parser: the CoreNLP process exited (code ${code})`);
      for (const p of this.pending.values()) p.reject(this.exited);
      this.pending.clear();
    });
  }

  /** Whether the process has exited (or was killed at a deadline). */
  get stopped(): boolean {
    return this.exited !== null || this.child.exitCode !== null || this.child.signalCode !== null;
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** Starts the JVM and waits until its models are loaded. */
  static async start(options: { heap?: string; timeoutMs?: number } = {}): Promise<Parser> {
    await ensureParserBuilt();
    const heap = options.heap ?? process.env.PARLEY_NLP_HEAP ?? '2g';
    const child = spawn('java', [`-Xmx${heap}`, '-XX:+UseSerialGC', '-jar', JAR], { stdio: ['pipe', 'pipe', 'pipe'] });
    let errors = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      errors = (errors + chunk.toString()).slice(-4000);
    });
    const lines = readline.createInterface({ input: child.stdout! });
    const parser = new Parser(child);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new ParserError(`parser: CoreNLP was not ready within ${options.timeoutMs ?? 180_000} ms`));
      }, options.timeoutMs ?? 180_000);
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(new ParserError(`parser: could not run java: ${error.message}. ${INSTALL_HINT}`));
      });
      child.once('exit', () => {
        clearTimeout(timer);
        reject(new ParserError(`parser: CoreNLP did not start:\n${errors.split('\n').slice(-6).join('\n')}`));
      });
      lines.once('line', (line) => {
        clearTimeout(timer);
        if (line.startsWith('CORENLP_READY')) resolve();
        else reject(new ParserError(`parser: unexpected first line from CoreNLP: ${line.slice(0, 200)}`));
      });
    });
    lines.on('line', (line) => parser.receive(line));
    return parser;
  }

  private receive(line: string): void {
    const answer = JSON.parse(line) as Answer;
    const waiting = this.pending.get(answer.id);
    if (!waiting) return;
    this.pending.delete(answer.id);
    waiting.resolve(answer);
  }

  private async request(
    body: { text: string } | { sentences: string[] },
    deadlineMs = this.deadlineMs,
  ): Promise<ParsedSentence[]> {
    if (this.exited) throw this.exited;
    const id = this.next++;
    let timer: NodeJS.Timeout | undefined;
    const answer = await new Promise<Answer>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      timer = setTimeout(() => {
        this.exited = new ParserError(
          `parser: no parse within ${deadlineMs} ms, so the CoreNLP process was stopped (split the text into shorter sentences or articles)`,
        );
        this.child.kill('SIGKILL');
      }, deadlineMs);
      this.child.stdin!.write(`${JSON.stringify({ id, ...body })}\n`);
    }).finally(() => clearTimeout(timer));
    if (answer.error !== undefined || !answer.sentences)
      throw new ParserError(`parser: ${answer.error ?? 'no answer'}`);
    return answer.sentences.map((s) => ({
      tokens: s.tokens.map(([word, start, end, lemma, pos]) => ({ word, start, end, lemma, pos })),
      deps: s.deps.map(([gov, dep, rel]) => ({ gov, dep, rel })),
    }));
  }

  /** Parses a text the parser splits into sentences itself. */
  parseText(text: string, options: { deadlineMs?: number } = {}): Promise<ParsedSentence[]> {
    return this.request({ text: forParser(text) }, options.deadlineMs);
  }

  /** Parses sentences already split; answer i belongs to sentence i, offsets relative to it. */
  parseSentences(sentences: string[], options: { deadlineMs?: number } = {}): Promise<ParsedSentence[]> {
    return this.request({ sentences: sentences.map(forParser) }, options.deadlineMs);
  }

  /** Closes stdin (the JVM exits by itself) and waits for the exit. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.stdin!.end();
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
}

let shared: Promise<Parser> | null = null;

/** The app's one parser, started on first use (and again after it was stopped at a deadline). */
export async function sharedParser(): Promise<Parser> {
  if (shared && (await shared.catch(() => null))?.stopped) shared = null;
  if (!shared) {
    shared = Parser.start();
    shared.catch(() => (shared = null));
  }
  return shared;
}

/** Stops the shared parser if one was started. */
export async function stopSharedParser(): Promise<void> {
  const running = shared;
  shared = null;
  if (running) await (await running).stop();
}
