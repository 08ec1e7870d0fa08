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
  return new Promise((resolve) => setImmediate(resolve));
}

function install(): void {
  if (installed) return;
  installed = true;
  for (const [signal, number] of Object.entries(SIGNALS)) {
    process.on(signal, () => {
      for (const undo of undos.splice(0).reverse()) {
        try {
          undo();
        } catch {
          // Best effort: the next run sweeps what could not be removed now (output-work.ts).
        }
      }
      console.error(`${label}: stopped by ${signal}; temporary files removed, the output folder left as it was`);
      process.exit(128 + number);
    });
  }
}
