import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  chmodSync,
  chownSync,
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { lockFileOf } from '../../../../scripts/content/output/output-lock.ts';
import { markerFor } from '../../../../scripts/content/output/output-marker.ts';
import { openOutputFolder } from '../../../../scripts/content/output/output-folder.ts';
import { unexpectedErrorMessage } from '../../../../scripts/content/shared/errors.ts';
import { runContentCli, snapshot, startContentCli } from '../../../helpers.ts';

// Issue 20: the ways a run could lose a user's file without a word, each now refused (exit 1,
// one line naming the path) with the user's files byte for byte as they were.
const REPORT = readFileSync('test/fixtures/county-report.zh.txt');
const MARKER = '.report-content-output.json';

let home: string;
let source: string;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'content-safety-'));
  source = join(home, 'report.zh.txt');
  writeFileSync(source, REPORT);
});

const convert = (out: string, ...more: string[]) => runContentCli(['--source', source, '--out', out, ...more]);

/** An earlier output of this tool at `home/site`. */
function earlierOutput(): string {
  const out = join(home, 'site');
  expect(convert(out).status).toBe(0);
  return out;
}

/** Runs the converter into `out` and expects one refusal line matching `reason`, with nothing under `home` changed. */
function expectRefused(out: string, reason: RegExp, run = () => convert(out)) {
  const before = snapshot(home);
  const result = run();
  expect(result.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(reason)]);
  expect(result.stderr).not.toMatch(/\n\s+at /u);
  expect(result.status).toBe(1);
  expect(snapshot(home)).toEqual(before);
  return result.stderr;
}

/**
 * Starts a run into `out` whose report arrives through a named pipe, and returns once the run has
 * checked `out` and waits at reading the report (opening a pipe for writing returns only then);
 * `sendReport` lets it go on.
 */
async function runWaitingForReport(out: string) {
  const fifo = join(home, 'piped.zh.txt');
  execFileSync('mkfifo', [fifo]);
  const run = startContentCli(['--source', fifo, '--out', out]);
  const pipe = await open(fifo, 'w');
  const sendReport = async () => {
    await pipe.writeFile(REPORT);
    await pipe.close();
    return run.done;
  };
  return { child: run.child, sendReport };
}

/** Waits until `done` holds, for at most 30 s. */
async function waitFor(done: () => boolean): Promise<void> {
  for (let waited = 0; !done(); waited += 100) {
    if (waited > 30_000) throw new Error('waited 30 s in vain');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('1. a file added anywhere inside an earlier output', () => {
  it.each([
    ['chapters/zh/my-notes.md', /the folder holds "chapters\/zh\/my-notes\.md", which this tool did not write/u],
    ['chapters/mine/p.txt', /the folder holds "chapters\/mine\/", which this tool did not make/u],
  ])('%s is kept, and the run refused', (path, reason) => {
    const out = earlierOutput();
    mkdirSync(join(out, path, '..'), { recursive: true });
    writeFileSync(join(out, path), '我的笔记\n');
    const message = expectRefused(out, reason);
    expect(message.startsWith(`content: ${out}: `)).toBe(true);
    expect(readFileSync(join(out, path), 'utf8')).toBe('我的笔记\n');
  });

  it('an empty folder or a link someone added is kept too', () => {
    const out = earlierOutput();
    mkdirSync(join(out, 'chapters', 'drafts'));
    expectRefused(out, /the folder holds "chapters\/drafts\/", which this tool did not make/u);
    symlinkSync(source, join(out, 'chapters', 'a-link'));
    expectRefused(out, /the folder holds "chapters\/a-link", which is not a plain file or folder/u);
  });
});

describe('2. a file added while a run is under way', () => {
  it('is kept, the old output stays as it was and the new one is set beside it, named', async () => {
    const out = earlierOutput();
    const previous = snapshot(out);
    const run = await runWaitingForReport(out);
    writeFileSync(join(out, 'added-meanwhile.txt'), 'mine');
    const result = await run.sendReport();
    expect(result.status).toBe(1);
    const kept = /the new output is in (\S+)$/mu.exec(result.stderr)?.[1];
    expect(result.stderr).toMatch(
      new RegExp(
        `^content: ${out}: the folder changed while this run was under way \\(the folder holds "added-meanwhile\\.txt", which this tool did not write`,
        'u',
      ),
    );
    expect(snapshot(out)).toEqual({ ...previous, [join(out, 'added-meanwhile.txt')]: Buffer.from('mine').toString('base64') });
    expect(kept).toMatch(new RegExp(`^${out}\\.new-`, 'u'));
    expect(JSON.parse(readFileSync(join(kept!, 'report.json'), 'utf8'))).toMatchObject({ parts: expect.any(Array) as unknown });
  });
});

describe("3. a marker that is not this folder's own", () => {
  it('a marker copied from an earlier output does not make a folder of drafts "ours"', () => {
    const out = earlierOutput();
    const drafts = join(home, 'drafts');
    mkdirSync(join(drafts, 'chapters'), { recursive: true });
    copyFileSync(join(out, MARKER), join(drafts, MARKER));
    writeFileSync(join(drafts, 'chapters', 'draft.md'), 'draft');
    writeFileSync(join(drafts, 'figures.json'), '[]');
    expectRefused(drafts, new RegExp(`its \\${MARKER} was written for ${out}, not for this folder`, 'u'));
  });

  it("a copy of a whole earlier output, marker and all, is not this folder's output either", () => {
    const out = earlierOutput();
    const copy = join(home, 'copy');
    execFileSync('cp', ['-r', out, copy]);
    expectRefused(copy, /was written for .*\/site, not for this folder/u);
  });

  it('a hand-written marker that lists "Documents" does not let a run delete Documents/thesis.txt', () => {
    const folder = join(home, 'home');
    mkdirSync(join(folder, 'Documents'), { recursive: true });
    writeFileSync(join(folder, 'Documents', 'thesis.txt'), '我的论文');
    writeFileSync(join(folder, MARKER), JSON.stringify({ tool: 'ganzhou-report content converter', entries: ['Documents'] }));
    expectRefused(folder, /does not list every file this tool wrote \(a marker from an older version, or written by hand\)/u);
  });

  it("a marker edited by hand to list a file of someone else's is refused", () => {
    const out = earlierOutput();
    const marker = JSON.parse(readFileSync(join(out, MARKER), 'utf8')) as { files: Record<string, unknown> };
    marker.files['mine.txt'] = { size: 4, sha256: createHash('sha256').update('mine').digest('hex') };
    writeFileSync(join(out, MARKER), JSON.stringify(marker));
    writeFileSync(join(out, 'mine.txt'), 'mine');
    expectRefused(out, /has been edited since this tool wrote it/u);
  });
});

describe('4. a file the tool wrote and someone then edited', () => {
  it('figures.json with a line appended is kept as edited', () => {
    const out = earlierOutput();
    const written = statSync(join(out, 'figures.json')).size;
    appendFileSync(join(out, 'figures.json'), '// checked by hand\n');
    expectRefused(
      out,
      new RegExp(`"figures\\.json" has changed since this tool wrote it \\(${written} bytes then, ${written + 19} now\\)`, 'u'),
    );
  });

  it('an edit that keeps the size is found by its content', () => {
    const out = earlierOutput();
    const text = readFileSync(join(out, 'report.json'), 'utf8');
    writeFileSync(join(out, 'report.json'), text.replace('"p1"', '"q1"'));
    expectRefused(out, /"report\.json" has changed since this tool wrote it \(same size, other bytes\)/u);
  });
});

describe("5. the project's own folders", () => {
  it.each(['src/generated', 'src', 'dist', 'node_modules/x', '.git', '.ci/x', 'content/x', 'public'])('--out %s is refused', (folder) => {
    const project = snapshotOf(folder);
    const result = convert(folder);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      new RegExp(`^content: ${resolve(folder)}: this path is inside (the project's own|the content folder)`, 'u'),
    );
    expect(snapshotOf(folder)).toEqual(project);
  });

  it("the default run still writes src/generated, the project's own build", () => {
    const result = runContentCli([]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`→ ${resolve('src/generated')}:`);
  });
});

/** Names and sizes of what is at a project path: enough to see it was not replaced. */
function snapshotOf(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [String(statSync(path).size)];
  return readdirSync(path).sort();
}

describe('paths are read from the folder the user typed them in', () => {
  it('relative --source and --out, from the folder npm was run in (INIT_CWD), not the project', () => {
    const from = join(home, 'work', 'notes');
    mkdirSync(from, { recursive: true });
    const result = runContentCliIn(from, ['--source', '../../report.zh.txt', '--out', 'site']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(existsSync(join(from, 'site', 'report.json'))).toBe(true);
    expect(result.stdout).toContain(`content: ${source} → ${join(from, 'site')}: `);
  });

  it('a message shows the absolute path it tried', () => {
    const from = resolve('src');
    const result = runContentCliIn(from, ['--source', '../in/r.zh.txt', '--out', join(home, 'site')]);
    expect(result.stderr).toBe(`content: ${resolve('in/r.zh.txt')}: there is no such file: expected the report's text file (UTF-8)\n`);
  });

  it('a quoted ~ is the home folder, not a folder named ~', () => {
    const result = spawnSync(process.execPath, ['scripts/content/cli.ts', '--source', source, '--out', '~/site'], {
      encoding: 'utf8',
      env: { ...process.env, HOME: home },
    });
    expect(result.status).toBe(0);
    expect(existsSync(join(home, 'site', 'report.json'))).toBe(true);
    expect(existsSync('~')).toBe(false);
  });
});

function runContentCliIn(userFolder: string, args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/content/cli.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: userFolder },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('symbolic links and folder modes', () => {
  it('an --out that links to an empty folder: the output lands where it points, and the link stays a link', () => {
    const real = join(home, 'real');
    mkdirSync(real);
    const link = join(home, 'link');
    symlinkSync(real, link);
    expect(convert(link).status).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(real);
    expect(existsSync(join(real, 'report.json'))).toBe(true);
    // Its second run replaces the output through the link, still a link.
    expect(convert(link).status).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });

  it('a dangling link is refused in one line, without a stack trace', () => {
    const link = join(home, 'dangling');
    symlinkSync(join(home, 'nowhere'), link);
    expectRefused(link, new RegExp(`^content: ${link}: ${link} is a symbolic link to ${home}/nowhere, which does not exist`, 'u'));
  });

  it('an empty folder keeps its mode and group when it is filled', () => {
    const out = join(home, 'shared');
    mkdirSync(out);
    chmodSync(out, 0o2770);
    const root = process.getuid?.() === 0;
    if (root) chownSync(out, 0, 65534);
    expect(convert(out).status).toBe(0);
    expect(statSync(out).mode & 0o7777).toBe(0o2770);
    if (!root) return;
    expect(statSync(out).gid).toBe(65534);
    // What is inside gets the shared folder's group, and subfolders its bit, as if made there.
    expect(statSync(join(out, 'report.json')).gid).toBe(65534);
    expect(statSync(join(out, 'chapters', 'zh')).gid).toBe(65534);
    expect(statSync(join(out, 'chapters', 'zh')).mode & 0o2000).toBe(0o2000);
  });

  it.skipIf(!canMount())('a mount point is refused in one line: it cannot be swapped', () => {
    const mount = join(home, 'usb');
    mkdirSync(mount);
    execFileSync('mount', ['-t', 'tmpfs', 'none', mount]);
    try {
      expectRefused(mount, new RegExp(`^content: ${mount}: this folder is a mount point \\(a file system of its own\\).*such as ${mount}/site$`, 'u'));
      expect(convert(join(mount, 'site')).status).toBe(0);
    } finally {
      execFileSync('umount', [mount]);
    }
  });
});

/** Whether this user may mount a scratch file system (root in most containers). */
function canMount(): boolean {
  const probe = mkdtempSync(join(tmpdir(), 'mount-probe-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', 'none', probe]).status === 0;
  if (mounted) spawnSync('umount', [probe]);
  return mounted;
}

describe('which output a command may replace', () => {
  it("npm run content does not replace a folder that npm run site wrote", () => {
    const site = join(home, 'site');
    mkdirSync(join(site, 'zh'), { recursive: true });
    writeFileSync(join(site, 'index.html'), '<!doctype html>');
    writeFileSync(join(site, MARKER), markerFor(site, site, 'site'));
    expectRefused(site, /its \.report-content-output\.json says `npm run site` wrote it, and this is `npm run content`, which replaces only its own output/u);
  });

  it("the project's own build folder is refused when it is a link, so that no run empties the folder it points to", () => {
    const docs = join(home, 'docs');
    mkdirSync(docs);
    writeFileSync(join(docs, 'thesis.txt'), 'mine');
    const link = join(home, 'generated');
    symlinkSync(docs, link);
    expect(() => openOutputFolder(link, { protect: [] }, { command: 'content', owned: true })).toThrow(
      `${link}: the project's own build folder is a symbolic link to ${docs}: expected the folder itself`,
    );
    expect(readdirSync(docs)).toEqual(['thesis.txt']);
  });

  it("the project's own build folder may hold an earlier version's marker, and nothing it did not list", () => {
    const generated = join(home, 'generated');
    mkdirSync(generated);
    writeFileSync(join(generated, 'report.json'), '{}');
    writeFileSync(join(generated, MARKER), JSON.stringify({ tool: 'ganzhou-report content converter', entries: ['report.json'] }));
    openOutputFolder(generated, { protect: [] }, { command: 'content', owned: true }).close();
    writeFileSync(join(generated, 'NOTES.md'), 'mine');
    expect(() => openOutputFolder(generated, { protect: [] }, { command: 'content', owned: true })).toThrow('the folder holds "NOTES.md", which this tool did not write');
    // Anywhere else, such a marker proves nothing.
    expect(() => openOutputFolder(generated, { protect: [] }, { command: 'content' })).toThrow('does not list every file this tool wrote');
  });
});

describe('stopped runs, two runs at once', () => {
  it.each(['SIGTERM', 'SIGKILL'] as const)('%s to npm stops the run it started, leaving the previous output', async (signal) => {
    const out = earlierOutput();
    const previous = snapshot(out);
    const fifo = join(home, 'piped.zh.txt');
    execFileSync('mkfifo', [fifo]);
    const npm = spawn('npm', ['run', 'content', '--silent', '--', '--source', fifo, '--out', out], { stdio: 'ignore' });
    const pipe = await open(fifo, 'w');
    npm.kill(signal);
    await pipe.writeFile(REPORT);
    await pipe.close();
    // The run holds its lock until it ends.
    await waitFor(() => !existsSync(lockFileOf(out)));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(snapshot(out)).toEqual(previous);
    expect(readdirSync(home).sort()).toEqual(['piped.zh.txt', 'report.zh.txt', 'site']);
  }, 60_000);

  it('SIGTERM while writing: no work folder or lock is left, the previous output stays', async () => {
    const out = earlierOutput();
    const previous = snapshot(out);
    const run = await runWaitingForReport(out);
    // Delivered now, handled at the run's first pause in writing (a run handles signals between tasks).
    run.child.kill('SIGTERM');
    const result = await run.sendReport();
    expect(result.status).toBe(143);
    expect(result.stderr).toBe('content: stopped by SIGTERM; temporary files removed, the output folder left as it was\n');
    expect(readdirSync(home).sort()).toEqual(['piped.zh.txt', 'report.zh.txt', 'site']);
    expect(snapshot(out)).toEqual(previous);
    expect(existsSync(lockFileOf(out))).toBe(false);
  });

  it('a work folder left by a run killed outright is swept by the next run', () => {
    const out = earlierOutput();
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    const left = join(home, '.site.content-left');
    mkdirSync(join(left, 'new'), { recursive: true });
    writeFileSync(join(left, '.owner.json'), JSON.stringify({ tool: 'ganzhou-report work folder', pid: dead }));
    writeFileSync(join(left, 'new', 'report.json'), '{}');
    // A folder of the same name that is not this tool's is never touched.
    mkdirSync(join(home, '.site.content-mine'));
    expect(convert(out).status).toBe(0);
    expect(readdirSync(home).sort()).toEqual(['.site.content-mine', 'report.zh.txt', 'site']);
  });

  it('a second run into the same folder is refused while the first is under way', async () => {
    const out = earlierOutput();
    const first = await runWaitingForReport(out);
    const second = convert(out);
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(
      new RegExp(
        `^content: ${out}: another run is writing ${out} \\(process ${first.child.pid}, since .*\\): expected one run at a time into a folder; wait for it to finish\\n$`,
        'u',
      ),
    );
    expect((await first.sendReport()).status).toBe(0);
    // The lock went with the first run.
    expect(convert(out).status).toBe(0);
  });
});

describe('messages', () => {
  it('an unexpected error is one line, and a string too long for JavaScript is called a report too large', () => {
    expect(unexpectedErrorMessage(new RangeError('Invalid string length'))).toBe(
      'the run stopped on an unexpected error (RangeError: Invalid string length); the output folder was left as it was. The report is too large to convert: reports of the genre are under 1 MB.',
    );
    expect(unexpectedErrorMessage(new TypeError('x is undefined'))).toMatch(/^the run stopped on an unexpected error \(TypeError: x is undefined\);.* This is a fault of the tool/u);
  });

  it('says how to see the new output when the shell stood in the old one', () => {
    const out = earlierOutput();
    const result = runContentCliIn(join(out, 'chapters'), ['--source', source, '--out', '..']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`content: note: your shell's folder was inside the old output, which has been replaced: run \`cd ${out}\` to see the new one`);
  });
});

describe('the report file', () => {
  it('a missing file and a folder get different messages', () => {
    const missing = runContentCli(['--source', join(home, 'nothing.txt'), '--out', join(home, 'site')]);
    expect(missing.stderr).toBe(`content: ${home}/nothing.txt: there is no such file: expected the report's text file (UTF-8)\n`);
    const folder = runContentCli(['--source', home, '--out', join(home, 'site')]);
    expect(folder.stderr).toBe(`content: ${home}: this is a folder: expected the report's text file (UTF-8), such as report.zh.txt\n`);
    expect(existsSync(join(home, 'site'))).toBe(false);
  });

  it('a file over the size limit is refused before it is read; a flag raises the limit', () => {
    const big = join(home, 'big.zh.txt');
    writeFileSync(big, '');
    truncateSync(big, 21 * 1024 * 1024);
    const refused = runContentCli(['--source', big, '--out', join(home, 'site')]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(
      `content: ${big}: the file is 21.0 MB: expected a report's text, which is under 1 MB, and at most 20.0 MB (give --max-source-mb N to accept a larger file)\n`,
    );
    const lowered = convert(join(home, 'site'), '--max-source-mb', '0.001');
    expect(lowered.stderr).toMatch(/the file is 0\.0 MB: expected .* at most 0\.0 MB/u);
    expect(convert(join(home, 'site'), '--max-source-mb', 'lots').stderr).toContain(
      '--max-source-mb lots: expected a number of megabytes, such as 50',
    );
  });

  it('says how many lines were set apart as page chrome, and warns when they outweigh the report', () => {
    const footer = ['相关报道', ...Array.from({ length: 300 }, (_, i) => `相关链接标题第${i}条`)].join('\n');
    writeFileSync(source, `${REPORT.toString('utf8')}\n${footer}\n`);
    const result = convert(join(home, 'site'));
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/, 301 lines set apart as page chrome \(/u);
    expect(result.stderr).toMatch(
      /^content: warning: 301 lines were set apart as page chrome, more than the \d+ read as the report: check that the file is the report itself\n$/u,
    );
    writeFileSync(source, REPORT);
    expect(convert(join(home, 'site2')).stderr).toBe('');
  });
});
