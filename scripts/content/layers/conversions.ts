import { requireRecord, type YamlFile } from '../shared/yaml-file.ts';

/** The rates the site states when it converts the report's units (content/conversions.yaml). */
export interface Conversions {
  yuanPerUsd: number;
  yuanPerUsdYear: number;
  hectaresPerMu: number;
  tonnesPerJin: number;
}

export function readConversions(yaml: YamlFile): Conversions {
  const root = requireRecord(yaml, yaml.data, [], 'the conversion rates');
  const number = (key: keyof Conversions): number => {
    const value = root[key];
    if (typeof value !== 'number' || !(value > 0)) yaml.fail([key], `${key}: expected a positive number`);
    return value;
  };
  return { yuanPerUsd: number('yuanPerUsd'), yuanPerUsdYear: number('yuanPerUsdYear'), hectaresPerMu: number('hectaresPerMu'), tonnesPerJin: number('tonnesPerJin') };
}
