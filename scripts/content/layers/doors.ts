import { bilingual, figureRef, type Bilingual, type FigureRef } from './charts.ts';
import type { GlossaryEntry } from './glossary.ts';
import type { Figure } from '../shared/model.ts';
import { requireArray, requireRecord, requireString, type YamlFile } from '../shared/yaml-file.ts';

export interface DoorItem { label: Bilingual; figure: FigureRef }

export interface Doors {
  citizen: Array<{ topic: Bilingual; items: DoorItem[] }>;
  investor: { reforms: DoorItem[]; terms: string[] };
}

/** content/doors.yaml: what each home page leads with; numbers are checked figure references. */
export function readDoors(yaml: YamlFile, figures: Figure[], glossary: GlossaryEntry[]): Doors {
  const root = requireRecord(yaml, yaml.data, [], 'citizen: and investor:');
  const item = (raw: unknown, path: Array<string | number>): DoorItem => {
    const record = requireRecord(yaml, raw, path, 'an item: { label, figure }');
    return { label: bilingual(yaml, record.label, [...path, 'label'], 'the label'), figure: figureRef(yaml, record.figure, [...path, 'figure'], figures, null) };
  };
  const citizen = requireArray(yaml, root.citizen, ['citizen'], 'the topics of daily life').map((raw, index) => {
    const topic = requireRecord(yaml, raw, ['citizen', index], 'a topic: { topic, items }');
    return {
      topic: bilingual(yaml, topic.topic, ['citizen', index, 'topic'], 'the topic'),
      items: requireArray(yaml, topic.items, ['citizen', index, 'items'], 'the items').map((rawItem, i) => item(rawItem, ['citizen', index, 'items', i])),
    };
  });
  const investor = requireRecord(yaml, root.investor, ['investor'], 'reforms: and terms:');
  const terms = requireArray(yaml, investor.terms, ['investor', 'terms'], 'glossary terms').map((term, index) => {
    const zh = requireString(yaml, term, ['investor', 'terms', index], 'a glossary term');
    if (!glossary.some((entry) => entry.zh === zh)) yaml.fail(['investor', 'terms', index], `“${zh}” is not in content/glossary.yaml`);
    return zh;
  });
  return {
    citizen,
    investor: { reforms: requireArray(yaml, investor.reforms, ['investor', 'reforms'], 'the reforms').map((raw, i) => item(raw, ['investor', 'reforms', i])), terms },
  };
}
