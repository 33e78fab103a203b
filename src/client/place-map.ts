import 'leaflet/dist/leaflet.css';
import type { Map as LeafletMap, Marker } from 'leaflet';
import { matchesPlaceFilter, type PlaceFacets } from '../lib/places/filter-places.ts';
import { mapText } from '../lib/site/strings/map.ts';

interface NeedRule {
  id: string;
  themes: string[];
  publics: string[];
}
interface Point {
  lat: number;
  lon: number;
  label: string;
}
interface Item {
  li: HTMLLIElement;
  markers: Marker[];
}

const t = mapText;
const words = (value: string | undefined) => (value ?? '').split(' ').filter((w) => w !== '');

/** The facets the build wrote on a list item (`data-themes`, `data-publics`, `data-communes`). */
const facetsOf = (li: HTMLElement): PlaceFacets => ({
  themes: words(li.dataset['themes']),
  publics: words(li.dataset['publics']),
  communes: words(li.dataset['communes']),
});

/**
 * `<place-map>`: draws the places of its list on a Leaflet map (loaded only here), each marker's
 * popup showing the list item (link to the place page, next event), and filters list and markers
 * together by need, public and commune. Without JavaScript the list is the same content.
 */
class PlaceMap extends HTMLElement {
  private items: Item[] = [];
  private needs: NeedRule[] = [];
  private map: LeafletMap | undefined;

  async connectedCallback(): Promise<void> {
    const canvas = this.querySelector<HTMLElement>('[data-canvas]');
    const form = this.querySelector('form');
    if (canvas === null || form === null) return;
    this.needs = JSON.parse(this.querySelector('script[type="application/json"]')?.textContent ?? '[]') as NeedRule[];
    const L = await import('leaflet');
    canvas.hidden = false;
    const map = L.map(canvas, { zoomControl: false, scrollWheelZoom: false });
    this.map = map;
    L.control.zoom({ zoomInTitle: t.zoomIn, zoomOutTitle: t.zoomOut }).addTo(map);
    L.tileLayer(this.dataset['tiles'] ?? '', { attribution: this.dataset['attribution'] ?? '', maxZoom: 18 }).addTo(
      map,
    );
    const icon = L.divIcon({ className: 'map-pin', iconSize: [22, 22], iconAnchor: [11, 22], popupAnchor: [0, -20] });
    for (const li of this.querySelectorAll<HTMLLIElement>('li[data-place]')) {
      const popup = li.querySelector('[data-popup]');
      const points = JSON.parse(li.dataset['points'] ?? '[]') as Point[];
      const markers = points.map((p) =>
        L.marker([p.lat, p.lon], { icon, title: p.label, alt: p.label, keyboard: true }).bindPopup(() => {
          const content = document.createElement('div');
          if (popup !== null) content.append(...Array.from(popup.cloneNode(true).childNodes));
          return content;
        }),
      );
      for (const m of markers) m.addTo(map);
      this.items.push({ li, markers });
    }
    map.on('popupopen', (event) => {
      const element = event.popup.getElement();
      element?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', t.closePopup);
      // Like a small dialog: the focus goes to the popup's first link, and back to the marker on close.
      element?.querySelector<HTMLElement>('.leaflet-popup-content a')?.focus();
    });
    map.on('popupclose', (event) => {
      const marker = this.items.flatMap((i) => i.markers).find((m) => m.getPopup() === event.popup);
      if (event.popup.getElement()?.contains(document.activeElement) === true) marker?.getElement()?.focus();
    });
    canvas.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') map.closePopup();
    });
    this.fit();
    form.hidden = false;
    for (const el of this.querySelectorAll<HTMLElement>('[data-without-js]')) el.hidden = true;
    form.addEventListener('change', () => {
      this.filter(new FormData(form));
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.filter(new FormData(form));
    });
  }

  private fit(): void {
    const visible = this.items.filter((i) => !i.li.hidden).flatMap((i) => i.markers.map((m) => m.getLatLng()));
    if (this.map === undefined || visible.length === 0) return;
    this.map.fitBounds(
      visible.map((ll) => [ll.lat, ll.lng]),
      { padding: [24, 24], maxZoom: 14 },
    );
  }

  private filter(values: FormData): void {
    const field = (name: string) => {
      const value = values.get(name);
      return typeof value === 'string' ? value : '';
    };
    const need = this.needs.find((n) => n.id === field('besoin'));
    const publicId = field('public');
    const commune = field('commune');
    let shown = 0;
    const filter = {
      need,
      publicId: publicId === '' ? undefined : publicId,
      commune: commune === '' ? undefined : commune,
    };
    for (const { li, markers } of this.items) {
      const keep = matchesPlaceFilter(facetsOf(li), filter);
      li.hidden = !keep;
      if (keep) shown++;
      for (const m of markers) {
        if (keep && this.map !== undefined) m.addTo(this.map);
        else m.remove();
      }
    }
    const status = this.querySelector('[data-status]');
    if (status !== null) status.textContent = t.shown(shown);
    this.fit();
  }
}

customElements.define('place-map', PlaceMap);
