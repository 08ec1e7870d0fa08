/** The curated list of named projects (content/projects.yaml), checked against the report. */
import projectsJson from '../../generated/projects.json';
import type { Project } from '../../../scripts/content/layers/projects.ts';
import { PROJECT_KINDS, PROJECT_STAGES } from '../../../scripts/content/layers/projects.ts';

export type { Project };
export { PROJECT_KINDS, PROJECT_STAGES };

export const projects = projectsJson as unknown as Project[];

export function projectsIn(placeId: string): Project[] {
  return projects.filter((project) => project.places.includes(placeId));
}

/** The projects a paragraph names, in the order the curated list gives them. */
export function projectsOfParagraph(paragraphId: string): Project[] {
  return projects.filter((project) => project.paragraph === paragraphId);
}

/** A paragraph that names this many projects or more is a list of them: it gets a table. */
export const PROJECT_TABLE_MIN = 8;
