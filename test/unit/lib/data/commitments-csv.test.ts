import { describe, expect, it } from 'vitest';
import { commitmentsCsv } from '../../../../src/lib/data/commitments-csv.ts';
import { realCommitments } from '../../../helpers.ts';

describe('commitments.csv', async () => {
  const { commitments } = await realCommitments();
  const lines = commitmentsCsv(commitments)
    .replace(/^\uFEFF/u, '')
    .trimEnd()
    .split('\r\n');

  it('has a header and one row per clause, with the issue’s field names', () => {
    expect(lines[0]).toBe(
      'id,paragraph,role,year,stage,stageAsWritten,reform,text,en,context_zh,context_en,figures,places,clusters,zones,projects',
    );
    expect(lines).toHaveLength(commitments.length + 1);
  });

  it('writes lists space-separated and places with the way they are reached', () => {
    const row = lines.find((line) => line.startsWith('p2-s5-1-c6,'))!;
    expect(row).toContain(',target,2023,start,开工,false,');
    expect(row).toContain('huichang:name longnan:name xunwu:abbreviation quannan:abbreviation xingguo:abbreviation');
    expect(lines.find((line) => line.startsWith('p2-s1-1-c12,'))).toBe(
      'p2-s1-1-c12,p2-s1-1,target,2023,strive,力争,false,力争产业集群营收达2800亿元,,,,p2-s1-1-f1,,home-furnishing,,',
    );
  });
});
