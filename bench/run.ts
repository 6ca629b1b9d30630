/**
 * Bench runner.
 *
 * `npm run bench` runs every suite at its default sizes; `npm run bench -- --only load,api
 * --size 100k --runs 5` narrows it. Each suite prints its tables on stdout (progress goes to
 * stderr) and writes bench/results/<suite>.json. See bench/README.md for how to read them.
 */
import { parseSize } from './generate.ts';
import { machineInfo } from './lib/machine.ts';
import { log } from './lib/progress.ts';
import { writeResult, type SuiteOptions, type SuiteResult } from './lib/suite.ts';

const SUITES = ['load', 'api', 'paths', 'client', 'extract', 'soak'] as const;
type SuiteName = (typeof SUITES)[number];

/** Sizes a suite runs at when --size is not given: what fits a ~15 minute default run on 2 cores. */
const DEFAULT_SIZES: Record<SuiteName, number[]> = {
  load: [10_000],
  api: [10_000],
  paths: [10_000],
  client: [1_000, 10_000],
  extract: [100],
  soak: [10_000],
};

const USAGE = `usage: npm run bench -- [--only ${SUITES.join('|')}[,...]] [--size 1k|10k|50k|100k[,...]] [--runs N] [--duration S] [--seed N]`;

function parseArgs(argv: string[]) {
  const args = {
    only: [...SUITES] as SuiteName[],
    sizes: undefined as number[] | undefined,
    runs: 3,
    duration: 5,
    seed: 42,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`bench: ${flag} needs a value\n${USAGE}`);
      return next;
    };
    if (flag === '--only') {
      const names = value().split(',');
      for (const name of names) {
        if (!(SUITES as readonly string[]).includes(name)) throw new Error(`bench: unknown suite '${name}'\n${USAGE}`);
      }
      args.only = names as SuiteName[];
    } else if (flag === '--size') args.sizes = value().split(',').map(parseSize);
    else if (flag === '--runs') args.runs = Math.max(1, Number(value()));
    else if (flag === '--duration') args.duration = Math.max(1, Number(value()));
    else if (flag === '--seed') args.seed = Number(value());
    else if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`bench: unknown option '${flag}'\n${USAGE}`);
  }
  return args;
}

async function runSuite(name: SuiteName, options: SuiteOptions): Promise<SuiteResult | undefined> {
  switch (name) {
    case 'load':
      return (await import('./suites/load.ts')).runLoad(options);
    case 'api':
      return (await import('./suites/api.ts')).runApi(options);
    case 'paths':
      return (await import('./suites/paths.ts')).runPaths(options);
    case 'client':
      return (await import('./suites/client.ts')).runClient(options);
    case 'extract':
      return (await import('./suites/extract.ts')).runExtract(options);
    case 'soak':
      return (await import('./suites/soak.ts')).runSoak(options);
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const machine = machineInfo();
  console.log(
    `# Parley bench, ${machine.at}\n\nmachine: ${machine.cpus} x ${machine.cpuModel}, ${machine.totalMemMiB} MiB, ` +
      `Node ${machine.node}, load average at start ${machine.loadavg.join(' ')}`,
  );
  const started = performance.now();
  let failed = false;
  for (const name of args.only) {
    const options: SuiteOptions = {
      sizes: args.sizes ?? DEFAULT_SIZES[name],
      runs: args.runs,
      duration: args.duration,
      seed: args.seed,
    };
    log(`\n== ${name} (sizes ${options.sizes.join(', ')})`);
    const suiteStarted = performance.now();
    try {
      const result = await runSuite(name, options);
      if (result) log(`  wrote ${writeResult(result)} (${((performance.now() - suiteStarted) / 1000).toFixed(0)} s)`);
    } catch (error) {
      failed = true;
      console.log(`\n## ${name}: FAILED: ${(error as Error).message}`);
      log((error as Error).stack ?? '');
    }
  }
  log(`\nbench finished in ${((performance.now() - started) / 60_000).toFixed(1)} min`);
  process.exitCode = failed ? 1 : 0;
}

main().catch((error) => {
  console.error((error as Error).message);
  process.exit(1);
});
