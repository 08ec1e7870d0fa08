import { describe, expect, it } from 'vitest';
import { align } from '../../../../scripts/content/translate/align.ts';
import { readClusters } from '../../../../scripts/content/layers/clusters.ts';
import { checkProjects, readProjects } from '../../../../scripts/content/layers/projects.ts';
import { readTranslations } from '../../../../scripts/content/translate/translations.ts';
import { parseYaml, readYamlFile } from '../../../../scripts/content/shared/yaml-file.ts';
import { gazetteer, realReport } from '../../../helpers.ts';

describe('the projects list', () => {
  const { report, figures } = realReport();
  const aligned = align(report, figures, readTranslations('content/translations/en'), { requireAll: true, translationsDir: '' });
  const places = gazetteer();
  const clusters = readClusters(readYamlFile('content/clusters.yaml'));
  const projects = readProjects(readYamlFile('content/projects.yaml'), places, clusters);

  it('names each project in its paragraph, in Chinese and English', () => {
    expect(projects.length).toBeGreaterThanOrEqual(60);
    expect(() => checkProjects(report, projects, aligned, 'content/projects.yaml')).not.toThrow();
  });

  it('covers the projects the issue names', () => {
    const names = projects.map((project) => project.zh);
    for (const name of ['格力小家电生产基地', '瑞金机场', '长赣高铁', '信丰电厂二期']) expect(names).toContain(name);
    expect(projects.find((project) => project.zh === '瑞金机场')).toMatchObject({
      kind: 'transport',
      stage: 'complete',
      places: ['ruijin'],
    });
  });

  it('fails when a name no longer occurs in its paragraph, naming file and line', () => {
    const yaml = parseYaml(
      'p.yaml',
      '- id: airport\n  zh: 赣州机场\n  en: Ganzhou Airport\n  kind: transport\n  stage: complete\n  stageAsWritten: 建成\n  places: []\n  paragraph: p2-s5-1\n',
    );
    expect(() => checkProjects(report, readProjects(yaml, places), aligned, 'p.yaml')).toThrow(
      'p.yaml:1: airport: “赣州机场” no longer occurs in p2-s5-1',
    );
  });

  it('refuses an unknown place or stage', () => {
    const entry = (field: string) =>
      parseYaml(
        'p.yaml',
        `- id: a\n  zh: 瑞金机场\n  en: Ruijin Airport\n  kind: transport\n  stage: complete\n  stageAsWritten: 建成\n  places: [ruijin]\n  paragraph: p2-s5-1\n${field}`,
      );
    expect(() =>
      readProjects(
        parseYaml(
          'p.yaml',
          '- id: a\n  zh: 瑞金机场\n  en: x\n  kind: transport\n  stage: done\n  stageAsWritten: 建成\n  places: []\n  paragraph: p2-s5-1\n',
        ),
        places,
      ),
    ).toThrow('p.yaml:5: a: stage "done" is not one of start, continue, complete, preparation');
    expect(() =>
      readProjects(
        parseYaml(
          'p.yaml',
          '- id: a\n  zh: 瑞金机场\n  en: x\n  kind: transport\n  stage: complete\n  stageAsWritten: 建成\n  places: [atlantis]\n  paragraph: p2-s5-1\n',
        ),
        places,
      ),
    ).toThrow('p.yaml:7: a: place "atlantis" is not in content/places.yaml');
    expect(readProjects(entry(''), places)).toHaveLength(1);
    expect(() => readProjects(entry('  cluster: toys\n'), places, clusters)).toThrow(
      'p.yaml:9: a: cluster "toys" is not in content/clusters.yaml',
    );
  });

  it('files the industrial projects of p2-s1-1 under their cluster', () => {
    expect(projects.filter((project) => project.cluster !== null)).toHaveLength(15);
    expect(projects.find((project) => project.id === 'foxconn')?.cluster).toBe('electronic-information');
    expect(projects.find((project) => project.id === 'yudu-junan-denim-park')?.cluster).toBe('textiles-garments');
  });
});
