/**
 * The value `read` returns, or `null` when ical.js throws on a value it cannot decode (ical.js
 * decodes lazily, so a bad date only fails when read). The caller reports the problem with the
 * event's line: the exception itself says nothing a partner could use.
 */
export function tryRead<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}
