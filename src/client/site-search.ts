/**
 * `<site-search>`: the search page starts light (a plain form); Pagefind's component UI (about
 * 48 KB compressed) is fetched only when the reader focuses the field, types, or arrives with
 * `?q=`. The typed words are handed over to Pagefind's own field, which keeps the focus. The
 * bundle's address is the one the page gives Pagefind (`<pagefind-config bundle-path>`, from routes).
 */

function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      resolve();
    });
  });
}

class SiteSearch extends HTMLElement {
  private loading: Promise<void> | undefined;

  connectedCallback(): void {
    const form = this.querySelector('form');
    const input = form?.querySelector('input');
    if (!form || !input) return;
    const start = () => void this.load(input);
    input.addEventListener('focus', start, { once: true });
    input.addEventListener('input', start, { once: true });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      start();
    });
    const query = new URLSearchParams(location.search).get('q');
    if (query !== null && query !== '') {
      input.value = query;
      start();
    }
  }

  private load(input: HTMLInputElement): Promise<void> {
    this.loading ??= this.mount(input);
    return this.loading;
  }

  private async mount(input: HTMLInputElement): Promise<void> {
    const bundle = this.querySelector('pagefind-config')?.getAttribute('bundle-path') ?? '';
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = `${bundle}pagefind-component-ui.css`;
    document.head.append(css);
    const url = `${bundle}pagefind-component-ui.js`;
    await import(/* @vite-ignore */ url);
    const ui = this.querySelector<HTMLElement>('[data-search-ui]');
    const form = this.querySelector('form');
    if (!ui || !form) return;
    let field: HTMLInputElement | null = null;
    for (let i = 0; i < 120 && field === null; i++) {
      await nextFrame();
      field = ui.querySelector('pagefind-input input');
    }
    if (field === null) return;
    const hadFocus = document.activeElement === input;
    ui.hidden = false;
    form.hidden = true;
    field.value = input.value;
    if (hadFocus || input.value !== '') field.focus();
    if (input.value !== '') field.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
