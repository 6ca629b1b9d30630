/**
 * Machine.
 *
 * What the machine was doing while we measured (load average, CPU count, free memory) and the
 * memory high-water marks of processes, read from /proc/<pid>/status (VmHWM = peak RSS).
 */
import fs from 'node:fs';
import os from 'node:os';

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  totalMemMiB: number;
  freeMemMiB: number;
  loadavg: number[];
  node: string;
  at: string;
}

export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    totalMemMiB: Math.round(os.totalmem() / 2 ** 20),
    freeMemMiB: Math.round(os.freemem() / 2 ** 20),
    loadavg: os.loadavg().map((x) => Math.round(x * 100) / 100),
    node: process.version,
    at: new Date().toISOString(),
  };
}

export interface ProcMemory {
  /** Peak resident set size, MiB. */
  peakRssMiB: number;
  rssMiB: number;
}

/** Memory of a process by pid (Linux); undefined when /proc is not there or the process is gone. */
export function procMemory(pid: number): ProcMemory | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { peakRssMiB: Math.round(kib('VmHWM') / 1024), rssMiB: Math.round(kib('VmRSS') / 1024) };
  } catch {
    return undefined;
  }
}

/** Samples the load average during a suite: the noise other work on the machine added. */
export class LoadSampler {
  private readonly samples: number[] = [];
  private timer: NodeJS.Timeout | undefined;

  start(everyMs = 2_000): this {
    this.samples.push(os.loadavg()[0]!);
    this.timer = setInterval(() => this.samples.push(os.loadavg()[0]!), everyMs);
    this.timer.unref();
    return this;
  }

  stop(): { min: number; max: number; mean: number } {
    clearInterval(this.timer);
    this.samples.push(os.loadavg()[0]!);
    const mean = this.samples.reduce((a, b) => a + b, 0) / this.samples.length;
    const round = (x: number) => Math.round(x * 100) / 100;
    return { min: round(Math.min(...this.samples)), max: round(Math.max(...this.samples)), mean: round(mean) };
  }
}
