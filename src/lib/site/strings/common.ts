/** Strings of every page: the site's name, its header and footer, words shared by several areas. */
import { statusText } from './status.ts';

export const commonText = {
  siteName: 'Repères numériques',
  territory: 'Roche aux Fées Communauté',
  tagline: 'Qui peut vous aider avec le numérique, où et quand, près de chez vous.',
  skipLink: 'Aller au contenu',
  navLabel: 'Menu principal',
  footerLabel: 'Pied de page',
  footerNote:
    'Un service de Roche aux Fées Communauté, dans le cadre de sa feuille de route « Usages du numérique 2023-2026 ».',
  demoNotice: `Les événements marqués « ${statusText.demo} » sont des données de démonstration, pas un programme réel.`,
  /** Names of the site's own pages, in menus and on the site map. */
  pages: {
    home: 'Accueil',
    agenda: 'Agenda',
    directory: 'Annuaire',
    directoryLong: 'Annuaire : qui fait quoi',
    map: 'Carte',
    mapLong: 'Carte des lieux',
    search: 'Recherche',
    accessibility: 'Déclaration d’accessibilité',
    /** The mention RGAA asks on every page: no audit yet, hence « non conforme ». */
    accessibilityFooter: 'Accessibilité : non conforme',
    siteMap: 'Plan du site',
    legalNotice: 'Mentions légales',
    programme: 'Programme à imprimer',
    openData: 'Données ouvertes',
    roadmap: 'Feuille de route',
    observatory: 'Observatoire',
  },
  siteMapCommunes: (n: number) => `Les ${String(n)} communes`,
  /** Who a place or an event is for, when it names no public. */
  everybody: 'Tout public',
  phone: 'Téléphone',
  registration: 'Inscription',
} as const;
