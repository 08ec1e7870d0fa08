import { ContentError } from '../shared/errors.ts';
import type { Report } from '../shared/model.ts';

/**
 * Ids are anchors, translation keys and file names: two nodes with one id would make one of them
 * vanish from the site while its figures stayed in the data. Fail loudly instead.
 */
export function checkUniqueIds(report: Report, file: string): void {
  const seen = new Map<string, number>();
  const check = (id: string, line: number): void => {
    const first = seen.get(id);
    if (first !== undefined) throw new ContentError(file, line, `two parts of the report would share the id "${id}" (the first at line ${first}): expected each part, section and paragraph to have its own`);
    seen.set(id, line);
  };
  for (const part of report.parts) {
    check(part.id, part.line);
    for (const section of part.sections) {
      check(section.id, section.line);
      for (const topic of section.topics) {
        check(topic.id, topic.paragraphs[0]?.line ?? section.line);
        for (const paragraph of topic.paragraphs) check(paragraph.id, paragraph.line);
      }
    }
  }
}
