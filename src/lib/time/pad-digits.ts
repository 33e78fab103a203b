/** A whole number written with at least `width` digits, zeros in front: `padDigits(7)` is `07`, `padDigits(26, 4)` is `0026`. */
export function padDigits(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}
