/** schema.org `OpeningHoursSpecification`. */
export interface OpeningHoursSpecification {
  '@type': 'OpeningHoursSpecification';
  dayOfWeek: string[];
  opens: string;
  closes: string;
}

const DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
const SCHEMA_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const RULE =
  /^((?:Mo|Tu|We|Th|Fr|Sa|Su)(?:-(?:Mo|Tu|We|Th|Fr|Sa|Su))?(?:,(?:Mo|Tu|We|Th|Fr|Sa|Su)(?:-(?:Mo|Tu|We|Th|Fr|Sa|Su))?)*) ((?:\d{2}:\d{2}-\d{2}:\d{2})(?:,\d{2}:\d{2}-\d{2}:\d{2})*)$/;

function daysOf(selector: string): string[] {
  return selector.split(',').flatMap((part) => {
    const [from, to = from] = part.split('-') as [(typeof DAYS)[number], (typeof DAYS)[number]?];
    const a = DAYS.indexOf(from);
    const b = DAYS.indexOf(to);
    return SCHEMA_DAYS.slice(a, b >= a ? b + 1 : a + 1);
  });
}

/**
 * schema.org opening hours of an OSM `opening_hours` value, for the plain weekly form
 * (`Mo-Fr 09:00-12:00,14:00-17:00; Sa 10:00-12:00`). Anything richer (holidays, weeks of the
 * month, `off`, months) gives `[]`: better no hours than wrong hours in search results.
 */
export function openingHoursToSpec(osm: string): OpeningHoursSpecification[] {
  const specs: OpeningHoursSpecification[] = [];
  for (const rule of osm
    .split(';')
    .map((r) => r.trim())
    .filter(Boolean)) {
    const match = RULE.exec(rule);
    if (match === null) return [];
    const dayOfWeek = daysOf(match[1] ?? '');
    for (const range of (match[2] ?? '').split(',')) {
      const [opens = '', closes = ''] = range.split('-');
      specs.push({ '@type': 'OpeningHoursSpecification', dayOfWeek, opens, closes });
    }
  }
  return specs;
}
