// Checks the version of Node before anything else (npm start, npm test, npm run ingest|nightly|build).
// Plain old JavaScript on purpose: no import, no modern syntax, so that it runs and speaks on any Node.
// `node scripts/check-node.js`            exit 1 with a French message when Node is older than 22.12;
// `node scripts/check-node.js --install`  (npm's preinstall) says what npm is about to do, exit 0.
'use strict';

var MINIMUM = [22, 12];
var installing = process.argv.indexOf('--install') !== -1;
// npm runs the project's own preinstall once the dependencies are in place, so `node` may already be
// the Node 24 of node_modules: the Node that runs npm is the one in npm's user agent.
var agent = /node\/v(\d+\.\d+\.\d+)/.exec(process.env.npm_config_user_agent || '');
var version = installing && agent ? agent[1] : process.versions.node;
var where = installing && agent ? process.env.npm_node_execpath || 'node' : process.execPath;
var parts = version.split('.');
var major = Number(parts[0]);
var minor = Number(parts[1]);
var recent = major > MINIMUM[0] || (major === MINIMUM[0] && minor >= MINIMUM[1]);

if (!recent) {
  var here = 'Node.js ' + version + ' (' + where + ')';
  var lines = installing
    ? [
        'Repères numériques : ' + here + ' est trop ancien (22.12 au moins).',
        'npm installe donc Node 24 dans node_modules (paquet npm « node ») : npm start, npm test et les autres',
        'commandes « npm run » l’utiliseront. Pour lancer « node » vous-même, installez Node 24 :',
        'https://nodejs.org/fr/download ou « nvm install » (la version est dans .nvmrc).',
      ]
    : [
        'Repères numériques a besoin de Node.js 22.12 ou plus récent ; ' + here + ' est trop ancien.',
        'Pour en obtenir un :',
        '  - lancez « npm install » dans ce dossier : il installe Node 24 dans node_modules (paquet npm « node »),',
        '    que « npm start », « npm test » et les autres commandes « npm run » utilisent ensuite ;',
        '  - ou installez Node 24 sur la machine : https://nodejs.org/fr/download, ou « nvm install »',
        '    (la version est dans .nvmrc), puis relancez la commande.',
      ];
  console.error(lines.join('\n'));
  if (!installing) process.exit(1);
}
