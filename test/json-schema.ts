import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';

// A standard validator, as someone reusing /data/schemas/ would run it: ajv on JSON Schema draft
// 2020-12. Formats are not checked (ajv needs a plugin for them; zod checks them already).
const ajv = new Ajv2020({ strict: false, validateFormats: false });

/** Where `data` breaks `schema`, as ajv reports it; empty when it is valid. */
export function jsonSchemaErrors(schema: object, data: unknown): ErrorObject[] {
  const validate = ajv.compile(schema);
  return validate(data) ? [] : (validate.errors ?? []);
}
