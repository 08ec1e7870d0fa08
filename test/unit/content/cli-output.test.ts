import { chmodSync, existsSync, rmSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runContentCli, snapshot } from '../../helpers.ts';

// `--out` is a path people type: the converter must never destroy what it did not write.
const EXPECTED = 'expected a folder that does not exist yet, an empty folder, or a folder this tool wrote before';
const REPORT = readFileSync('test/fixtures/county-report.zh.txt');

let home: string;
let source: string;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'content-out-'));
  source = join(home, 'report.zh.txt');
  writeFileSync(source, REPORT);
});

const convert = (out: string) => runContentCli(['--source', source, '--out', out]);

function expectRefused(out: string, reason: RegExp, shown = resolve(out)) {
  const before = snapshot(home);
  const result = convert(out);
  expect(result.status).toBe(1);
  expect(result.stdout).toBe('');
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]!.startsWith(`content: ${shown}: `)).toBe(true);
  expect(lines[0]).toMatch(reason);
  expect(lines[0]).toContain(EXPECTED);
  expect(snapshot(home)).toEqual(before);
}

describe('npm run content --out: where it may write', () => {
  it('writes into a path that does not exist yet, creating its folders, and marks it as its own', () => {
    const out = join(home, 'new', 'site');
    expect(convert(out).status).toBe(0);
    expect(readdirSync(out)).toContain('report.json');
    const marker = JSON.parse(readFileSync(join(out, '.report-content-output.json'), 'utf8')) as {
      folder: string;
      files: Record<string, { size: number }>;
    };
    expect(marker.folder).toBe(out);
    // Every file it wrote, at every depth, with its size.
    expect(marker.files['report.json']?.size).toBe(readFileSync(join(out, 'report.json')).length);
    expect(marker.files['chapters/zh/p1-s1.mdx']?.size).toBe(readFileSync(join(out, 'chapters', 'zh', 'p1-s1.mdx')).length);
  });

  it('writes into an empty folder', () => {
    const out = join(home, 'empty');
    mkdirSync(out);
    expect(convert(out).status).toBe(0);
    expect(existsSync(join(out, 'figures.json'))).toBe(true);
  });

  it('replaces its own earlier output, recognised by its marker, and leaves nothing beside it', () => {
    const out = join(home, 'site');
    expect(convert(out).status).toBe(0);
    const before = readFileSync(join(out, 'report.json'), 'utf8');
    rmSync(join(out, 'figures.json'));
    expect(convert(out).status).toBe(0);
    expect(readFileSync(join(out, 'report.json'), 'utf8')).toBe(before);
    expect(existsSync(join(out, 'figures.json'))).toBe(true);
    expect(readdirSync(home).sort()).toEqual(['report.zh.txt', 'site']);
  });
});

describe('npm run content --out: refused with one line, exit 1, nothing touched', () => {
  it("a folder of someone's documents: the documents are still there, byte for byte", () => {
    const docs = join(home, 'docs');
    mkdirSync(docs);
    writeFileSync(join(docs, 'thesis.txt'), '我的论文\n');
    expectRefused(docs, /the folder is not empty and has no \.report-content-output\.json/u);
    expect(readFileSync(join(docs, 'thesis.txt'), 'utf8')).toBe('我的论文\n');
  });

  it('a file in the way', () => {
    const file = join(home, 'notes.txt');
    writeFileSync(file, 'notes');
    expectRefused(file, /a file is in the way/u);
    expect(readFileSync(file, 'utf8')).toBe('notes');
  });

  it('a path under a file', () => {
    writeFileSync(join(home, 'notes.txt'), 'notes');
    expectRefused(join(home, 'notes.txt', 'site'), /notes\.txt is a file, so nothing can be made under it/u);
  });

  it('the folder holding the report', () => {
    expectRefused(home, /this path holds the report/u);
    expect(readFileSync(source)).toEqual(REPORT);
  });

  it('the project itself, as "." and by its absolute path', () => {
    expectRefused('.', /this path holds the project itself/u);
    expectRefused(resolve('.'), /this path holds the project itself/u);
    expect(existsSync('.git') || existsSync('package.json')).toBe(true);
  });

  it('a folder above the project', () => {
    expectRefused(resolve('..'), /this path holds the project itself/u);
  });

  it('the content folder, and any place inside it', () => {
    expectRefused('content', /this path holds the content folder/u);
    expectRefused('content/site', /this path is inside the content folder/u);
    expect(existsSync('content/site')).toBe(false);
  });

  it('a symbolic link to the project', () => {
    // Outside `home`, so that the snapshot does not walk into the project through the link.
    const link = join(mkdtempSync(join(tmpdir(), 'content-link-')), 'link');
    symlinkSync(resolve('.'), link);
    expectRefused(link, /this path holds the project itself/u);
  });

  it('its own earlier output once someone has added a file to it', () => {
    const out = join(home, 'site');
    expect(convert(out).status).toBe(0);
    writeFileSync(join(out, 'mine.txt'), 'added by hand');
    expectRefused(out, /the folder holds "mine\.txt", which this tool did not write/u);
    expect(readFileSync(join(out, 'mine.txt'), 'utf8')).toBe('added by hand');
  });

  it("a folder with a marker that is not this tool's", () => {
    const out = join(home, 'fake');
    mkdirSync(out);
    writeFileSync(join(out, '.report-content-output.json'), '{"tool":"something else","entries":[]}');
    writeFileSync(join(out, 'data.csv'), 'a,b');
    expectRefused(out, /not this tool's marker/u);
  });

  it('an empty path', () => {
    expectRefused('', /the path is empty/u, '--out');
  });

  it('a place the system will not let anyone write, without hanging', () => {
    const result = convert('/proc/ganzhou-site');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `content: /proc/ganzhou-site: the system does not let this tool write here (ENOENT): ${EXPECTED}, somewhere you may write\n`,
    );
  });

  it.skipIf(process.getuid?.() === 0)('a folder this user may not write to', () => {
    const locked = join(home, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    expectRefused(join(locked, 'site'), /cannot be written to by this user/u);
  });
});
