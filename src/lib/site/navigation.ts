/** The site's menus and site map: each page's address from routes, its name from the common strings. */
import { partnerRoutes, routes } from './routes.ts';
import { commonText } from './strings/common.ts';
import { partnersText } from './strings/partners.ts';

/** A link of a menu. */
export interface NavLink {
  href: string;
  label: string;
}

const names = commonText.pages;

/** The header's menu. */
export const mainNav: readonly NavLink[] = [
  { href: routes.home(), label: names.home },
  { href: routes.agenda(), label: names.agenda },
  { href: routes.directory(), label: names.directory },
  { href: routes.map(), label: names.map },
  { href: routes.search(), label: names.search },
];

/** The footer's menu: the printable programme, the open data, then the legally required pages. */
export const footerNav: readonly NavLink[] = [
  { href: routes.programme(), label: names.programme },
  { href: routes.openData(), label: names.openData },
  { href: routes.accessibility(), label: names.accessibilityFooter },
  { href: routes.siteMap(), label: names.siteMap },
  { href: routes.legalNotice(), label: names.legalNotice },
];

/** The site's own pages, in the order of the site map. */
export const sitePages: readonly NavLink[] = [
  { href: routes.home(), label: names.home },
  { href: routes.agenda(), label: names.agenda },
  { href: routes.directory(), label: names.directoryLong },
  { href: routes.map(), label: names.mapLong },
  { href: routes.search(), label: names.search },
  { href: routes.accessibility(), label: names.accessibility },
  { href: routes.siteMap(), label: names.siteMap },
  { href: routes.legalNotice(), label: names.legalNotice },
  { href: routes.programme(), label: names.programme },
  { href: routes.openData(), label: names.openData },
  { href: routes.roadmap(), label: names.roadmap },
  { href: routes.observatory(), label: names.observatory },
  { href: partnerRoutes.partners(), label: partnersText.pages.health },
  { href: partnerRoutes.partnersPublish(), label: partnersText.pages.publish },
  { href: partnerRoutes.partnersCheck(), label: partnersText.pages.check },
];

/** The partners' space: its three pages, linked from each of them. */
export const partnersNav: readonly NavLink[] = [
  { href: partnerRoutes.partners(), label: partnersText.pages.healthShort },
  { href: partnerRoutes.partnersPublish(), label: partnersText.pages.publishShort },
  { href: partnerRoutes.partnersCheck(), label: partnersText.pages.checkShort },
];
