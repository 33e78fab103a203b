/** A paragraph of interface text with inline code and links, kept as data so the words stay in strings/. */
export type RichText = readonly (string | { code: string } | { href: string; text: string })[];
