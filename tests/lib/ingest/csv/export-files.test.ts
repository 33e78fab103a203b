import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsvFeed } from '../../../../src/lib/ingest/csv/parse-csv-feed.ts';
import { feedWindowBetween } from '../../../../src/lib/ingest/feed-window.ts';
import { root } from '../../../support/paths.ts';

const options = { sourceId: 'test', timeZone: 'Europe/Paris', window: feedWindowBetween('2027-01-01', '2028-01-01') };
const read = (name: string) => parseCsvFeed(readFileSync(path.join(root, 'tests/fixtures/csv-exports', name)), options);
const when = (events: ReturnType<typeof read>['events']) => events.map((e) => [e.title, e.start, e.end]);

describe('parseCsvFeed on files saved by the tools partners use', () => {
  it('reads Excel’s “CSV UTF-8”: byte-order mark, commas, quoted cells with commas, doubled quotes and line breaks, date and time in one cell', () => {
    const result = read('excel-csv-utf8.csv');
    expect(result.issues).toEqual([]);
    expect(result.events.map((e) => [e.title, e.start, e.end, e.location, e.description])).toEqual([
      [
        'Atelier "tablette", niveau 1',
        '2027-03-17T14:30:00+01:00',
        '2027-03-17T16:30:00+01:00',
        'Médiathèque, salle 2',
        'Apportez :\n- votre tablette, chargée ;\n- votre code "Wi-Fi"',
      ],
      ['Café numérique', '2027-03-18T10:00:00+01:00', '2027-03-18T12:00:00+01:00', 'Janzé', 'Simple'],
    ]);
  });

  it('reads a Framaforms export: the questions of the form, not the details of each submission', () => {
    const result = read('framaforms-export.csv');
    expect(when(result.events)).toEqual([
      ['Découvrir sa boîte mail', '2027-03-17T14:30:00+01:00', '2027-03-17T16:00:00+01:00'],
      ['Sécuriser son téléphone', '2027-03-24T10:00:00+01:00', '2027-03-24T12:00:00+01:00'],
    ]);
    expect(result.events.map((e) => [e.location, e.communeText])).toEqual([
      ['Mairie', 'Essé'],
      ['Salle des fêtes', 'Thourie'],
    ]);
    expect(result.issues.map((i) => i.severity)).toEqual(['warning']);
  });

  it('reads Google Agenda’s import template, American dates and AM/PM times, all-day and private rows', () => {
    const result = read('google-calendar-import.csv');
    expect(result.events.map((e) => [e.title, e.start, e.end, e.allDay])).toEqual([
      ['Atelier tablette', '2027-03-17T14:30:00+01:00', '2027-03-17T16:30:00+01:00', false],
      ['Fête du numérique', '2027-03-20', '2027-03-22', true],
    ]);
  });

  it('reads the answers of a Google Form downloaded from Google Sheets, with hints in the headers', () => {
    const result = read('google-sheets-form-answers.csv');
    expect(result.events.map((e) => [e.title, e.start, e.end, e.location, e.communeText])).toEqual([
      [
        'Jeux vidéo en famille',
        '2027-03-20T14:00:00+01:00',
        '2027-03-20T17:00:00+01:00',
        'Médiathèque',
        'Martigné-Ferchaud',
      ],
    ]);
  });

  it('reads a LibreOffice file with ISO date-times, with or without an offset, in single start and end columns', () => {
    const result = read('libreoffice-export.csv');
    expect(result.issues).toEqual([]);
    expect(result.events.map((e) => [e.title, e.start, e.end, e.address, e.communeText])).toEqual([
      [
        "Initiation à l'ordinateur",
        '2027-03-17T14:30:00+01:00',
        '2027-03-17T16:30:00+01:00',
        '2 rue de la Libération',
        'Janzé',
      ],
      [
        'Club photo numérique',
        '2027-03-19T14:30:00+01:00',
        '2027-03-19T16:00:00+01:00',
        "Place de l'Église",
        'Retiers',
      ],
    ]);
  });

  it('reads Outlook’s English export', () => {
    const result = read('outlook-english-export.csv');
    expect(result.events.map((e) => [e.title, e.start, e.end, e.location, e.categories])).toEqual([
      [
        'Digital drop-in',
        '2027-03-17T14:30:00+01:00',
        '2027-03-17T16:30:00+01:00',
        'France Services, Retiers',
        ['Démarches'],
      ],
    ]);
  });

  it('reads a sheet typed by hand and saved by Excel in Windows-1252 with semicolons', () => {
    const result = read('secretary-typed.csv');
    expect(result.issues).toEqual([]);
    expect(result.events.map((e) => [e.title, e.start, e.end, e.location, e.address, e.communeText])).toEqual([
      [
        'Permanence numérique',
        '2027-03-17T09:00:00+01:00',
        '2027-03-17T12:00:00+01:00',
        'Mairie',
        "1 place de l'Église",
        'Sainte-Colombe',
      ],
      ['Aide aux démarches', '2027-03-24T14:00:00+01:00', '2027-03-24T16:30:00+01:00', 'Mairie', null, 'Brie'],
    ]);
  });
});
