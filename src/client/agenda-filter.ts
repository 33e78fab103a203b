/**
 * `<agenda-filter>`: filters the agenda's lines instantly in the browser (commune with its
 * neighbours, theme, public, date, free), keeps the choice in the address, announces the count.
 * The page is complete without it: it only hides lines.
 */
import { dateRangeOf, DATE_CHOICES, matchesFilter, type AgendaFilter, type DateChoice } from '../lib/agenda/index.ts';
import { routes } from '../lib/site/routes.ts';
import { agendaText } from '../lib/site/strings/agenda.ts';
import { toZonedDate } from '../lib/time/zoned-time.ts';
import { hasEnded, hideEmptyDays } from './past-lines.ts';

const FIELDS = ['commune', 'theme', 'public', 'date'] as const;

function lineOf(el: HTMLElement) {
  const words = (key: string) => (el.dataset[key] ?? '').split(' ').filter((w) => w !== '');
  const free = el.dataset['free'];
  return {
    start: el.dataset['start'] ?? '',
    end: el.dataset['end'] ?? '',
    allDay: el.dataset['allDay'] === '1',
    commune: el.dataset['commune'] || null,
    themes: words('themes'),
    publics: words('publics'),
    free: free === '1' ? true : free === '0' ? false : null,
  };
}

class AgendaFilterElement extends HTMLElement {
  private form: HTMLFormElement | null = null;
  private nearby: Record<string, string[]> = {};
  private slugs: Record<string, string> = {};
  private timer: number | undefined;

  connectedCallback(): void {
    this.form = this.querySelector('form');
    if (this.form === null) return;
    this.nearby = JSON.parse(this.dataset['nearby'] ?? '{}') as Record<string, string[]>;
    this.slugs = JSON.parse(this.dataset['slugs'] ?? '{}') as Record<string, string>;
    this.readAddress(this.form);
    this.form.hidden = false;
    this.form.addEventListener('change', () => {
      this.apply(true);
    });
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.apply(true);
    });
    this.form.addEventListener('reset', () => {
      setTimeout(() => {
        this.apply(true);
      }, 0);
    });
    this.apply(false);
    this.timer = window.setInterval(() => {
      this.apply(false);
    }, 60_000);
  }

  disconnectedCallback(): void {
    window.clearInterval(this.timer);
  }

  private readAddress(form: HTMLFormElement): void {
    const params = new URLSearchParams(location.search);
    for (const name of FIELDS) {
      const select = form.elements.namedItem(name);
      const value = params.get(name);
      if (select instanceof HTMLSelectElement && value !== null) select.value = value;
    }
    const free = form.elements.namedItem('gratuit');
    if (free instanceof HTMLInputElement) free.checked = params.get('gratuit') === '1';
    const near = form.elements.namedItem('voisines');
    if (near instanceof HTMLInputElement && params.get('voisines') === '0') near.checked = false;
  }

  private currentFilter(form: HTMLFormElement): { filter: AgendaFilter; params: URLSearchParams } {
    const data = new FormData(form);
    const value = (name: string) => {
      const v = data.get(name);
      return typeof v === 'string' ? v : '';
    };
    const params = new URLSearchParams();
    const filter: AgendaFilter = {};
    const commune = value('commune');
    if (commune !== '') {
      const withNearby = data.get('voisines') !== null;
      filter.communes = withNearby ? (this.nearby[commune] ?? [commune]) : [commune];
      params.set('commune', commune);
      if (!withNearby) params.set('voisines', '0');
    }
    if (value('theme') !== '') params.set('theme', (filter.theme = value('theme')));
    if (value('public') !== '') params.set('public', (filter.public = value('public')));
    if (data.get('gratuit') !== null) {
      filter.free = true;
      params.set('gratuit', '1');
    }
    const date = value('date');
    if ((DATE_CHOICES as readonly string[]).includes(date) && date !== 'all') {
      Object.assign(filter, dateRangeOf(date as DateChoice, toZonedDate(Date.now())));
      params.set('date', date);
    }
    return { filter, params };
  }

  private apply(announce: boolean): void {
    const form = this.form;
    const main = this.closest('main') ?? document;
    if (form === null) return;
    const { filter, params } = this.currentFilter(form);
    const now = Date.now();
    for (const line of main.querySelectorAll<HTMLElement>('[data-day] [data-end]')) {
      line.hidden = hasEnded(line, now) || !matchesFilter(lineOf(line), filter);
    }
    const count = hideEmptyDays(main);
    const empty = main.querySelector<HTMLElement>('[data-agenda-empty]');
    if (empty !== null) empty.hidden = count > 0;
    const status = this.querySelector<HTMLElement>('[data-filter-status]');
    if (status !== null && (announce || params.size > 0)) status.textContent = agendaText.filterCount(count);
    this.showCommunePage(params.get('commune'));
    const query = params.toString();
    history.replaceState(null, '', query === '' ? location.pathname : `${location.pathname}?${query}`);
  }

  /** On a paginated agenda, links the chosen commune's own listing, which holds every date. */
  private showCommunePage(insee: string | null): void {
    const box = this.querySelector<HTMLElement>('[data-commune-page]');
    const link = box?.querySelector('a');
    const slug = insee === null ? undefined : this.slugs[insee];
    if (!box || !link) return;
    box.hidden = slug === undefined;
    if (slug !== undefined) link.href = routes.agendaCommune(slug);
  }
}

if (!customElements.get('agenda-filter')) customElements.define('agenda-filter', AgendaFilterElement);
