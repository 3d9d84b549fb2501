/**
 * How busy the machine is before a browser measure. Timings at 4× CPU slowdown
 * on two cores move a lot when other work runs (a test suite, a build): the
 * bench waits a while for quiet and records what it found.
 */
import { readdirSync, readFileSync } from 'node:fs';
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
  /** Share of the cores other processes (not the bench, its browser or server) used during the measure. */
  othersDuring?: number;
  /** The machine's speed just before the measure (`hostSpeed` in browser.ts). */
  speed?: number;
}

/** Waits (up to `maxSeconds`) until at most `threshold` of the cores are busy. */
export async function waitForQuiet(maxSeconds = 90, threshold = 0.2): Promise<Quiet> {
  const started = Date.now();
  let busy = await cpuBusy();
  while (busy > threshold && Date.now() - started < maxSeconds * 1000) busy = await cpuBusy(2000);
  return { busy, load1: loadavg()[0] ?? 0, waitedSeconds: Math.round((Date.now() - started) / 1000) };
}

/** Jiffies the whole machine spent busy and in all, from /proc/stat. */
function machineJiffies(): { busy: number; total: number } {
  const [, ...fields] = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/);
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = fields.map(Number);
  const busy = user + nice + system + irq + softirq + steal;
  return { busy, total: busy + idle + iowait };
}

/** Jiffies this process and all its descendants used, the exited ones included (cutime, cstime). */
function ourJiffies(): number {
  const parent = new Map<number, number>();
  const used = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // Gone meanwhile.
    }
    // Fields after the command (which may hold spaces): state ppid … utime(14) stime cutime cstime(17).
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    parent.set(Number(name), Number(rest[1]));
    used.set(
      Number(name),
      [11, 12, 13, 14].reduce((sum, i) => sum + Number(rest[i] ?? 0), 0),
    );
  }
  let total = 0;
  for (const [pid, jiffies] of used) {
    for (let at: number | undefined = pid; at !== undefined && at > 1; at = parent.get(at)) {
      if (at === process.pid) {
        total += jiffies;
        break;
      }
    }
  }
  return total;
}

/** Starts watching; the function it returns gives the share of all cores (0–1) that other processes used since. */
export function watchOthers(): () => number {
  const machine = machineJiffies();
  const ours = ourJiffies();
  return () => {
    const now = machineJiffies();
    const total = now.total - machine.total;
    return total > 0 ? Math.max(0, (now.busy - machine.busy - (ourJiffies() - ours)) / total) : 0;
  };
}
