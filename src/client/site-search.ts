/**
 * `<site-search>`: the search page starts light (a plain form whose action, without JavaScript,
 * leads to the ready-made lists). On first use — focus, typing, or arriving with `?q=` — it
 * fetches Pagefind's search library alone (no ready-made interface, no web worker: the smallest
 * download Pagefind allows) and lists the results itself: title, what it is, its next date,
 * an excerpt with the words found marked, in the site's readable type. The index holds one page
 * per place and per family of series (the same rendez-vous in several communes is one result).
 */
import { searchText } from '../lib/site/strings/search.ts';

interface PagefindResult {
  id: string;
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>;
}
interface Pagefind {
  options: (options: object) => Promise<void>;
  debouncedSearch: (term: string, options?: object, ms?: number) => Promise<{ results: PagefindResult[] } | null>;
}

/** Results shown at first, and added by « Plus de résultats ». */
const PAGE = 8;
/** Pagefind's ranking: page length counts less than by default (short pages of bus stops won't crowd out a workshop). */
const RANKING = { pageLength: 0.3, termFrequency: 0.8, termSaturation: 1.2 };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: ' ' };
const decode = (text: string) =>
  text.replace(/&(#x?[\da-f]+|\w+);/gi, (all, name: string) => ENTITIES[name.toLowerCase()] ?? all);

/** Pagefind's excerpt (text with `<mark>`) as text nodes and marks, never parsed as HTML. */
function excerptNodes(excerpt: string): Node[] {
  return excerpt.split(/(<mark>.*?<\/mark>)/).flatMap((part): Node[] => {
    if (part === '') return [];
    const marked = /^<mark>(.*)<\/mark>$/.exec(part);
    if (marked === null) return [document.createTextNode(decode(part.replace(/<[^>]*>/g, '')))];
    const mark = document.createElement('mark');
    mark.textContent = decode((marked[1] ?? '').replace(/<[^>]*>/g, ''));
    return [mark];
  });
}

class SiteSearch extends HTMLElement {
  private pagefind: Promise<Pagefind> | undefined;
  private results: PagefindResult[] = [];
  private shown = 0;
  private query = '';

  connectedCallback(): void {
    const form = this.querySelector('form');
    const input = form?.querySelector('input');
    if (!form || !input) return;
    const start = () => void this.load();
    input.addEventListener('focus', start, { once: true });
    input.addEventListener('input', () => {
      void this.search(input.value);
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.search(input.value);
    });
    this.querySelector('[data-search-more] button')?.addEventListener('click', () => {
      void this.showMore();
    });
    const query = new URLSearchParams(location.search).get('q');
    if (query !== null && query.trim() !== '') {
      input.value = query;
      void this.search(query);
    }
  }

  private say(message: string): void {
    const status = this.querySelector('[data-search-status]');
    if (status !== null) status.textContent = message;
  }

  private load(): Promise<Pagefind> {
    this.pagefind ??= (async () => {
      const url = `${this.dataset['bundle'] ?? '/pagefind/'}pagefind.js`;
      const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
      await pagefind.options({ noWorker: true, excerptLength: 24, ranking: RANKING });
      return pagefind;
    })();
    return this.pagefind;
  }

  private async search(text: string): Promise<void> {
    const query = text.trim();
    this.query = query;
    const params = query === '' ? '' : `?${new URLSearchParams({ q: query }).toString()}`;
    history.replaceState(null, '', `${location.pathname}${params}`);
    if (query === '') {
      this.render([], 0);
      this.say('');
      return;
    }
    this.say(this.pagefind === undefined ? searchText.loading : searchText.searching);
    try {
      const pagefind = await this.load();
      const found = await pagefind.debouncedSearch(query);
      if (found === null || query !== this.query) return; // a newer search replaced this one
      this.results = found.results;
      this.shown = 0;
      this.render([], 0);
      await this.showMore();
      this.say(searchText.results(found.results.length, query));
    } catch (error) {
      console.error(new Error('Recherche : Pagefind n’a pas pu être chargé', { cause: error }));
      this.say(searchText.failed);
    }
  }

  private async showMore(): Promise<void> {
    const query = this.query;
    const next = this.results.slice(this.shown, this.shown + PAGE);
    const data = await Promise.all(next.map((r) => r.data()));
    if (query !== this.query) return;
    const list = this.querySelector<HTMLElement>('[data-search-results]');
    if (list === null) return;
    const items = data.map((d) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = d.url;
      link.textContent = d.meta['title'] ?? d.url;
      const kind = document.createElement('p');
      kind.className = 'result-kind';
      kind.textContent = [d.meta['kind'], d.meta['date']].filter((x) => x !== undefined && x !== '').join(' · ');
      const excerpt = document.createElement('p');
      excerpt.className = 'result-excerpt';
      excerpt.append(...excerptNodes(d.excerpt));
      item.append(link, kind, excerpt);
      return item;
    });
    const first = this.shown === 0;
    this.shown += next.length;
    this.render(items, this.shown, !first);
  }

  private render(items: HTMLElement[], shown: number, append = false): void {
    const list = this.querySelector<HTMLElement>('[data-search-results]');
    const more = this.querySelector<HTMLElement>('[data-search-more]');
    if (list === null || more === null) return;
    if (append) list.append(...items);
    else list.replaceChildren(...items);
    list.hidden = list.children.length === 0;
    more.hidden = shown === 0 || shown >= this.results.length;
    if (append) items[0]?.querySelector('a')?.focus();
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
