import rss from '@astrojs/rss';
import { getBuildContext } from '../build/build-context.ts';
import { toRssItems } from '../lib/export/to-rss-items.ts';
import { absoluteUrl } from '../lib/export/export-context.ts';
import { routes } from '../lib/site/routes.ts';
import { rssText } from '../lib/site/strings/feeds.ts';

/** RSS 2.0 for the press: one item per upcoming series, newest first. */
export async function GET() {
  const { exports: ctx, occurrences, now } = await getBuildContext();
  return rss({
    title: rssText.title,
    description: rssText.description,
    site: ctx.siteUrl,
    items: toRssItems(occurrences, ctx, now),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    // lastBuildDate: when this version of the feed was built (the build's clock, as every page).
    customData: `<language>fr-FR</language><lastBuildDate>${now.toUTCString()}</lastBuildDate><atom:link href="${absoluteUrl(ctx, routes.rss())}" rel="self" type="application/rss+xml"/>`,
    trailingSlash: true,
  });
}
