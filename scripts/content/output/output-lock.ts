import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ContentError } from '../shared/errors.ts';

/**
 * One run at a time into a folder: two runs writing the same folder would both report success
 * while the last one silently wins. The lock is a hidden file beside the output's real path
 * (`.NAME.content.lock`, where the work folder goes too), so every run into that folder finds it,
 * whatever its temporary folder; it holds the process id, and a lock whose process is gone is
 * stale and taken over. The parent folder must exist.
 */
export function lockFileOf(target: string): string {
  return join(dirname(target), `.${basename(target)}.content.lock`);
}

export function lockOutput(target: string, shown: string): () => void {
  const file = lockFileOf(target);
  const mine = JSON.stringify({ pid: process.pid, folder: target, since: new Date().toISOString() });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, mine, { flag: 'wx' });
      return () => {
        try {
          if (readFileSync(file, 'utf8') === mine) unlinkSync(file);
        } catch {
          // Already gone: nothing to release.
        }
      };
    } catch (error) {
      // Any other failure (a folder the system will not let anyone write) is the caller's to word.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(file);
    if (holder !== null && isAlive(holder.pid)) {
      throw new ContentError(shown, null, `another run is writing ${target} (process ${holder.pid}, since ${holder.since}): expected one run at a time into a folder; wait for it to finish`);
    }
    try {
      unlinkSync(file);
    } catch {
      // Another run removed the stale lock first; the next attempt finds out who holds it now.
    }
  }
  throw new ContentError(shown, null, `another run is taking the lock on ${target} at this moment: expected one run at a time into a folder`);
}

function readHolder(file: string): { pid: number; since: string } | null {
  try {
    const holder = JSON.parse(readFileSync(file, 'utf8')) as { pid?: unknown; since?: unknown };
    return typeof holder.pid === 'number' ? { pid: holder.pid, since: String(holder.since) } : null;
  } catch {
    return null;
  }
}

/** Whether a process with this id is running (EPERM: it is, but belongs to someone else). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
