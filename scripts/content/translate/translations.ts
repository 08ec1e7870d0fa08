import { readYamlEntries, requireRecord, requireString } from '../shared/yaml-file.ts';

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
  return readYamlEntries(dir, { root: 'paragraph ids mapped to { source, en }', twice: 'is translated twice' }, (yaml, id, raw) => {
    const entry = requireRecord(yaml, raw, [id], `the translation of ${id}: { source, en }`);
    const lead = entry.lead === undefined ? null : requireString(yaml, entry.lead, [id, 'lead'], 'the English of the lead sentence');
    for (const key of Object.keys(entry)) {
      if (!['source', 'en', 'lead'].includes(key)) yaml.fail([id, key], `${id}: unknown field "${key}": expected source, en and (for a paragraph with a lead sentence) lead`);
    }
    return {
      id,
      source: requireString(yaml, entry.source, [id, 'source'], `the hash of the Chinese of ${id}`),
      lead,
      en: requireString(yaml, entry.en, [id, 'en'], `the English of ${id}`).trim(),
      file: yaml.file,
      line: yaml.lineOf([id]),
    };
  });
}
