import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError } from './errors.ts';
import { readYamlFile, requireRecord, requireString } from './yaml-file.ts';

/** One translated text: a paragraph (with its lead sentence apart) or a title. */
export interface TranslationEntry {
  id: string;
  /** Hash of the Chinese text this translates (see hash.ts). */
  source: string;
  lead: string | null;
  en: string;
  file: string;
  line: number | null;
}

/** Reads every content/translations/en/*.yaml; an id may be translated only once. */
export function readTranslations(dir: string): Map<string, TranslationEntry> {
  const entries = new Map<string, TranslationEntry>();
  if (!existsSync(dir)) return entries;
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.yaml')).sort()) {
    const file = join(dir, name);
    const yaml = readYamlFile(file);
    if (yaml.data === null || yaml.data === undefined) continue;
    const root = requireRecord(yaml, yaml.data, [], 'paragraph ids mapped to { source, en }');
    for (const [id, raw] of Object.entries(root)) {
      const entry = requireRecord(yaml, raw, [id], `the translation of ${id}: { source, en }`);
      const previous = entries.get(id);
      if (previous) throw new ContentError(file, yaml.lineOf([id]), `${id} is translated twice: also in ${previous.file}:${previous.line}`);
      const lead = entry.lead === undefined ? null : requireString(yaml, entry.lead, [id, 'lead'], 'the English of the lead sentence');
      for (const key of Object.keys(entry)) {
        if (!['source', 'en', 'lead'].includes(key)) yaml.fail([id, key], `${id}: unknown field "${key}": expected source, en and (for a paragraph with a lead sentence) lead`);
      }
      entries.set(id, {
        id,
        source: requireString(yaml, entry.source, [id, 'source'], `the hash of the Chinese of ${id}`),
        lead,
        en: requireString(yaml, entry.en, [id, 'en'], `the English of ${id}`).trim(),
        file,
        line: yaml.lineOf([id]),
      });
    }
  }
  return entries;
}
