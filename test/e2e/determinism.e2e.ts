import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** path → sha256 of every file under a folder. */
function fingerprint(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return files;
}

function build(outDir: string): void {
  // The same steps as `npm run build`, into another folder (the content stage writes src/generated).
  const run = (command: string, args: string[]) => execFileSync(command, args, { stdio: 'pipe', env: process.env });
  run(process.execPath, ['scripts/content/cli.ts']);
  run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir]);
  run(process.execPath, ['scripts/search/build-index.ts', outDir]);
  run(process.execPath, ['scripts/offline/write-service-worker.ts', outDir]);
}

describe('the build', () => {
  it('is deterministic: two builds of the same commit are byte-identical', { timeout: 600_000 }, () => {
    const work = mkdtempSync(join(tmpdir(), 'determinism-'));
    build(join(work, 'first'));
    build(join(work, 'second'));
    const [first, second] = [fingerprint(join(work, 'first')), fingerprint(join(work, 'second'))];
    expect(Object.keys(first).length).toBeGreaterThan(100);
    const differing = Object.keys({ ...first, ...second }).filter((path) => first[path] !== second[path]);
    expect(differing).toEqual([]);
  });
});
