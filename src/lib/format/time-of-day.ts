/** A time of day in French typography: `14 h`, `9 h 30`. */
export function formatTimeOfDay(hour: number, minute: number): string {
  return minute === 0 ? `${String(hour)} h` : `${String(hour)} h ${String(minute).padStart(2, '0')}`;
}
