import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isAlive } from './output-lock.ts';

/**
 * Work folders: where a run builds before it swaps the result in. Each holds an owner file with the
 * run's process id, so that a later run can tell one left behind by a run that was killed outright
 * (SIGKILL, a power cut: no undo could run) from one in use, and sweep it. Nothing else is swept:
 * a folder without this tool's owner file is never removed, whatever its name.
 */
const OWNER_FILE = '.owner.json';
const TOOL = 'ganzhou-report work folder';

/** A new, uniquely named work folder `parent/<prefix>XXXXXX`, owned by this process. */
export function makeWorkFolder(parent: string, prefix: string): string {
  const work = mkdtempSync(join(parent, prefix));
  writeFileSync(join(work, OWNER_FILE), JSON.stringify({ tool: TOOL, pid: process.pid }));
  return work;
}

/**
 * Removes the work folders `parent/<prefix>*` whose run has ended. A run killed between its two
 * renames leaves the previous output in `old/` and nothing at `restoreTo`: that output is put back.
 */
export function sweepWorkFolders(parent: string, prefix: string, restoreTo?: string): void {
  let names: string[];
  try {
    names = readdirSync(parent).filter((name) => name.startsWith(prefix));
  } catch {
    return;
  }
  for (const name of names) {
    const work = join(parent, name);
    const pid = ownerOf(work);
    if (pid === null || isAlive(pid)) continue;
    try {
      if (restoreTo !== undefined && !existsSync(restoreTo) && existsSync(join(work, 'old'))) renameSync(join(work, 'old'), restoreTo);
      rmSync(work, { recursive: true, force: true });
    } catch {
      // Left for the next run; this run does not depend on it.
    }
  }
}

function ownerOf(work: string): number | null {
  try {
    const owner = JSON.parse(readFileSync(join(work, OWNER_FILE), 'utf8')) as { tool?: unknown; pid?: unknown };
    return owner.tool === TOOL && typeof owner.pid === 'number' ? owner.pid : null;
  } catch {
    return null;
  }
}
