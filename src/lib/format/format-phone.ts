/** Phone numbers for display (`02 99 47 00 00`) and for `tel:` links (`tel:+33299470000`). */

function digitsOf(phone: string): string {
  return phone.replace(/[^\d+]/g, '');
}

/** A French number in pairs (`02 99 47 00 00`); an international one as written, spaces tidied. */
export function formatPhone(phone: string): string {
  const digits = digitsOf(phone);
  const national = digits.startsWith('+33') ? `0${digits.slice(3)}` : digits;
  if (/^0\d{9}$/.test(national)) return national.replace(/(\d{2})(?=\d)/g, '$1 ');
  return phone.trim().replace(/\s+/g, ' ');
}

/** `tel:+33299470000` for a French number; other numbers keep their digits (and leading `+`). */
export function phoneHref(phone: string): string {
  const digits = digitsOf(phone);
  if (/^0\d{9}$/.test(digits)) return `tel:+33${digits.slice(1)}`;
  return `tel:${digits}`;
}
