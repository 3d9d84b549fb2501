/**
 * How busy the machine is before a browser measure. Timings at 4× CPU slowdown
 * on two cores move a lot when other work runs (a test suite, a build): the
 * bench waits a while for quiet and records what it found.
 */
import { cpus, loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';

function times(): { idle: number; total: number } {
  let idle = 0;
  let total = 0;
  for (const cpu of cpus()) {
    idle += cpu.times.idle;
    total += cpu.times.user + cpu.times.nice + cpu.times.sys + cpu.times.irq + cpu.times.idle;
  }
  return { idle, total };
}

/** The share of all cores busy over `ms` (0–1), whoever kept them busy. */
export async function cpuBusy(ms = 1000): Promise<number> {
  const before = times();
  await sleep(ms);
  const after = times();
  const total = after.total - before.total;
  return total > 0 ? 1 - (after.idle - before.idle) / total : 0;
}

export interface Quiet {
  /** Share of the cores busy just before the measure started. */
  busy: number;
  /** The 1-minute load average then. */
  load1: number;
  waitedSeconds: number;
}

/** Waits (up to `maxSeconds`) until at most `threshold` of the cores are busy. */
export async function waitForQuiet(maxSeconds = 90, threshold = 0.2): Promise<Quiet> {
  const started = Date.now();
  let busy = await cpuBusy();
  while (busy > threshold && Date.now() - started < maxSeconds * 1000) busy = await cpuBusy(2000);
  return { busy, load1: loadavg()[0] ?? 0, waitedSeconds: Math.round((Date.now() - started) / 1000) };
}
