import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The folders tell the story only while the code keeps to it: the pipeline's stages, in the order
// the report passes through them (scripts/content/README.md), import only from earlier stages.
const STAGES = ['shared', 'read', 'tree', 'extract', 'translate', 'layers', 'commitments', 'ledger', 'output'];
const CONTENT = 'scripts/content';

const sourceFiles = (folder: string): string[] =>
  readdirSync(folder, { recursive: true })
    .map(String)
    .filter((path) => path.endsWith('.ts'))
    .map((path) => join(folder, path));

/** The relative imports of a file, resolved to paths from the project root. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/gu)].map((match) => normalize(join(dirname(file), match[1]!)));
}

const stageOf = (path: string): string | null => {
  const [first, second] = relative(CONTENT, path).split('/');
  return second === undefined ? null : (first ?? null);
};

describe('the layout', () => {
  it('has a folder for each stage, and nothing else beside cli.ts, build-content.ts and options.ts', () => {
    const entries = readdirSync(CONTENT, { withFileTypes: true });
    expect(entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()).toEqual([...STAGES].sort());
    expect(entries.filter((entry) => entry.name.endsWith('.ts')).map((entry) => entry.name).sort()).toEqual(['build-content.ts', 'cli.ts', 'options.ts']);
  });

  it('a stage imports only from itself and from earlier stages', () => {
    const backwards: string[] = [];
    for (const stage of STAGES) {
      for (const file of sourceFiles(join(CONTENT, stage))) {
        for (const target of importsOf(file)) {
          const to = stageOf(target);
          if (to === null) {
            if (target.startsWith(CONTENT) || !target.startsWith('scripts/')) backwards.push(`${file} → ${target} (outside the stages)`);
            continue;
          }
          if (STAGES.indexOf(to) > STAGES.indexOf(stage)) backwards.push(`${file} → ${target}`);
        }
      }
    }
    expect(backwards).toEqual([]);
  });

  it('src/ takes only types from the pipeline, except its vocabularies and three rules it shares', () => {
    const values = sourceFiles('src')
      .flatMap((file) => {
        const text = readFileSync(file, 'utf8');
        return [...text.matchAll(/^import (?!type )\{([^}]*)\} from ['"](\.[^'"]*scripts\/content\/[^'"]+)['"]/gmu)].map((match) => ({
          file,
          names: match[1]!
            .split(',')
            .map((name) => name.trim())
            .filter((name) => name !== '' && !name.startsWith('type ')),
        }));
      })
      .flatMap(({ names }) => names);
    // Fixed lists the published schemas must agree with, and rules that must read the same on both sides.
    const shared = ['toChineseNumeral', 'placeAndCounty', 'PREFIX_QUALIFIERS', 'LEDGER_GROUPS', 'OUTCOME_STATUSES', 'PROMISED_STAGES', 'REACHED_STAGES', 'SOURCE_KINDS', 'PROJECT_KINDS', 'PROJECT_STAGES', 'STAGES', 'TARGET_KINDS', 'isCeiling'];
    expect(values.filter((name) => !shared.includes(name))).toEqual([]);
  });

  it('no folder of scripts/ or src/lib/ holds more than 12 source files at its top level', () => {
    const crowded = ['scripts', 'src/lib']
      .flatMap((root) => [root, ...readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => join(entry.parentPath, entry.name))])
      .map((folder) => ({ folder, files: readdirSync(folder).filter((name) => /\.(ts|js)$/u.test(name)).length }))
      .filter(({ files }) => files > 12);
    expect(crowded).toEqual([]);
  });
});
