/**
 * What a run must undo if it is stopped (Ctrl-C, `kill`, a closed terminal): its temporary folders,
 * its lock, a child build. Each step registers an undo while it holds something and drops it when
 * done; on SIGINT, SIGTERM or SIGHUP the undos run, newest first, and the process exits as a
 * stopped process does (128 + the signal's number).
 *
 * Node runs signal handlers between tasks, so a run must await now and then (see `yieldToSignals`)
 * while it holds something; the commands do, around every step that writes.
 */
const SIGNALS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const;

/**
 * `npm run content` and `npm run site` start the command as npm's own child (`exec` in
 * package.json), but npm does not pass a SIGTERM on: killed, it leaves the run going on its own.
 * A run started that way stops, as if hung up, once npm is gone.
 */
const startedBy = process.ppid;
const watchesNpm = ['content', 'site'].includes(process.env['npm_lifecycle_event'] ?? '');
const npmIsGone = (): boolean => watchesNpm && process.ppid !== startedBy;

const undos: Array<() => void> = [];
let label = 'content';
let installed = false;

/** The word that starts the command's messages (`content`, `site`). */
export function nameCommand(name: string): void {
  label = name;
}

/** Registers an undo; call the returned function once the thing is released normally. */
export function undoIfStopped(undo: () => void): () => void {
  install();
  undos.push(undo);
  return () => {
    const index = undos.lastIndexOf(undo);
    if (index !== -1) undos.splice(index, 1);
  };
}

/** Lets a pending signal be handled before the next step (Node handles signals only between tasks). */
export function yieldToSignals(): Promise<void> {
  return new Promise((resolve) =>
    setImmediate(() => {
      if (npmIsGone()) stop(null, SIGNALS.SIGHUP);
      resolve();
    }),
  );
}

function install(): void {
  if (installed) return;
  installed = true;
  for (const [signal, number] of Object.entries(SIGNALS)) process.on(signal, () => stop(signal, number));
  if (watchesNpm) setInterval(() => npmIsGone() && stop(null, SIGNALS.SIGHUP), 250).unref();
}

/** Undoes what the run holds and exits; `signal` null: npm, which started the run, has ended. */
function stop(signal: string | null, number: number): never {
  for (const undo of undos.splice(0).reverse()) {
    try {
      undo();
    } catch {
      // Best effort: the next run sweeps what could not be removed now (output-work.ts).
    }
  }
  // With npm gone, nobody reads the output any more.
  if (signal !== null) console.error(`${label}: stopped by ${signal}; temporary files removed, the output folder left as it was`);
  process.exit(128 + number);
}
