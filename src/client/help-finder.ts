import { nearestCommune } from '../lib/geo/communes-near.ts';
import { communeMatcher, type CommuneChoice, type CommuneMatcher } from '../lib/places/match-communes.ts';
import { routes } from '../lib/site/routes.ts';
import { homeText } from '../lib/site/strings/home.ts';

interface FinderCommune extends CommuneChoice {
  centroid: { lat: number; lon: number };
}

const MAX_SUGGESTIONS = 5;
const t = homeText;

/**
 * `<help-finder>`: reveals the "need + commune" form, suggests communes as the resident types
 * (typo-tolerant), can find the nearest commune from the device's position (computed here, never
 * sent), then opens `/communes/<commune>/<need>/`. Without JavaScript the links around it do the same.
 */
class HelpFinder extends HTMLElement {
  private communes: FinderCommune[] = [];
  private matcher: CommuneMatcher<FinderCommune> = { suggest: () => [], best: () => undefined };
  private chosen: FinderCommune | undefined;

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
    return this.querySelector('input[name="commune"]') as HTMLInputElement;
  }

  private say(message: string): void {
    const status = this.querySelector('[data-status]');
    if (status !== null) status.textContent = message;
  }

  private choose(commune: FinderCommune): void {
    this.chosen = commune;
    this.input.value = commune.name;
    this.renderSuggestions([]);
    this.say(t.chosen(commune.name));
  }

  private suggest(): void {
    const found =
      this.input.value.trim() === '' ? [] : this.matcher.suggest(this.input.value).slice(0, MAX_SUGGESTIONS);
    this.renderSuggestions(found);
    this.say(this.input.value.trim() === '' ? '' : t.suggestions(found.length));
  }

  private renderSuggestions(found: FinderCommune[]): void {
    const list = this.querySelector('[data-suggestions]');
    if (list === null) return;
    list.replaceChildren(
      ...found.map((commune) => {
        const item = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = `${commune.name} (${commune.postalCode})`;
        button.addEventListener('click', () => {
          this.choose(commune);
          this.input.focus();
        });
        item.append(button);
        return item;
      }),
    );
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
    const commune = this.chosen ?? this.matcher.best(this.input.value);
    if (commune === undefined) {
      this.say(t.communeMissing);
      this.input.focus();
      return;
    }
    window.location.assign(routes.communeNeed(commune.slug, need.value));
  }
}

customElements.define('help-finder', HelpFinder);
