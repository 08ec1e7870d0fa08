import { defineMiddleware } from 'astro:middleware';
import { tradeWords } from './lib/layers/trade-words.ts';
import { linkFirstUses } from './lib/site/first-uses.ts';
import { paths } from './lib/site/paths.ts';

// An English page links the first use of each word of the trade to its glossary entry: a reader
// of English cannot know 规上 or 亩. Chinese pages are left alone; their readers know these words.
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!context.url.pathname.startsWith('/en/') || !(response.headers.get('content-type') ?? '').startsWith('text/html')) return response;
  const html = linkFirstUses(
    await response.text(),
    tradeWords,
    (id, words) => `<a class="trade-word" href="${paths.glossary('en')}#${id}">${words}</a>`,
  );
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
