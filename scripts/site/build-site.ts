/**
 * `npm run site -- --source FILE --out DIR` builds the whole static site for any report of the
 * genre into DIR: the Chinese pages, an English edition that says each paragraph is not translated
 * yet, search, open data and the source note; curated layers appear only where their data exist.
 * (`--content DIR` builds from a content folder laid out like content/, English may be partial.)
 *
 * The build runs in a scratch copy of the project, so the project's own src/generated/ and dist/
 * are never touched; DIR is checked like `npm run content`'s --out before anything starts and is
 * replaced only when every step has succeeded, so a failed build leaves the previous DIR as it was.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { buildContent, outputRules } from '../content/build-content.ts';
import { ContentError } from '../content/errors.ts';
import { parseOptions, type ParsedOptions } from '../content/options.ts';
import { checkOutputFolder, replaceOutputFolder } from '../content/output-folder.ts';

const USAGE = 'Usage: npm run site -- (--source FILE [--places FILE] | --content DIR) --out DIR';
const PROJECT = resolve(import.meta.dirname, '..', '..');
/** What an Astro build of this project reads, besides src/generated/ (made fresh in the copy). */
const PROJECT_FILES = ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

class StepFailed extends Error {}

function run(step: string, args: string[], cwd: string, env: Record<string, string> = {}): void {
  const result = spawnSync(process.execPath, args, {
    cwd,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  if (result.status !== 0)
    throw new StepFailed(
      `${step} failed (exit status ${result.status ?? result.signal}); see its messages above. The output folder was not changed.`,
    );
}

/** A scratch copy of the project that shares its node_modules, with the report's content in src/generated/. */
function prepareWorkspace(): string {
  const workspace = mkdtempSync(join(tmpdir(), 'report-site-'));
  for (const entry of PROJECT_FILES) {
    cpSync(join(PROJECT, entry), join(workspace, entry), {
      recursive: true,
      filter: (path) => !relative(PROJECT, path).startsWith(join('src', 'generated')),
    });
  }
  symlinkSync(join(PROJECT, 'node_modules'), join(workspace, 'node_modules'), 'dir');
  return workspace;
}

function main(): void {
  const started = performance.now();
  let parsed: ParsedOptions;
  try {
    parsed = parseOptions(process.argv.slice(2));
    if (parsed.help) {
      console.log(USAGE);
      return;
    }
    if (parsed.out === undefined) throw new TypeError('--out DIR is required: the folder to build the site into');
  } catch (error) {
    console.error(error instanceof ContentError ? `site: ${error.message}` : `site: ${(error as Error).message}\n${USAGE}`);
    process.exit(1);
  }
  const out = parsed.out;
  let workspace: string | null = null;
  try {
    const options = { ...parsed.build, out };
    checkOutputFolder(out, outputRules(options));
    workspace = prepareWorkspace();
    const summary = buildContent({ ...options, out: join(workspace, 'src', 'generated') });
    const astro = join(PROJECT, 'node_modules', 'astro', 'bin', 'astro.mjs');
    // The content layer caches in node_modules/.astro by default, which the copy shares with the project.
    run('astro build', [astro, 'build', '--root', workspace, '--silent'], workspace, { ASTRO_CACHE_DIR: join(workspace, '.astro-cache') });
    const dist = join(workspace, 'dist');
    run('search index', [join(PROJECT, 'scripts', 'search', 'build-index.ts'), dist], PROJECT);
    run('service worker', [join(PROJECT, 'scripts', 'offline', 'write-service-worker.ts'), dist], PROJECT);
    replaceOutputFolder(out, (staging) => cpSync(dist, staging, { recursive: true }));
    const pages = readdirSync(resolve(out), { recursive: true }).filter((path) => String(path).endsWith('index.html')).length;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `site: ${summary.source} → ${out}: ${pages} pages; ${summary.paragraphs} paragraphs in ${summary.chapters} chapters, ${summary.figures} figures, ${summary.translated}/${summary.translatable} texts translated (${seconds} s)`,
    );
  } catch (error) {
    if (error instanceof ContentError || error instanceof StepFailed) {
      console.error(`site: ${error.message}`);
      process.exitCode = 1;
      return;
    }
    throw error;
  } finally {
    if (workspace) rmSync(workspace, { recursive: true, force: true });
  }
}

main();
