#!/bin/sh
# La nuit de Repères numériques sur un serveur de la collectivité (sans forge) : lire les flux,
# construire le site, valider les données changées dans git, publier le site d'un coup.
# Lancé par cron (deploy/cron/reperes-numeriques.cron) ; cron envoie ce que le script affiche
# (le résumé de la nuit, ou la raison de l'échec) à l'adresse MAILTO.
#
# Variables (valeurs par défaut entre parenthèses) :
#   REPERES_REPO  le dépôt cloné (/srv/reperes-numeriques)
#   REPERES_WWW   le dossier servi par nginx, qui contient le lien dist (/var/www/reperes-numeriques)
#   REPERES_KEEP  nombre de versions publiées gardées pour revenir en arrière (7)
#   SITE_URL      l'adresse publique du site (pour les flux RSS et iCal)
set -eu

repo="${REPERES_REPO:-/srv/reperes-numeriques}"
www="${REPERES_WWW:-/var/www/reperes-numeriques}"
keep="${REPERES_KEEP:-7}"
log="$repo/.nightly/nuit.log"
summary="$repo/.nightly/resume.md"
stamp="$(date +%Y%m%d-%H%M%S)"

cd "$repo"
mkdir -p .nightly
: >"$log"

# Le code du jour : seulement en avance rapide (jamais de fusion sur le serveur).
if git remote get-url origin >/dev/null 2>&1; then
  git pull --ff-only --quiet >>"$log" 2>&1 || echo "git pull impossible : la nuit tourne avec le code déjà là." >&2
fi
if ! npm ci --no-audit --no-fund >>"$log" 2>&1; then
  echo "npm ci a échoué : voir $log" >&2
  tail -n 20 "$log" >&2
  exit 1
fi

status=0
npm run nightly -- --out "$repo/dist" --summary "$summary" >>"$log" 2>&1 || status=$?

# Les données de la nuit dans l'historique, même si la construction a échoué.
git add --all content/events content/status.json content/cache content/set-aside content/indicators
if ! git diff --cached --quiet; then
  git -c user.name="Repères numériques (nuit)" -c user.email="nuit@localhost" \
    commit --quiet -m "Données de la nuit du $(date +%F)"
  if git remote get-url origin >/dev/null 2>&1; then
    git push --quiet >>"$log" 2>&1 || echo "git push impossible : les données restent validées ici." >&2
  fi
fi

if [ "$status" -eq 0 ]; then
  # Publication d'un coup : une copie datée, puis le lien « dist » basculé (nginx sert toujours
  # un site complet). Les plus anciennes copies au-delà de REPERES_KEEP sont retirées.
  mkdir -p "$www/versions"
  cp -a "$repo/dist" "$www/versions/$stamp"
  ln -sfn "versions/$stamp" "$www/dist.nouveau"
  mv -Tf "$www/dist.nouveau" "$www/dist"
  ls -1d "$www"/versions/* | sort | head -n "-$keep" | xargs -r rm -rf
else
  echo "Le site n'a pas été construit : la version en ligne reste celle de la veille. Journal : $log" >&2
  tail -n 20 "$log" >&2
fi

if [ -f "$summary" ]; then cat "$summary"; fi
exit "$status"
