/**
 * Suite.
 *
 * What every suite gets (its options) and gives back (a result written to
 * bench/results/<suite>.json, and the tables already printed).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { machineInfo, type LoadSampler, type MachineInfo } from './machine.ts';

export const BENCH_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const RESULTS_DIR = path.join(BENCH_DIR, 'results');

export interface SuiteOptions {
  /** Entity counts to run at, e.g. [1000, 10000]. */
  sizes: number[];
  /** Measured runs after the warm-up. */
  runs: number;
  /** Seconds per autocannon measurement (api). */
  duration: number;
  seed: number;
}

export interface SuiteResult {
  suite: string;
  machine: MachineInfo;
  options: SuiteOptions;
  /** Load average over the suite: the machine noise. */
  load: { min: number; max: number; mean: number };
  seconds: number;
  [key: string]: unknown;
}

export function sizeLabel(size: number): string {
  return size >= 1000 && size % 1000 === 0 ? `${size / 1000}k` : String(size);
}

export function writeResult(result: SuiteResult): string {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${result.suite}.json`);
  fs.writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
  return file;
}

export { machineInfo };

/** Peak RSS of this (the bench) process, MiB. */
export function selfPeakRssMiB(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/**
 * Prints a suite's tables under its heading with the machine noise, and gives the common part of
 * its result (suite, machine, options, load, seconds).
 */
export function closeSuite(
  suite: string,
  heading: string,
  blocks: string[],
  context: { sampler: LoadSampler; options: SuiteOptions; started: number },
): SuiteResult {
  const load = context.sampler.stop();
  console.log(`\n## ${heading}`);
  for (const block of blocks) console.log(block);
  console.log(
    `\nnoise: load average ${load.min}-${load.max} (mean ${load.mean}); bench process peak RSS ${selfPeakRssMiB()} MiB`,
  );
  return {
    suite,
    machine: machineInfo(),
    options: context.options,
    load,
    seconds: (performance.now() - context.started) / 1000,
  };
}
