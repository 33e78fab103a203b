import { IANA_ALIAS_MAP, WINDOWS_TO_IANA_MAP } from 'windows-iana';
import { isKnownTimeZone } from '../../time/zone-offset.ts';

/** Lower-cased Windows zone name → its IANA zones (world territory first). */
let windowsIndex: Map<string, string[]> | null = null;
/** Lower-cased city or place name → IANA zone (`paris` → `Europe/Paris`). */
let cityIndex: Map<string, string> | null = null;

function buildIndexes(): { windows: Map<string, string[]>; cities: Map<string, string> } {
  if (windowsIndex === null || cityIndex === null) {
    windowsIndex = new Map();
    for (const entry of WINDOWS_TO_IANA_MAP) {
      const key = entry.windowsName.toLowerCase();
      const zones = windowsIndex.get(key) ?? [];
      if (entry.territory === '001') zones.unshift(...entry.iana);
      else zones.push(...entry.iana);
      windowsIndex.set(key, zones);
    }
    cityIndex = new Map();
    for (const entry of IANA_ALIAS_MAP) {
      const canonical = (entry.alias as readonly string[])[0];
      if (canonical === undefined) continue;
      for (const alias of entry.alias) {
        const city = alias.split('/').at(-1)?.replace(/_/g, ' ').toLowerCase();
        if (city !== undefined && !cityIndex.has(city)) cityIndex.set(city, canonical);
      }
      const place = entry.description.split(',')[0]?.trim().toLowerCase();
      if (place !== undefined && !cityIndex.has(place)) cityIndex.set(place, canonical);
    }
  }
  return { windows: windowsIndex, cities: cityIndex };
}

const OFFSET_ONLY = /^\(?\s*(?:UTC|GMT)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?\s*\)?$/i;
const DISPLAY_PREFIX = /^\(\s*(?:UTC|GMT)\s*(?:[+-]\s*\d{1,2}(?::?\d{2})?)?\s*\)\s*/i;

function fromIanaName(name: string): string | null {
  if (isKnownTimeZone(name) && (name.includes('/') || /^(?:UTC|GMT|Z)$/i.test(name))) {
    return name.toUpperCase() === 'Z' ? 'UTC' : name;
  }
  // Mozilla and Lotus prefixes: `/mozilla.org/20050126_1/Europe/Paris`, `/softwarestudio.org/…`.
  const segments = name.split('/').filter((s) => s !== '');
  for (const size of [3, 2]) {
    const tail = segments.slice(-size).join('/');
    if (segments.length >= size && tail.includes('/') && isKnownTimeZone(tail)) return tail;
  }
  return null;
}

function fromWindowsName(name: string): string | null {
  const zones = buildIndexes().windows.get(name.toLowerCase());
  return zones?.find((zone) => isKnownTimeZone(zone)) ?? null;
}

function fromDisplayName(name: string, preferred: string): string | null {
  const { cities } = buildIndexes();
  const parts = name.replace(DISPLAY_PREFIX, '').split(/[,;/]| - /);
  const found = parts
    .map((part) => cities.get(part.trim().toLowerCase()))
    .filter((zone): zone is string => zone !== undefined && isKnownTimeZone(zone));
  return found.find((zone) => zone === preferred) ?? found[0] ?? null;
}

function fromOffset(name: string): string | null {
  const match = OFFSET_ONLY.exec(name);
  if (match === null) return null;
  const [, sign, hours, minutes] = match;
  if (minutes !== undefined && minutes !== '00') return null;
  const h = Number(hours);
  if (h === 0) return 'UTC';
  // Etc/GMT signs are inverted: UTC+01 is Etc/GMT-1.
  const zone = `Etc/GMT${sign === '+' ? '-' : '+'}${h}`;
  return isKnownTimeZone(zone) ? zone : null;
}

/**
 * The IANA zone a feed's TZID designates, or `null` when it cannot be told: IANA names (also
 * behind Mozilla-style prefixes), Windows names ("Romance Standard Time") through the CLDR
 * mapping of `windows-iana`, Outlook display names ("(UTC+01:00) Brussels, Copenhagen, Madrid,
 * Paris") by their cities (`preferred` wins when listed), and bare offsets ("UTC+01", "(GMT +01:00)").
 */
export function resolveTimeZone(tzid: string, preferred: string): string | null {
  const name = tzid
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .trim();
  if (name === '') return null;
  return fromIanaName(name) ?? fromWindowsName(name) ?? fromOffset(name) ?? fromDisplayName(name, preferred);
}
