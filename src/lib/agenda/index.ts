/** The agenda: upcoming occurrences, days, months, series, filters, pages. Pure; the clock is a parameter. */
export * from './upcoming.ts';
export * from './group-by-day.ts';
export * from './months.ts';
export * from './series.ts';
export * from './filter-occurrences.ts';
export * from './collapse-series.ts';
export * from './paginate.ts';
export * from './agenda-item.ts';
export * from './date-ranges.ts';
export * from './event-view.ts';
export * from './agenda-lines-file.ts';
export * from './agenda-query.ts';
export * from './list-agenda.ts';
export * from './series-families.ts';
