/**
 * Messages of the iCalendar parser, in plain French for the partner who publishes the feed: what
 * is wrong and what to change. Line numbers travel in the issue's `line`, not in the text.
 */
const quote = (text: string, max = 60): string => {
  const one = text.replace(/\s+/g, ' ').trim();
  return `« ${one.length > max ? `${one.slice(0, max - 1)}…` : one} »`;
};

export const messages = {
  empty: () => 'Le fichier est vide. Vérifiez le lien : il doit mener à un export iCalendar (.ics) de votre agenda.',
  binary: () =>
    "Le fichier n'est pas du texte (image, PDF ou archive ?). Donnez le lien de l'export iCalendar (.ics) de votre agenda.",
  html: () =>
    "Le lien mène à une page web, pas à un calendrier. Dans votre agenda, copiez l'adresse « iCal » ou « .ics » (adresse publique au format iCal).",
  notCalendar: () =>
    "Ce fichier n'est pas un calendrier iCalendar (il ne contient ni BEGIN:VCALENDAR ni BEGIN:VEVENT). Exportez votre agenda au format .ics.",
  bareEvents: () =>
    "Le fichier ne commence pas par BEGIN:VCALENDAR : les événements ont été lus quand même. Exportez l'agenda complet pour éviter les erreurs.",
  windows1252: () =>
    "Le fichier n'est pas encodé en UTF-8 : il a été lu en Windows-1252. Si des accents s'affichent mal, enregistrez l'export en UTF-8.",
  strayLine: (text: string) =>
    `Ligne ${quote(text)} hors de toute propriété (retour à la ligne non replié ?) : rattachée au texte qui précède ou ignorée. Vérifiez l'export.`,
  truncated: (component: string) =>
    `Le fichier se termine sans END:${component} (fichier tronqué ?) : ce qui précède a été lu. Vérifiez que l'export est complet.`,
  unexpected: (detail: string) =>
    `Le calendrier n'a pas pu être lu (${detail}). Vérifiez qu'il s'ouvre dans un logiciel d'agenda, ou signalez-nous ce fichier.`,
  unreadableCalendar: (detail: string) =>
    `Le calendrier n'a pas pu être lu d'un bloc (${detail}) : il a été lu événement par événement.`,
  unreadableBlock: (name: string, detail: string) =>
    `Bloc ${name} illisible, ignoré (${detail}). Corrigez cette partie du fichier.`,
  unreadableLine: (text: string) =>
    `Ligne ${quote(text)} illisible, ignorée : le reste de l'événement a été gardé. Corrigez cette ligne.`,
  unreadableEvent: (detail: string) =>
    `Événement illisible, ignoré : une de ses dates (DTSTART, DTEND, RECURRENCE-ID) n'est pas au format iCalendar, par exemple 20261105T140000. Détail technique : ${detail}.`,
  noStart: () => "Événement sans date de début (DTSTART), ignoré. Ajoutez une date de début à l'événement.",
  noUid: () =>
    "Événement sans identifiant (UID) : un identifiant a été calculé, mais il changera si l'événement est modifié. Exportez les UID.",
  noTitle: () => 'Événement sans titre (SUMMARY) : publié sous le titre « Sans titre ». Donnez-lui un titre.',
  endBeforeStart: () =>
    "La fin de l'événement (DTEND) est avant son début : les deux ont été inversés. Corrigez ses horaires.",
  unknownZone: (tzid: string, used: string) =>
    `Fuseau horaire ${quote(tzid)} inconnu : les heures ont été lues dans le fuseau ${used}. Utilisez un nom de fuseau IANA comme « Europe/Paris ».`,
  badUrl: (url: string) =>
    `Adresse web ${quote(url)} ignorée : seules les adresses http(s), mailto et tel sont publiées.`,
  badGeo: () => 'Coordonnées GEO illisibles, ignorées. Le format attendu est « GEO:48.0;-1.5 » (latitude;longitude).',
  badEnd: () =>
    "Fin de l'événement (DTEND) illisible, ignorée : l'événement est publié sans heure de fin. Corrigez sa date de fin.",
  badDuration: () =>
    "Durée (DURATION) illisible ou de plus de dix ans, ignorée : l'événement est publié sans durée. Corrigez sa durée ou donnez une fin (DTEND).",
  privateEvents: (count: number) =>
    count === 1
      ? "1 événement privé ou confidentiel (CLASS:PRIVATE ou CONFIDENTIAL) n'a pas été publié."
      : `${count} événements privés ou confidentiels (CLASS:PRIVATE ou CONFIDENTIAL) n'ont pas été publiés.`,
  seriesCap: (title: string, cap: number) =>
    `La répétition de ${quote(title)} produit plus de ${cap} dates dans la période : seules les ${cap} premières sont gardées. Vérifiez sa règle de répétition (RRULE).`,
  runaway: (title: string, iterations: number) =>
    `La répétition de ${quote(title)} produit plus de ${iterations} dates avant la période affichée : elle a été arrêtée. Vérifiez sa règle de répétition (RRULE : FREQ, UNTIL, COUNT).`,
  badRule: (title: string, detail: string) =>
    `La répétition de ${quote(title)} est illisible (${detail}) : seule sa première date est gardée. Corrigez sa règle (RRULE).`,
};
