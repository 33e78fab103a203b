import { nearestCommune } from '../lib/geo/communes-near.ts';
import { communeMatcher, type CommuneChoice, type CommuneMatcher } from '../lib/places/match-communes.ts';
import { routes } from '../lib/site/routes.ts';
import { homeText } from '../lib/site/strings/home.ts';

interface FinderCommune extends CommuneChoice {
  centroid: { lat: number; lon: number };
}

const MAX_SUGGESTIONS = 6;
/** How long after the focus left the form the list of suggestions closes. */
const CLOSE_DELAY_MS = 250;
const t = homeText;

/**
 * `<help-finder>`: reveals the "need + commune" form and opens `/communes/<commune>/<need>/`.
 * The commune field is a combobox with a list of suggestions (WAI-ARIA « combobox » pattern, list
 * autocomplete without automatic selection): typing offers communes (typo-tolerant, « St »/« Ste »,
 * postal codes), Down/Up move through them, Enter takes the highlighted one, Escape closes the list.
 * A text that means several communes (a shared postal code) is never settled silently: the list
 * stays open and the status asks to choose. The device's position can pick the nearest commune
 * (computed here, never sent). Without JavaScript the links around it do the same.
 */
class HelpFinder extends HTMLElement {
  private communes: FinderCommune[] = [];
  private matcher: CommuneMatcher<FinderCommune> | undefined;
  private chosen: FinderCommune | undefined;
  private options: FinderCommune[] = [];
  private active = -1;

  connectedCallback(): void {
    const form = this.querySelector('form');
    const data = this.querySelector('script[type="application/json"]');
    if (form === null || data === null) return;
    this.communes = JSON.parse(data.textContent) as FinderCommune[];
    this.matcher = communeMatcher(this.communes);
    this.input.addEventListener('input', () => {
      this.chosen = undefined;
      this.suggest();
    });
    this.input.addEventListener('keydown', (event) => {
      this.onKey(event);
    });
    // The list closes when the focus leaves the form. It stays open on the way to the submit
    // button (closing it would move the button from under the finger), and closes a moment after
    // a tap elsewhere (some browsers do not focus a tapped button), once that tap is done.
    form.addEventListener('focusout', (event) => {
      const next = event.relatedTarget;
      if (next instanceof Node && form.contains(next)) return;
      window.setTimeout(() => {
        if (!form.contains(document.activeElement)) this.close();
      }, CLOSE_DELAY_MS);
    });
    this.listbox.addEventListener('mousedown', (event) => {
      event.preventDefault(); // keeps the focus in the field
    });
    this.listbox.addEventListener('click', (event) => {
      const option = (event.target as Element).closest('[role="option"]');
      const index = option === null ? -1 : [...this.listbox.children].indexOf(option);
      const commune = this.options[index];
      if (commune !== undefined) this.choose(commune);
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.go();
    });
    const locate = this.querySelector<HTMLButtonElement>('[data-geolocate]');
    if (locate !== null && 'geolocation' in navigator) {
      locate.hidden = false;
      locate.addEventListener('click', () => {
        this.locate();
      });
    }
    form.hidden = false;
    for (const el of this.querySelectorAll<HTMLElement>('[data-without-js]')) el.hidden = true;
  }

  private get input(): HTMLInputElement {
    return this.querySelector('input[role="combobox"]') as HTMLInputElement;
  }

  /** The list of suggestions; its role is given here, with its options (empty in the HTML, it is no list yet). */
  private get listbox(): HTMLElement {
    const list = this.querySelector('[data-suggestions]') as HTMLElement;
    if (list.getAttribute('role') !== 'listbox') list.setAttribute('role', 'listbox');
    return list;
  }

  private say(message: string): void {
    const status = this.querySelector('[data-status]');
    if (status !== null) status.textContent = message;
  }

  private onKey(event: KeyboardEvent): void {
    const open = !this.listbox.hidden;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (!open) this.open(this.input.value.trim() === '' ? this.communes : this.suggestionsFor(this.input.value));
        if (event.altKey || this.options.length === 0) return;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        const from = this.active === -1 && step === -1 ? 0 : this.active;
        this.highlight((from + step + this.options.length) % this.options.length);
        return;
      }
      case 'Enter': {
        const commune = this.options[this.active];
        if (open && commune !== undefined) {
          event.preventDefault();
          this.choose(commune);
        }
        return;
      }
      case 'Escape':
        event.preventDefault();
        if (open) this.close();
        else {
          this.input.value = '';
          this.chosen = undefined;
          this.say('');
        }
        return;
      default:
    }
  }

  private suggestionsFor(text: string): FinderCommune[] {
    return (this.matcher?.suggest(text) ?? []).slice(0, MAX_SUGGESTIONS);
  }

  private suggest(): void {
    const text = this.input.value;
    if (text.trim() === '') {
      this.close();
      this.say('');
      return;
    }
    const found = this.suggestionsFor(text);
    this.open(found);
    this.say(t.suggestions(found.length));
  }

  /** Shows `communes` as the list's options, none highlighted (closed when empty). */
  private open(communes: FinderCommune[]): void {
    this.options = communes;
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    this.listbox.replaceChildren(
      ...communes.map((commune) => {
        const option = document.createElement('li');
        option.id = `commune-option-${commune.slug}`;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.textContent = `${commune.name} (${commune.postalCode})`;
        return option;
      }),
    );
    this.listbox.hidden = communes.length === 0;
    this.input.setAttribute('aria-expanded', String(communes.length > 0));
  }

  private close(): void {
    this.listbox.hidden = true;
    this.active = -1;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }

  private highlight(index: number): void {
    this.active = index;
    [...this.listbox.children].forEach((option, i) => {
      option.setAttribute('aria-selected', String(i === index));
      if (i === index) {
        this.input.setAttribute('aria-activedescendant', option.id);
        option.scrollIntoView({ block: 'nearest' });
      }
    });
  }

  private choose(commune: FinderCommune): void {
    this.chosen = commune;
    this.input.value = commune.name;
    this.close();
    this.say(t.chosen(commune.name));
  }

  private locate(): void {
    this.say(t.geolocating);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const point = { lat: position.coords.latitude, lon: position.coords.longitude };
        const commune = nearestCommune(this.communes, point);
        if (commune === undefined) return;
        this.choose(commune);
        this.say(t.geolocated(commune.name));
      },
      () => {
        this.say(t.geolocationFailed);
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 600_000 },
    );
  }

  private go(): void {
    const need = this.querySelector<HTMLInputElement>('input[name="besoin"]:checked');
    if (need === null) {
      this.say(t.needMissing);
      this.querySelector<HTMLInputElement>('input[name="besoin"]')?.focus();
      return;
    }
    const match = this.matcher?.match(this.input.value);
    const commune = this.chosen ?? match?.sure;
    if (commune !== undefined) {
      window.location.assign(routes.communeNeed(commune.slug, need.value));
      return;
    }
    const offered = (match?.suggestions ?? []).slice(0, MAX_SUGGESTIONS);
    this.input.focus();
    this.open(offered);
    this.say(
      match?.kind === 'several'
        ? t.communeChoose(offered.length)
        : offered.length > 0
          ? t.communeLookalikes
          : t.communeMissing,
    );
  }
}

customElements.define('help-finder', HelpFinder);
