import { checkerDirectory } from '../../../build/partner-pages.ts';
import { jsonResponse } from '../../../build/responses.ts';

/**
 * What the feed checker reads a feed against: the site's places, communes and taxonomy
 * (src/lib/partners/checker-directory.ts). One file, cached by the browser, fetched by
 * `<feed-checker>` when the page opens: the page itself stays the same size whatever the territory.
 */
export async function GET() {
  return jsonResponse(JSON.stringify(await checkerDirectory()));
}
