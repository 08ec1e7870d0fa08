import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runContentCli } from '../../helpers.ts';

const work = mkdtempSync(join(tmpdir(), 'content-cli-'));

const runCli = runContentCli;

function writeSource(name: string, content: string | Uint8Array): string {
  const file = join(work, name);
  writeFileSync(file, content);
  return file;
}

describe('npm run content', () => {
  it('converts the site report from content/ into chapters and data', () => {
    const out = join(work, 'site');
    const result = runCli(['--out', out]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/38 paragraphs in 14 chapters, 188 figures, \d+ place mentions, 50\/50 texts translated/u);
    expect(readdirSync(join(out, 'chapters', 'zh'))).toHaveLength(14);
    expect(readdirSync(join(out, 'chapters', 'en'))).toHaveLength(14);
  });

  it('converts another report of the genre, leaving its English untranslated', () => {
    const out = join(work, 'county');
    const result = runCli(['--source', 'test/fixtures/county-report.zh.txt', '--out', out]);
    expect(result.status).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as { parts: Array<{ id: string }> };
    expect(report.parts.map((part) => part.id)).toEqual(['p0', 'p1', 'p2', 'p3']);
    const english = readFileSync(join(out, 'chapters', 'en', 'p2-s1.mdx'), 'utf8');
    expect(english).toContain('<Untranslated id="p2-s1-1">');
    const figures = JSON.parse(readFileSync(join(out, 'figures.json'), 'utf8')) as Array<{ text: string }>;
    expect(figures.find((f) => f.text === '312.5亿元')).toMatchObject({ value: 31_250_000_000, period: 2022 });
  });

  it('refuses an empty file with file:line and exit status 1', () => {
    const result = runCli(['--source', writeSource('empty.txt', '\n  \n'), '--out', join(work, 'x')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `content: ${work}/empty.txt:1: the report is empty: expected its text, with headings such as 一、… and （一）…\n`,
    );
  });

  it('refuses a GBK file and says so', () => {
    // "一、总结" then "完成任务。" in GBK.
    const gbk = Uint8Array.from([
      0xd2, 0xbb, 0xa1, 0xa2, 0xd7, 0xdc, 0xbd, 0xe1, 0x0a, 0xcd, 0xea, 0xb3, 0xc9, 0xc8, 0xce, 0xce, 0xf1, 0xa1, 0xa3, 0x0a,
    ]);
    const result = runCli(['--source', writeSource('gbk.txt', gbk), '--out', join(work, 'x')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${work}/gbk.txt:1: the file is not valid UTF-8: it is probably GBK/GB18030`);
    expect(result.stderr).not.toMatch(/\n\s+at /u);
  });

  it('refuses a file without headings', () => {
    const result = runCli(['--source', writeSource('flat.txt', '今年完成了很多工作。\n明年继续努力。\n'), '--out', join(work, 'x')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('flat.txt:1: no headings found');
  });

  it('writes MDX and HTML characters of the text as text, never as markup', () => {
    const out = join(work, 'stray');
    const source = writeSource('stray.txt', '一、回顾\n（一）工业\n全年{产值}<b>增长</b>5%，x>1，*强调*。\n');
    expect(runCli(['--source', source, '--out', out]).status).toBe(0);
    const mdx = readFileSync(join(out, 'chapters', 'zh', 'p1-s1.mdx'), 'utf8');
    expect(mdx).toContain('{"全年{产值}<b>增长</b>"}<Fig id="p1-s1-1-f1">{"5%"}</Fig>{"，x>1，*强调*。"}');
  });

  it('leaves the previous output untouched when the input is bad', () => {
    const out = join(work, 'atomic');
    expect(runCli(['--source', 'test/fixtures/county-report.zh.txt', '--out', out]).status).toBe(0);
    const before = readFileSync(join(out, 'report.json'), 'utf8');
    expect(runCli(['--source', writeSource('bad.txt', ''), '--out', out]).status).toBe(1);
    expect(readFileSync(join(out, 'report.json'), 'utf8')).toBe(before);
    expect(readdirSync(work).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('rejects an unknown option with usage', () => {
    const result = runCli(['--sauce', 'x']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Usage: npm run content --');
    expect(existsSync(join(work, 'x'))).toBe(false);
  });

  it('links the places of another report from the national register, scoped to its government, and never reads 兴国强省 as Xingguo County', () => {
    const out = join(work, 'guangdong');
    const result = runCli(['--source', 'test/fixtures/real/guangdong-province-2026.zh.txt', '--out', out]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/content: places: the national register for 广东省 \(Guangdong Province\): \d+ of its \d+ places are named in the text/u);
    const places = JSON.parse(readFileSync(join(out, 'places.json'), 'utf8')) as Array<{ id: string; en: string }>;
    expect(places).toContainEqual(expect.objectContaining({ id: 'shenzhen', en: 'Shenzhen City' }));
    expect(places.some((place) => place.id === 'xingguo')).toBe(false);
    // Given on purpose, the Ganzhou gazetteer still never reads 兴国强省 as Xingguo County.
    const forced = runCli([
      '--source',
      'test/fixtures/real/guangdong-province-2026.zh.txt',
      '--places',
      'content/places.yaml',
      '--out',
      join(work, 'guangdong-forced'),
    ]);
    expect(forced.stdout).not.toContain('content: places:');
    expect(JSON.parse(readFileSync(join(work, 'guangdong-forced', 'mentions.json'), 'utf8'))).toEqual([]);
  });

  it('says so when a report does not say which government gave it', () => {
    const result = runCli(['--source', 'test/fixtures/county-report.zh.txt', '--out', join(work, 'no-government')]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('content: places: the report does not say which government gave it');
  });

  // Each case converts twice; on a shared, loaded machine that takes longer than vitest's default 5 s.
  describe('bad curated content: a clear error naming file, line and entry, exit 1, nothing written', { timeout: 30_000 }, () => {
    /** A copy of content/ with one change, converted into an output folder that already holds a good build. */
    function runBroken(name: string, breakIt: (dir: string) => void) {
      const dir = join(work, `content-${name}`);
      cpSync('content', dir, { recursive: true });
      const out = join(work, `out-${name}`);
      expect(runCli(['--content', dir, '--out', out]).status).toBe(0);
      const before = readFileSync(join(out, 'report.json'), 'utf8');
      breakIt(dir);
      const result = runCli(['--content', dir, '--out', out]);
      expect(readFileSync(join(out, 'report.json'), 'utf8')).toBe(before);
      expect(result.stderr).not.toMatch(/\n\s+at /u);
      return { ...result, dir };
    }

    it('a translation file with a YAML syntax error', () => {
      const { status, stderr, dir } = runBroken('yaml', (d) =>
        appendFileSync(join(d, 'translations/en/p2-s3.yaml'), 'p2-s3-9: [unclosed\n'),
      );
      expect(status).toBe(1);
      expect(stderr).toMatch(new RegExp(`^content: ${dir}/translations/en/p2-s3\\.yaml:\\d+: YAML syntax error`, 'u'));
    });

    it('a paragraph id translated twice', () => {
      const { status, stderr } = runBroken('duplicate', (d) => {
        const entry = readFileSync(join(d, 'translations/en/p2-s8.yaml'), 'utf8').split('\np2-s8-1:')[1]!.split('\np2-s8-2:')[0]!;
        appendFileSync(join(d, 'translations/en/p2-s7.yaml'), `p2-s8-1:${entry}`);
      });
      expect(status).toBe(1);
      expect(stderr).toMatch(/translations\/en\/p2-s8\.yaml:\d+: p2-s8-1 is translated twice: also in .*p2-s7\.yaml:\d+/u);
    });

    it('a glossary term that occurs nowhere', () => {
      const { status, stderr } = runBroken('glossary', (d) =>
        appendFileSync(join(d, 'glossary.yaml'), '- zh: 不存在的口号\n  en: no such slogan\n  explain:\n    zh: 无。\n    en: None.\n'),
      );
      expect(status).toBe(1);
      expect(stderr).toMatch(/glossary\.yaml:\d+: glossary term “不存在的口号” occurs nowhere in the report/u);
    });

    it('a project whose name is not in its paragraph', () => {
      const { status, stderr } = runBroken('project', (d) => {
        const file = join(d, 'projects.yaml');
        writeFileSync(file, readFileSync(file, 'utf8').replace('zh: "瑞金机场"', 'zh: "瑞金国际机场"'));
      });
      expect(status).toBe(1);
      expect(stderr).toMatch(/projects\.yaml:\d+: ruijin-airport: “瑞金国际机场” no longer occurs in p2-s5-1/u);
    });

    it('a clause whose English is no longer in its paragraph translation', () => {
      const { status, stderr } = runBroken('clause', (d) => {
        const file = join(d, 'translations/clauses/en/p2-s1.yaml');
        writeFileSync(
          file,
          readFileSync(file, 'utf8').replace(
            'strive to raise the revenue of the modern home furnishing industrial cluster to 280 billion yuan',
            'aim at cluster revenue of 280 billion yuan',
          ),
        );
      });
      expect(status).toBe(1);
      expect(stderr).toMatch(
        /translations\/clauses\/en\/p2-s1\.yaml:\d+: p2-s1-1-c12: the English is not a span of the current translation of p2-s1-1/u,
      );
    });

    /** content/outcomes/outcomes.yaml with one replacement, and the line of the record it falls in. */
    const editOutcome = (from: string, to: string) => (d: string) => {
      const file = join(d, 'outcomes', 'outcomes.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
    };
    const outcomeLine = (promise: string) =>
      readFileSync('content/outcomes/outcomes.yaml', 'utf8').split('\n').indexOf(`- promise: ${promise}`) + 1;

    it('an outcome for a promise that does not exist', () => {
      const { status, stderr, dir } = runBroken('outcome-id', editOutcome('- promise: p2-intro-2-f1\n', '- promise: p2-intro-2-f42\n'));
      expect(status).toBe(1);
      expect(stderr).toBe(
        `content: ${dir}/outcomes/outcomes.yaml:${outcomeLine('p2-intro-2-f1')}: promise "p2-intro-2-f42" does not exist: expected a figure id from figures.json (p2-intro-2-f1), a project id from projects.yaml, or a paragraph id with clause:\n`,
      );
    });

    it('an outcome whose value is not what its source says', () => {
      const { status, stderr, dir } = runBroken(
        'outcome-value',
        editOutcome('quote: 一般公共预算收入增长4.4%', 'quote: 一般公共预算收入增长4.2%'),
      );
      expect(status).toBe(1);
      expect(stderr).toBe(
        `content: ${dir}/outcomes/outcomes.yaml:${outcomeLine('p2-intro-2-f3')}: p2-intro-2-f3: value 4.4% does not occur in the quote “一般公共预算收入增长4.2%”: expected the figure as the source prints it\n`,
      );
    });

    it('an outcome whose status contradicts the rule', () => {
      const { status, stderr, dir } = runBroken(
        'outcome-status',
        editOutcome(
          'zh: 现代家居产业集群营收达2700亿元, en: Revenue of the modern home furnishing industrial cluster reached 270 billion yuan }\n  status: not-met',
          'zh: 现代家居产业集群营收达2700亿元, en: Revenue of the modern home furnishing industrial cluster reached 270 billion yuan }\n  status: met',
        ),
      );
      expect(status).toBe(1);
      expect(stderr).toBe(
        `content: ${dir}/outcomes/outcomes.yaml:${outcomeLine('p2-s1-1-f1')}: p2-s1-1-f1: status met contradicts the rule: target 达2800亿元 (at least 2800亿元), outcome 达2700亿元 → not-met\n`,
      );
    });

    it('a YAML file saved as GBK, naming that file', () => {
      const { status, stderr, dir } = runBroken('gbk-yaml', (d) => {
        // "# 一、" in GBK: not UTF-8.
        appendFileSync(join(d, 'glossary.yaml'), Uint8Array.from([0x23, 0x20, 0xd2, 0xbb, 0xa1, 0xa2, 0x0a]));
      });
      expect(status).toBe(1);
      expect(stderr).toMatch(
        new RegExp(`^content: ${dir}/glossary\\.yaml:\\d+: the file is not valid UTF-8: it is probably GBK/GB18030`, 'u'),
      );
    });

    it('a translation file saved as UTF-16, called what it is', () => {
      const { status, stderr, dir } = runBroken('utf16-yaml', (d) => {
        const file = join(d, 'translations/en/p2-s3.yaml');
        writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(file, 'utf8'), 'utf16le')]));
      });
      expect(status).toBe(1);
      expect(stderr).toBe(
        `content: ${dir}/translations/en/p2-s3.yaml: the file is UTF-16 (little-endian), not UTF-8: save it as UTF-8, e.g. \`iconv -f UTF-16 -t UTF-8\`\n`,
      );
    });

    it('a report edited after translation (stale English)', () => {
      const { status, stderr } = runBroken('stale', (d) => {
        const file = readdirSync(join(d, 'source'))[0]!;
        const path = join(d, 'source', file);
        writeFileSync(path, readFileSync(path, 'utf8').replace('践行政治忠诚。', '践行政治忠诚！'));
      });
      expect(status).toBe(1);
      expect(stderr).toMatch(
        /translations\/en\/p2-s8\.yaml:\d+: p2-s8-1 is stale: it translates Chinese with hash \w+, but the Chinese now hashes to \w+/u,
      );
    });
  });
});
