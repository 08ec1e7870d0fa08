import { realReport } from '../test/helpers.ts';
const { figures } = realReport();
for (const f of figures) if (f.qualifiers.includes('力争')) console.log(f.id, f.text, f.qualifier, f.qualifiers);
