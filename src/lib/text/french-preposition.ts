/**
 * A name put in a French sentence after a preposition, with the elision and contraction French
 * requires: « d’octobre », « d’Amanlis », « du Theil-de-Bretagne », « au Theil-de-Bretagne »,
 * « des Iffs », « aux Iffs », « de la Couyère », « du mardi 1er décembre ». Never « de Le … ».
 *
 * The one function for it: every string of `src/lib/site/strings/` that puts a name, a month or
 * a date in a sentence calls `withPreposition`.
 */

/** A preposition ending in « de » (« de », « près de », « autour de ») or in « à » (« à », « jusqu’à »). */
export type Preposition = string;

/** A leading article of a name, as written in names and dates (`Le Theil-de-Bretagne`, `le mardi`). */
const ARTICLE = /^(les|le|la|l[’'])(\s*)(.*)$/isu;
/**
 * Letters that take an elision (`d’`). A leading `h` is left alone: whether it is mute (« d’Hédé »)
 * or aspirated (« de Hambourg ») cannot be told from the spelling, and « de H… » is never wrong enough
 * to mislead.
 */
const VOWEL = /^[aeiouyàâäéèêëîïôöùûüœæ]/iu;

/** The contracted forms of « de » and « à » with « le » and « les ». */
const CONTRACTED = {
  de: { le: 'du', les: 'des' },
  à: { le: 'au', les: 'aux' },
} as const;

/**
 * Splits a preposition into what stays as written and its last word, `de` or `à` (`près de` →
 * `près ` + `de`; `jusqu’à` → `jusqu’` + `à`), or `null` when it ends in neither.
 */
function splitPreposition(preposition: string): { head: string; kind: 'de' | 'à'; capital: boolean } | null {
  const trimmed = preposition.trim();
  const match = /(?:^|\s|[’'])(de|à)$/iu.exec(trimmed);
  const word = match?.[1];
  if (word === undefined) return null;
  return {
    head: trimmed.slice(0, trimmed.length - word.length),
    kind: word.toLowerCase() === 'de' ? 'de' : 'à',
    capital: word !== word.toLowerCase(),
  };
}

/** The contraction or elision of `de` or `à` before `name`: `du Theil`, `d’octobre`, `à la Couyère`. */
function contract(kind: 'de' | 'à', name: string): string {
  const article = ARTICLE.exec(name);
  if (article !== null) {
    const [, word = '', space = '', rest = ''] = article;
    const lower = word.toLowerCase().replace("'", '’');
    // `Lemaire`, `Lesbos`, `Laval`: no space after the letters, not an article.
    if ((lower === 'le' || lower === 'les') && space !== '') return `${CONTRACTED[kind][lower]} ${rest}`;
    // « la » and « l’ » do not contract; inside a sentence they are written in lower case.
    if (lower === 'la' && space !== '') return `${kind} la ${rest}`;
    if (lower === 'l’') return `${kind} l’${rest}`;
  }
  if (kind === 'de' && VOWEL.test(name)) return `d’${name}`;
  return `${kind} ${name}`;
}

/**
 * `preposition` + `name` as French writes it in a sentence:
 * - `withPreposition('de', 'octobre 2027')` → `d’octobre 2027`
 * - `withPreposition('près de', 'Le Theil-de-Bretagne')` → `près du Theil-de-Bretagne`
 * - `withPreposition('à', 'Le Theil-de-Bretagne')` → `au Theil-de-Bretagne`
 * - `withPreposition('jusqu’à', 'Le Theil-de-Bretagne')` → `jusqu’au Theil-de-Bretagne`
 * - `withPreposition('à', 'Janzé')` → `à Janzé`
 * - `withPreposition('de', 'le mardi 1er décembre')` → `du mardi 1er décembre`
 * - `withPreposition('de', 'La Couyère')` → `de la Couyère`
 *
 * A preposition that ends in neither « de » nor « à » is joined with a space.
 */
export function withPreposition(preposition: Preposition, name: string): string {
  const text = name.trim();
  const parts = splitPreposition(preposition);
  if (parts === null) return `${preposition.trim()} ${text}`;
  const phrase = contract(parts.kind, text);
  return `${parts.head}${parts.capital ? phrase.charAt(0).toUpperCase() + phrase.slice(1) : phrase}`;
}
