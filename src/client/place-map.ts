import 'leaflet/dist/leaflet.css';
import type { Map as LeafletMap, Marker } from 'leaflet';
import { matchesPlaceFilter } from '../lib/places/filter-places.ts';
import type { MapData, MapNeed, MapPlace } from '../lib/places/map-data.ts';
import { mapText } from '../lib/site/strings/map.ts';
import { statusText } from '../lib/site/strings/status.ts';

const t = mapText;

/** One place on the map: its data, its markers, and its line of the page's list if the list holds it. */
interface Item {
  place: MapPlace;
  markers: Marker[];
  li: HTMLLIElement | null;
}

/** An element with its text (never HTML: the data comes from partners). */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, text = '', attrs: Record<string, string> = {}) {
  const el = document.createElement(tag);
  el.textContent = text;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  return el;
}

/** A marker's popup: the place's name (a heading under the page's title), kind, address, phone, next session. */
function popupOf(place: MapPlace): HTMLElement {
  const content = element('div');
  const title = element('h2');
  title.append(element('a', place.name, { href: place.href }));
  content.append(title, element('p', `${place.kind} · ${place.serves}`), element('p', place.address));
  if (place.phone !== null) {
    const phone = element('p', `${t.phone} `);
    phone.append(element('a', place.phone.text, { href: place.phone.href }));
    content.append(phone);
  }
  if (place.next !== null) {
    const next = element('p', `${t.nextEvent} `);
    next.append(element('a', place.next.title, { href: place.next.href }), ', ');
    next.append(element('time', place.next.when, { datetime: place.next.start }));
    if (place.next.cancelled) next.append(' ', element('strong', statusText.cancelled));
    content.append(next);
  }
  if (place.approximate) content.append(element('p', t.coordinatesNote, { class: 'hint' }));
  return content;
}

/**
 * `<place-map>`: draws every place of the map's data file (`data-src`) on a Leaflet map, loaded
 * only here, each marker's popup naming the place; filters markers and the page's list together
 * by need, public and commune; opens the place named by the address's `#fragment`. On a touch
 * screen one finger scrolls the page, the map moving only once asked; when the map's tiles do not
 * load, it says so. Without JavaScript, the list by commune and the directory give the same places.
 */
class PlaceMap extends HTMLElement {
  private items: Item[] = [];
  private needs: MapNeed[] = [];
  private map: LeafletMap | undefined;

  async connectedCallback(): Promise<void> {
    const canvas = this.querySelector<HTMLElement>('[data-canvas]');
    const form = this.querySelector('form');
    if (canvas === null || form === null) return;
    let data: MapData;
    try {
      const response = await fetch(this.dataset['src'] ?? '');
      if (!response.ok) throw new Error(`HTTP ${String(response.status)}`);
      data = (await response.json()) as MapData;
    } catch {
      this.say(t.dataFailed);
      return;
    }
    this.needs = data.needs;
    const L = await import('leaflet');
    canvas.hidden = false;
    const touch = window.matchMedia('(pointer: coarse)').matches;
    const map = L.map(canvas, { zoomControl: false, scrollWheelZoom: false, dragging: !touch });
    this.map = map;
    L.control.zoom({ zoomInTitle: t.zoomIn, zoomOutTitle: t.zoomOut }).addTo(map);
    const tiles = L.tileLayer(this.dataset['tiles'] ?? '', {
      attribution: this.dataset['attribution'] ?? '',
      maxZoom: 18,
    });
    tiles.once('tileerror', () => {
      this.say(t.tilesFailed);
    });
    tiles.addTo(map);
    if (touch) this.offerTouchMove(map);
    const icon = L.divIcon({ className: 'map-pin', iconSize: [22, 22], iconAnchor: [11, 22], popupAnchor: [0, -20] });
    for (const place of data.places) {
      const markers = place.points.map((p) =>
        L.marker([p.lat, p.lon], { icon, title: p.label, alt: p.label, keyboard: true }).bindPopup(() =>
          popupOf(place),
        ),
      );
      for (const m of markers) m.addTo(map);
      this.items.push({ place, markers, li: this.querySelector(`li[data-place="${CSS.escape(place.id)}"]`) });
    }
    this.followPopups(map, canvas);
    this.fit();
    this.openFromAddress();
    window.addEventListener('hashchange', () => {
      this.openFromAddress();
    });
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

  /** A problem said in words, under the map. */
  private say(message: string): void {
    const problem = this.querySelector('[data-problem]');
    if (problem !== null) problem.textContent = message;
  }

  /** On a touch screen: the map does not catch one finger until the resident asks it to. */
  private offerTouchMove(map: LeafletMap): void {
    const box = this.querySelector<HTMLElement>('[data-touch]');
    const button = box?.querySelector<HTMLButtonElement>('[data-touch-move]');
    if (box === null || button === null || button === undefined) return;
    box.hidden = false;
    button.addEventListener('click', () => {
      const on = button.getAttribute('aria-pressed') !== 'true';
      button.setAttribute('aria-pressed', String(on));
      if (on) map.dragging.enable();
      else map.dragging.disable();
    });
  }

  /** Like a small dialog: focus into a popup's first link on opening, back to its marker on closing. */
  private followPopups(map: LeafletMap, canvas: HTMLElement): void {
    map.on('popupopen', (event) => {
      const element = event.popup.getElement();
      element?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', t.closePopup);
      element?.querySelector<HTMLElement>('.leaflet-popup-content a')?.focus();
    });
    map.on('popupclose', (event) => {
      const marker = this.items.flatMap((i) => i.markers).find((m) => m.getPopup() === event.popup);
      if (event.popup.getElement()?.contains(document.activeElement) === true) marker?.getElement()?.focus();
    });
    canvas.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') map.closePopup();
    });
  }

  /** `/carte/#<place id>`: the place's first marker, centred, its popup open. */
  private openFromAddress(): void {
    const id = decodeURIComponent(window.location.hash.slice(1));
    const marker = this.items.find((i) => i.place.id === id)?.markers[0];
    if (marker === undefined || this.map === undefined) return;
    this.map.setView(marker.getLatLng(), Math.max(this.map.getZoom(), 13));
    marker.openPopup();
  }

  private fit(): void {
    const visible = this.items.filter((i) => i.markers.some((m) => this.map?.hasLayer(m) === true));
    const points = visible.flatMap((i) => i.markers.map((m) => m.getLatLng()));
    if (this.map === undefined || points.length === 0) return;
    this.map.fitBounds(
      points.map((ll) => [ll.lat, ll.lng]),
      { padding: [24, 24], maxZoom: 14 },
    );
  }

  private filter(values: FormData): void {
    const field = (name: string) => {
      const value = values.get(name);
      return typeof value === 'string' ? value : '';
    };
    const publicId = field('public');
    const commune = field('commune');
    const filter = {
      need: this.needs.find((n) => n.id === field('besoin')),
      publicId: publicId === '' ? undefined : publicId,
      commune: commune === '' ? undefined : commune,
    };
    let shown = 0;
    for (const { place, markers, li } of this.items) {
      const keep = matchesPlaceFilter(place.facets, filter);
      if (li !== null) li.hidden = !keep;
      if (keep) shown++;
      for (const m of markers) {
        if (keep && this.map !== undefined) m.addTo(this.map);
        else m.remove();
      }
    }
    // A commune none of whose listed places passes is hidden with its heading.
    for (const group of this.querySelectorAll<HTMLElement>('[data-commune-group]')) {
      group.hidden = group.querySelector('li[data-place]:not([hidden])') === null;
    }
    const status = this.querySelector('[data-status]');
    if (status !== null) status.textContent = t.shown(shown);
    this.fit();
  }
}

customElements.define('place-map', PlaceMap);
