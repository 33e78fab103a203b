/**
 * `<agenda-filter>`: filters the WHOLE agenda in the browser — every upcoming date, not only the
 * lines of the page on screen — by commune (with its neighbours), theme, public, date and price,
 * and shows any page of the result. The choice lives in the address (`/agenda/?public=seniors&
 * date=month&page=2`): « Page suivante » keeps it, and a filtered agenda can be shared. The lines
 * come from the files `/agenda/lignes/<day>.json` (a few hundred dates each), read in order and
 * only as far as the page needs (the browser caches them). Without JavaScript the built pages and the ready-made
 * lists do the same job; this element only replaces the listing once a filter is chosen.
 */
import {
  decodeAgendaLines,
  filterOfQuery,
  isFiltered,
  listAgenda,
  readAgendaQuery,
  writeAgendaQuery,
  type AgendaFilter,
  type AgendaListing,
  type AgendaQuery,
  type AgendaRecord,
  type DecodedLines,
} from '../lib/agenda/index.ts';
import { routes } from '../lib/site/routes.ts';
import { agendaText } from '../lib/site/strings/agenda.ts';
import { toZonedDate } from '../lib/time/zoned-time.ts';
import { renderDays, renderEmpty, renderPager } from './agenda-lines.ts';
import { hidePastLines } from './past-lines.ts';

const hrefOf = (query: AgendaQuery) => routes.agendaFiltered(writeAgendaQuery(query).toString());

class AgendaFilterElement extends HTMLElement {
  private form: HTMLFormElement | null = null;
  private files: string[] = [];
  private loaded = new Map<string, Promise<DecodedLines>>();
  private timer: number | undefined;
  /** Increases with each query: an answer to an older one is dropped. */
  private generation = 0;

  connectedCallback(): void {
    this.form = this.querySelector('form');
    if (this.form === null) return;
    this.files = (this.dataset['files'] ?? '').split(' ').filter((d) => d !== '');
    const query = readAgendaQuery(new URLSearchParams(location.search));
    this.fill(this.form, query);
    this.form.hidden = false;
    this.form.addEventListener('change', () => {
      this.choose();
    });
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.choose();
    });
    this.form.addEventListener('reset', () => {
      setTimeout(() => {
        this.choose();
      }, 0);
    });
    if (isFiltered(query) || query.page > 1) void this.show(query);
    this.timer = window.setInterval(() => {
      if (this.results !== null) hidePastLines(this.results, Date.now());
    }, 60_000);
    if (this.results !== null) hidePastLines(this.results, Date.now());
  }

  disconnectedCallback(): void {
    window.clearInterval(this.timer);
  }

  private get results(): HTMLElement | null {
    return document.querySelector<HTMLElement>('[data-agenda-results]');
  }

  private say(message: string): void {
    const status = this.querySelector('[data-filter-status]');
    if (status !== null) status.textContent = message;
  }

  /** Sets the form's fields to a query. */
  private fill(form: HTMLFormElement, query: AgendaQuery): void {
    const set = (name: string, value: string | null) => {
      const field = form.elements.namedItem(name);
      if (field instanceof HTMLSelectElement) field.value = value ?? '';
    };
    set('commune', query.commune);
    set('theme', query.theme);
    set('public', query.public);
    set('date', query.date);
    const check = (name: string, value: boolean) => {
      const field = form.elements.namedItem(name);
      if (field instanceof HTMLInputElement) field.checked = value;
    };
    check('voisines', query.nearby);
    check('gratuit', query.free);
  }

  /** The query of the form's fields (page 1). */
  private read(form: HTMLFormElement): AgendaQuery {
    const data = new FormData(form);
    const params = new URLSearchParams();
    for (const name of ['commune', 'theme', 'public', 'date']) {
      const value = data.get(name);
      if (typeof value === 'string' && value !== '') params.set(name, value);
    }
    if (data.get('voisines') === null) params.set('voisines', '0');
    if (data.get('gratuit') !== null) params.set('gratuit', '1');
    return readAgendaQuery(params);
  }

  private choose(): void {
    if (this.form === null) return;
    const query = this.read(this.form);
    history.replaceState(null, '', hrefOf(query));
    void this.show(query);
  }

  private file(from: string): Promise<DecodedLines> {
    let file = this.loaded.get(from);
    if (file === undefined) {
      const url = routes.agendaLines(from);
      file = fetch(url)
        .then((response) => {
          if (!response.ok) throw new Error(`${url} : ${String(response.status)}`);
          return response.json();
        })
        .then((json) => decodeAgendaLines(json, routes.event));
      file.catch(() => this.loaded.delete(from));
      this.loaded.set(from, file);
    }
    return file;
  }

  /**
   * Reads the files in order until the page asked for is complete and we know whether another
   * follows (or, with a last day, until the file starting after it): the listing, and whether the
   * whole agenda was read. The next file is fetched while the current one is read.
   */
  private async list(query: AgendaQuery, filter: AgendaFilter, now: Date) {
    const pageSize = Number(this.dataset['pageSize'] ?? '40');
    const records: AgendaRecord[] = [];
    const later = new Map<string, number>();
    let listing: AgendaListing | undefined;
    let read = 0;
    for (const [i, from] of this.files.entries()) {
      if (filter.to !== undefined && from > filter.to) break;
      const next = this.files[i + 1];
      if (next !== undefined && (filter.to === undefined || next <= filter.to))
        void this.file(next).catch(() => undefined);
      const decoded = await this.file(from);
      records.push(...decoded.records);
      for (const [series, count] of decoded.later) later.set(series, count);
      read += 1;
      listing = listAgenda(records, filter, { now, pageSize, page: query.page, laterDates: later });
      if (listing.pages > query.page) break;
    }
    const unread = this.files[read];
    const complete = unread === undefined || (filter.to !== undefined && unread > filter.to);
    listing = listAgenda(records, filter, {
      now,
      pageSize,
      page: query.page,
      ...(complete ? {} : { laterDates: later }),
    });
    return { listing, complete };
  }

  private async show(query: AgendaQuery): Promise<void> {
    const results = this.results;
    if (results === null) return;
    const generation = ++this.generation;
    const now = new Date();
    const filter = filterOfQuery(query, this.nearby, toZonedDate(now.getTime()));
    results.setAttribute('aria-busy', 'true');
    this.say(agendaText.filterLoading);
    try {
      const { listing, complete } = await this.list(query, filter, now);
      if (generation !== this.generation) return;
      this.render(results, query, listing, complete);
    } catch (error) {
      if (generation !== this.generation) return;
      console.error(new Error('Filtre de l’agenda : lecture impossible', { cause: error }));
      this.say(agendaText.filterFailed);
    } finally {
      if (generation === this.generation) results.removeAttribute('aria-busy');
    }
  }

  private get nearby(): Record<string, string[]> {
    return JSON.parse(this.dataset['nearby'] ?? '{}') as Record<string, string[]>;
  }

  private render(results: HTMLElement, query: AgendaQuery, listing: AgendaListing, complete: boolean): void {
    const publicLabels = JSON.parse(this.dataset['publics'] ?? '{}') as Record<string, string>;
    const options = { publicLabels, markEverybody: query.public !== null };
    const hasNext = listing.page < listing.pages;
    const pager = renderPager((page) => hrefOf({ ...query, page }), listing.page, hasNext);
    results.replaceChildren(
      ...(listing.lines === 0 ? [renderEmpty()] : [renderDays(listing.days, options)]),
      ...(pager === null ? [] : [pager]),
    );
    const count = complete ? agendaText.filterCount(listing.lines) : agendaText.filterCountAtLeast(listing.lines);
    const split =
      query.public !== null && complete && listing.lines > 0
        ? ` ${agendaText.filterPublicSplit(listing.forSpecificPublics, listing.lines - listing.forSpecificPublics)}`
        : '';
    const page = listing.pages > 1 ? ` ${agendaText.filterPage(listing.page, complete ? listing.pages : null)}` : '';
    this.say(`${count}${split}${page}`);
    if (query.page !== listing.page) history.replaceState(null, '', hrefOf({ ...query, page: listing.page }));
  }
}

if (!customElements.get('agenda-filter')) customElements.define('agenda-filter', AgendaFilterElement);
