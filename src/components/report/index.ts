// The components the generated MDX chapters use, by the tag names scripts/content/output/markup.ts writes.
import Fig from './Fig.astro';
import Lead from './Lead.astro';
import Pair from './Pair.astro';
import Para from './Para.astro';
import Place from './Place.astro';
import RunIn from './RunIn.astro';
import Term from './Term.astro';
import Untranslated from './Untranslated.astro';

export const reportComponents = { Fig, Lead, Pair, Para, Place, RunIn, Term, Untranslated };
