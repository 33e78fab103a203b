import { describe, expect, it } from 'vitest';
import type { FeedEvent } from '../../../../src/lib/domain/index.ts';
import { parseCsvFeed } from '../../../../src/lib/ingest/csv/parse-csv-feed.ts';
import { feedWindowBetween } from '../../../../src/lib/ingest/feed-window.ts';

const options = { sourceId: 'test', timeZone: 'Europe/Paris', window: feedWindowBetween('2027-01-01', '2028-01-01') };

type Field =
  'title' | 'date' | 'dateTime' | 'start' | 'end' | 'endDate' | 'endDateTime' | 'location' | 'address' | 'commune';

/**
 * Header spellings met in exports and hand-made sheets, by what the column holds, with where each
 * comes from: Google Agenda's CSV import template, Outlook's CSV export (English and French),
 * OpenAgenda's CSV export, Framaforms (Drupal Webform) exports, Google Forms answers in Google
 * Sheets, and what people type in Excel or LibreOffice (hints in brackets, question marks, stars).
 */
const SPELLINGS: Record<Field, [spelling: string, origin: string][]> = {
  title: [
    ['Titre', 'tapé'],
    ['TITRE', 'tapé'],
    ['Titre *', 'tapé (champ obligatoire)'],
    ['Titre :', 'tapé'],
    ['Intitulé', 'tapé'],
    ['Nom', 'tapé'],
    ['Événement', 'tapé'],
    ['Objet', 'Outlook (français)'],
    ['Sujet', 'tapé'],
    ['Libellé', 'tapé'],
    ["Nom de l'événement", 'tapé'],
    ['Titre de l’événement', 'tapé'],
    ["Intitulé de l'atelier", 'tapé'],
    ["Titre de l'atelier", 'Framaforms (question)'],
    ['Atelier', 'tapé'],
    ['Activité', 'tapé'],
    ['Animation', 'tapé'],
    ["Nom de l'animation", 'Google Forms (question)'],
    ['Manifestation', 'tapé'],
    ['Nom de la manifestation', 'tapé'],
    ['Séance', 'tapé'],
    ['Quoi ?', 'tapé'],
    ['Titre - FR', 'OpenAgenda'],
    ['title_fr', 'export de données'],
    ['Subject', 'Google Agenda, Outlook'],
    ['Title', 'tapé (anglais)'],
    ['Event', 'tapé (anglais)'],
    ['Event name', 'tapé (anglais)'],
    ['Event title', 'tapé (anglais)'],
    ['Name', 'tapé (anglais)'],
    ['Summary', 'iCalendar'],
    ['Activity', 'tapé (anglais)'],
    ['Workshop', 'tapé (anglais)'],
  ],
  date: [
    ['Date', 'tapé, Framaforms'],
    ['Jour', 'tapé'],
    ['Date de début', 'tapé'],
    ['Date début', 'tapé'],
    ['Date (jj/mm/aaaa)', 'tapé, Google Forms'],
    ['Date début (JJ/MM/AAAA)', 'tapé'],
    ["Date de l'événement", 'tapé'],
    ["Date de l'atelier", 'tapé'],
    ['Date de la séance', 'tapé'],
    ['Date de l’animation', 'tapé'],
    ['Le', 'tapé'],
    ['Quand', 'tapé'],
    ['Quand ?', 'tapé'],
    ['Start Date', 'Google Agenda, Outlook'],
    ['Event Date', 'tapé (anglais)'],
    ['Day', 'tapé (anglais)'],
  ],
  dateTime: [
    ['Date et heure', 'tapé'],
    ['Date/heure', 'tapé'],
    ['Date & heure', 'tapé'],
    ['Date et heure de début', 'tapé'],
    ['Début', 'LibreOffice (une colonne date-heure)'],
    ['Début (date et heure)', 'tapé'],
    ['Start', 'tapé (anglais)'],
    ['Start date and time', 'tapé (anglais)'],
    ['DateTime', 'export de données'],
  ],
  start: [
    ['Heure', 'tapé, Framaforms'],
    ['Heure de début', 'Outlook (français)'],
    ['Heure début', 'tapé'],
    ['Heure de début (hh:mm)', 'Google Forms'],
    ['Horaire', 'tapé'],
    ['Horaires', 'tapé'],
    ['De', 'tapé'],
    ['À partir de', 'tapé'],
    ['Commence à', 'tapé'],
    ['Start Time', 'Google Agenda, Outlook'],
    ['Time', 'tapé (anglais)'],
  ],
  end: [
    ['Heure de fin', 'Outlook (français), Framaforms'],
    ['Heure fin', 'tapé'],
    ['Heure de fin (hh:mm)', 'Google Forms'],
    ['Fin', 'tapé'],
    ['À', 'tapé'],
    ["Jusqu'à", 'tapé'],
    ['Fin à', 'tapé'],
    ['End Time', 'Google Agenda, Outlook'],
  ],
  endDate: [
    ['Date de fin', 'tapé'],
    ['Date fin', 'tapé'],
    ['Au', 'tapé'],
    ["Jusqu'au", 'tapé'],
    ['End Date', 'Google Agenda, Outlook'],
  ],
  endDateTime: [
    ['Date et heure de fin', 'tapé'],
    ['Fin (date et heure)', 'tapé'],
    ['End date and time', 'tapé (anglais)'],
  ],
  location: [
    ['Lieu', 'tapé, Framaforms'],
    ['Salle', 'tapé'],
    ['Nom du lieu', 'OpenAgenda'],
    ['Emplacement', 'Outlook (français)'],
    ['Location', 'Google Agenda, Outlook'],
    ['Venue', 'tapé (anglais)'],
    ['Où', 'tapé'],
    ['Où ?', 'tapé'],
    ["Lieu de l'atelier", 'tapé'],
    ["Lieu de l'animation", 'Google Forms (question)'],
    ['Lieu de la manifestation', 'tapé'],
    ['Endroit', 'tapé'],
    ['Place', 'tapé (anglais)'],
    ['Site', 'tapé'],
    ['locationName', 'export de données'],
  ],
  address: [
    ['Adresse', 'tapé, OpenAgenda'],
    ['Adresse postale', 'tapé'],
    ['Adresse du lieu', 'tapé'],
    ['Rue', 'tapé'],
    ['N° et rue', 'tapé'],
    ['Address', 'tapé (anglais)'],
    ['Street', 'tapé (anglais)'],
    ['Street address', 'tapé (anglais)'],
  ],
  commune: [
    ['Commune', 'tapé, Framaforms'],
    ['Ville', 'OpenAgenda'],
    ['Ville / commune', 'Google Forms'],
    ['Commune (ville)', 'tapé'],
    ['Localité', 'tapé'],
    ['Nom de la commune', 'tapé'],
    ['Village', 'tapé'],
    ['City', 'tapé (anglais)'],
    ['Town', 'tapé (anglais)'],
    ['Municipality', 'tapé (anglais)'],
  ],
};

/** A one-row table where `spelling` names the column under test, and what must come out of it. */
const CASES: Record<Field, (spelling: string) => { headers: string[]; cells: string[]; expected: Partial<FeedEvent> }> =
  {
    title: (h) => ({
      headers: [h, 'Date'],
      cells: ['Atelier tablette', '17/03/2027'],
      expected: { title: 'Atelier tablette', start: '2027-03-17' },
    }),
    date: (h) => ({
      headers: ['Titre', h],
      cells: ['Atelier', '17/03/2027'],
      expected: { start: '2027-03-17', end: '2027-03-18', allDay: true },
    }),
    dateTime: (h) => ({
      headers: ['Titre', h],
      cells: ['Atelier', '17/03/2027 14:30'],
      expected: { start: '2027-03-17T14:30:00+01:00', allDay: false },
    }),
    start: (h) => ({
      headers: ['Titre', 'Date', h],
      cells: ['Atelier', '17/03/2027', '14:30'],
      expected: { start: '2027-03-17T14:30:00+01:00' },
    }),
    end: (h) => ({
      headers: ['Titre', 'Date', 'Heure de début', h],
      cells: ['Atelier', '17/03/2027', '14:30', '16:00'],
      expected: { start: '2027-03-17T14:30:00+01:00', end: '2027-03-17T16:00:00+01:00' },
    }),
    endDate: (h) => ({
      headers: ['Titre', 'Date', h],
      cells: ['Stage', '17/03/2027', '19/03/2027'],
      expected: { start: '2027-03-17', end: '2027-03-20' },
    }),
    endDateTime: (h) => ({
      headers: ['Titre', 'Date et heure', h],
      cells: ['Atelier', '17/03/2027 14:30', '17/03/2027 16:00'],
      expected: { start: '2027-03-17T14:30:00+01:00', end: '2027-03-17T16:00:00+01:00' },
    }),
    location: (h) => ({
      headers: ['Titre', 'Date', h],
      cells: ['Atelier', '17/03/2027', 'Médiathèque'],
      expected: { location: 'Médiathèque' },
    }),
    address: (h) => ({
      headers: ['Titre', 'Date', h],
      cells: ['Atelier', '17/03/2027', '2 rue de la Libération'],
      expected: { address: '2 rue de la Libération' },
    }),
    commune: (h) => ({
      headers: ['Titre', 'Date', h],
      cells: ['Atelier', '17/03/2027', 'Janzé'],
      expected: { communeText: 'Janzé' },
    }),
  };

const csvLine = (cells: string[]) => cells.map((c) => (/[";,\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(';');

describe('parseCsvFeed reads the header spellings people and tools write', () => {
  for (const [field, spellings] of Object.entries(SPELLINGS) as [Field, [string, string][]][]) {
    it.each(spellings)(`reads « %s » (%s) as the ${field} column`, (spelling) => {
      const { headers, cells, expected } = CASES[field](spelling);
      const result = parseCsvFeed(new TextEncoder().encode(`${csvLine(headers)}\n${csvLine(cells)}\n`), options);
      expect(result.fatal).toBe(false);
      expect(result.issues).toEqual([]);
      expect(result.events).toEqual([expect.objectContaining(expected)]);
    });
  }
});
