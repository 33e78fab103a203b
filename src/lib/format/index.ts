/** French formatting of dates, times and phone numbers (Europe/Paris, never the machine's zone). */
export * from './format-date.ts';
export * from './format-when.ts';
export * from './format-phone.ts';
