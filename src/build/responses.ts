/** The answers of the site's data endpoints: the text written, with its type and charset. */

/** A JSON document (`.json`), already serialised. */
export function jsonResponse(text: string): Response {
  return new Response(text, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

/** An iCalendar file (`.ics`), already serialised. */
export function calendarResponse(text: string): Response {
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
