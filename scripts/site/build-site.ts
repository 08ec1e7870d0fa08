/**
 * `npm run site -- --source FILE --out DIR` builds the whole static site for any report of the
 * genre into DIR: the Chinese pages, an English edition that says each paragraph is not translated
 * yet, search, open data and the source note; curated layers appear only where their data exist.
 * (`--content DIR` builds from a content folder laid out like content/, English may be partial.)
 *
 * The build runs in a scratch copy of the project, so the project's own src/generated/ and dist/
 * are never touched; DIR is checked like `npm run content`'s --out before anything starts (and
 * again before the swap), and is replaced only when every step has succeeded, so a failed or
 * stopped build leaves the previous DIR as it was and removes its scratch copy.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { chromeWarning } from '../content/read/chrome-warning.ts';
import { convertReport, outputRules, PROJECT_ROOT } from '../content/build-content.ts';
import { ContentError, unexpectedErrorMessage } from '../content/shared/errors.ts';
import { nameCommand, undoIfStopped } from '../content/output/interrupts.ts';
import { parseOptions, shellFolderNote, type ParsedOptions } from '../content/options.ts';
import { openOutputFolder, writeFiles } from '../content/output/output-folder.ts';
import { makeWorkFolder, sweepWorkFolders } from '../content/output/output-work.ts';
import { takeSiteUrl } from './site-url.ts';

const USAGE =
  'Usage: npm run site -- (--source FILE [--places FILE] | --content DIR) --out DIR [--site-url URL] [--max-source-mb N] [--previous FILE]';
/** What an Astro build of this project reads, besides src/generated/ (made fresh in the copy). */
const PROJECT_FILES = ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
const WORKSPACE_PREFIX = 'report-site-';

class StepFailed extends Error {}

/** Runs one build step as a child process; a stopped run stops the child too. */
function run(step: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, args, {
      cwd,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    });
    const dropUndo = undoIfStopped(() => child.kill('SIGTERM'));
    child.on('error', (error) => {
      dropUndo();
      reject(new StepFailed(`${step} could not start (${error.message}). The output folder was not changed.`));
    });
    child.on('exit', (status, signal) => {
      dropUndo();
      if (status === 0) resolve();
      else
        reject(
          new StepFailed(`${step} failed (exit status ${status ?? signal}); see its messages above. The output folder was not changed.`),
        );
    });
  });
}

/** A scratch copy of the project that shares its node_modules; a stopped run removes it. */
function prepareWorkspace(): { workspace: string; remove: () => void } {
  // Scratch copies of runs that were killed outright (no chance to clean up) go first.
  sweepWorkFolders(tmpdir(), WORKSPACE_PREFIX);
  const workspace = makeWorkFolder(tmpdir(), WORKSPACE_PREFIX);
  const dropUndo = undoIfStopped(() => rmSync(workspace, { recursive: true, force: true }));
  for (const entry of PROJECT_FILES) {
    cpSync(join(PROJECT_ROOT, entry), join(workspace, entry), {
      recursive: true,
      filter: (path) => !relative(PROJECT_ROOT, path).startsWith(join('src', 'generated')),
    });
  }
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(workspace, 'node_modules'), 'dir');
  return {
    workspace,
    remove: () => {
      rmSync(workspace, { recursive: true, force: true });
      dropUndo();
    },
  };
}

async function main(): Promise<void> {
  const started = performance.now();
  nameCommand('site');
  let parsed: ParsedOptions;
  let siteUrl: string | null;
  try {
    const args = takeSiteUrl(process.argv.slice(2));
    siteUrl = args.siteUrl;
    parsed = parseOptions(args.rest);
    if (parsed.help) {
      console.log(`${USAGE}\nRelative paths are read from the folder you run the command in.`);
      return;
    }
    if (parsed.out === undefined) throw new TypeError('--out DIR is required: the folder to build the site into');
  } catch (error) {
    console.error(error instanceof ContentError ? `site: ${error.message}` : `site: ${(error as Error).message}\n${USAGE}`);
    process.exit(1);
  }
  try {
    const output = openOutputFolder(parsed.out, outputRules(parsed.build), { command: 'site' });
    let removeWorkspace = () => {};
    try {
      const { files, summary } = convertReport(parsed.build);
      const prepared = prepareWorkspace();
      removeWorkspace = prepared.remove;
      const { workspace } = prepared;
      const generated = join(workspace, 'src', 'generated');
      mkdirSync(generated);
      await writeFiles(generated, files);
      const astro = join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
      // The content layer caches in node_modules/.astro by default, which the copy shares with the project.
      await run('astro build', [astro, 'build', '--root', workspace, '--silent'], workspace, {
        ASTRO_CACHE_DIR: join(workspace, '.astro-cache'),
        // Empty: no public address, so no absolute URL (astro.config.mjs), never the project's own.
        SITE_URL: siteUrl ?? '',
      });
      const dist = join(workspace, 'dist');
      await run('search index', [join(PROJECT_ROOT, 'scripts', 'search', 'build-index.ts'), dist], PROJECT_ROOT);
      await run('service worker', [join(PROJECT_ROOT, 'scripts', 'offline', 'write-service-worker.ts'), dist], PROJECT_ROOT);
      await output.replace((staging) => cpSync(dist, staging, { recursive: true }));
      const pages = readdirSync(output.target, { recursive: true }).filter((path) => String(path).endsWith('index.html')).length;
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        `site: ${summary.source} → ${output.shown}: ${pages} pages; ${summary.paragraphs} paragraphs in ${summary.chapters} chapters, ${summary.figures} figures, ${summary.translated}/${summary.translatable} texts translated, ${summary.chrome} lines set apart as page chrome; ${siteUrl === null ? 'no public address (give --site-url URL for absolute canonical links, og:url and a sitemap)' : `public address ${siteUrl}`} (${seconds} s)`,
      );
      if (summary.places) console.log(`site: places: ${summary.places}`);
      const warning = chromeWarning(summary);
      if (warning) console.error(`site: warning: ${warning}`);
      const note = shellFolderNote(output.target);
      if (note) console.log(`site: note: ${note}`);
    } finally {
      removeWorkspace();
      output.close();
    }
  } catch (error) {
    console.error(`site: ${error instanceof ContentError || error instanceof StepFailed ? error.message : unexpectedErrorMessage(error)}`);
    process.exitCode = 1;
  }
}

await main();
