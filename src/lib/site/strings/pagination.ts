/** Strings of the pages of a long listing (directory, programme). */
export const paginationText = {
  previous: 'Page précédente',
  next: 'Page suivante',
  /** `Page 2 sur 5`. */
  position: (page: number, pages: number) => `Page ${String(page)} sur ${String(pages)}`,
  /** A page title after the first: `Annuaire : démarches en ligne, page 2`. */
  title: (title: string, page: number) => (page <= 1 ? title : `${title}, page ${String(page)}`),
} as const;
