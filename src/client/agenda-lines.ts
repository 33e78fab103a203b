/**
 * The agenda's days and lines drawn in the browser, in the markup of AgendaDays.astro (the
 * built listing): the filter shows any page of the filtered listing with it. Text only, never HTML.
 */
import { dayHeading, type AgendaDay, type AgendaItem } from '../lib/agenda/index.ts';
import { relativeDayOf } from '../lib/format/format-date.ts';
import { agendaText } from '../lib/site/strings/agenda.ts';
import { capitalised, statusText } from '../lib/site/strings/status.ts';

export interface LineOptions {
  /** Public id → label. */
  publicLabels: Record<string, string>;
  markEverybody: boolean;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

const statusMark = (status: 'cancelled' | 'tentative') =>
  el(
    'strong',
    { class: status === 'cancelled' ? 'status-mark' : 'status-mark tentative' },
    status === 'cancelled' ? statusText.cancelled : capitalised(statusText.toConfirm),
  );

/** A day's heading, as AgendaDays.astro writes it: « Aujourd’hui », « Demain » by the reader's clock (day-label.ts). */
function headingOf(day: AgendaDay<AgendaItem>): HTMLElement {
  const suffix = day.continued === true ? ` ${agendaText.dayContinued}` : '';
  const label = document.createElement('day-label');
  label.dataset['date'] = day.date;
  label.dataset['label'] = day.label;
  label.dataset['suffix'] = suffix;
  label.append(
    el('h2', { id: `jour-${day.date}` }, dayHeading(day.label, relativeDayOf(day.date, new Date())) + suffix),
  );
  return label;
}

function publicMarkOf(item: AgendaItem, options: LineOptions): string | null {
  if (item.data.publics.length > 0)
    return agendaText.forPublics(item.data.publics.map((p) => options.publicLabels[p] ?? p));
  return options.markEverybody ? agendaText.everybody : null;
}

function lineOf(item: AgendaItem, options: LineOptions): HTMLLIElement {
  const title = el('h3');
  if (item.cancelled) title.append(statusMark('cancelled'), ' ');
  if (item.tentative) title.append(statusMark('tentative'), ' ');
  title.append(el('a', { href: item.href }, item.title));
  if (item.demo) title.append(' ', el('span', { class: 'demo-mark' }, statusText.demo));
  const meta = el('p', {}, el('span', { class: 'agenda-time' }, item.time));
  if (item.where !== null) meta.append(` · ${item.where}`);
  if (item.price !== null) meta.append(` · ${item.price}`);
  if (item.moreDates > 0) meta.append(` · ${agendaText.moreDates(item.moreDates)}`);
  const mark = publicMarkOf(item, options);
  const markClass = item.data.publics.length === 0 ? 'public-mark everybody' : 'public-mark';
  if (mark !== null) meta.append(' · ', el('span', { class: markClass }, mark));
  return el(
    'li',
    {
      class: item.cancelled ? 'agenda-line cancelled' : 'agenda-line',
      'data-start': item.data.start,
      'data-end': item.data.end,
    },
    title,
    meta,
  );
}

/** The sections of some days, as the built listing writes them. */
export function renderDays(days: readonly AgendaDay<AgendaItem>[], options: LineOptions): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const day of days) {
    const section = el(
      'section',
      { class: 'agenda-day', 'aria-labelledby': `jour-${day.date}`, 'data-day': day.date },
      headingOf(day),
      el('ul', {}, ...day.items.map((item) => lineOf(item, options))),
    );
    if (day.continues === true) section.append(el('p', { class: 'day-continues' }, agendaText.dayContinues));
    fragment.append(section);
  }
  return fragment;
}

/** The « Page précédente / Page suivante » links of a filtered listing. */
export function renderPager(hrefOf: (page: number) => string, page: number, hasNext: boolean): HTMLElement | null {
  if (page <= 1 && !hasNext) return null;
  const nav = el('nav', { class: 'pager', 'aria-label': agendaText.pagination });
  if (page > 1) nav.append(el('a', { href: hrefOf(page - 1), rel: 'prev' }, `← ${agendaText.previousPage}`));
  if (hasNext) nav.append(el('a', { href: hrefOf(page + 1), rel: 'next' }, `${agendaText.nextPage} →`));
  return nav;
}

/** The paragraph shown when nothing matches. */
export function renderEmpty(): HTMLElement {
  return el('p', { class: 'agenda-empty' }, agendaText.emptyFiltered);
}
