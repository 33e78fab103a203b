/** Words of dates and times (lib/format): relative days, ranges, the all-day line. */
export const datesText = {
  today: 'aujourd’hui',
  tomorrow: 'demain',
  allDay: 'toute la journée',
  /** `du lundi 14 au mercredi 16 décembre`. */
  range: (from: string, to: string) => `du ${from} au ${to}`,
  /** `jusqu’au mercredi 16 décembre`. */
  until: (day: string) => `jusqu’au ${day}`,
} as const;
