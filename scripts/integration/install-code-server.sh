#!/usr/bin/env bash
# Installs a real VS Code (code-server, VS Code 1.100 served from Node) for the integration
# tests and screenshots, following /work/shared/notes/real-vscode-here.md. Idempotent: the
# install lives outside the repo under ~/.cache/news-annotator/ and a stamp file marks it
# complete, so a second run only checks and prints where it is.
#   bash scripts/integration/install-code-server.sh          # install if missing
#   NA_SKIP_APT=1 bash scripts/integration/install-code-server.sh   # don't touch apt
# Prints the code-server entry point path on its last line.
set -euo pipefail

CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.100.3}"
CACHE_ROOT="${NEWS_ANNOTATOR_CACHE:-$HOME/.cache/news-annotator}"
DIR="$CACHE_ROOT/code-server-$CODE_SERVER_VERSION"
STAMP="$DIR/.installed"
ENTRY="$DIR/node_modules/code-server/out/node/entry.js"
APT_PACKAGES=(chromium ripgrep libkrb5-dev libsecret-1-dev libx11-dev libxkbfile-dev pkg-config build-essential python3 pngquant)

say() { printf '[install-code-server] %s\n' "$*" >&2; }

if [[ -f "$STAMP" && -f "$ENTRY" ]]; then
  say "code-server $CODE_SERVER_VERSION already installed in $DIR"
  echo "$ENTRY"
  exit 0
fi

node_major="$(node -p 'process.versions.node.split(".")[0]')"
if [[ "$node_major" != "20" ]]; then
  say "warning: code-server $CODE_SERVER_VERSION expects Node 20; this is Node $(node -v)"
fi

# 1. System packages (only the missing ones; needs root).
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if ((${#missing[@]})); then
  if [[ -n "${NA_SKIP_APT:-}" ]]; then
    say "NA_SKIP_APT set; not installing missing apt packages: ${missing[*]}"
  elif [[ "$(id -u)" != "0" ]] && ! command -v sudo >/dev/null; then
    say "missing apt packages (${missing[*]}) and not root: install them and rerun"
    exit 1
  else
    SUDO=""; [[ "$(id -u)" == "0" ]] || SUDO="sudo"
    say "apt-get install ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >&2
  fi
else
  say "apt packages present: ${APT_PACKAGES[*]}"
fi
command -v rg >/dev/null || { say "ripgrep (rg) is required"; exit 1; }

# 2. code-server without its install scripts (they download ripgrep from the internet).
mkdir -p "$DIR"
cd "$DIR"
[[ -f package.json ]] || echo '{"name":"news-annotator-code-server","private":true}' > package.json
if [[ ! -f node_modules/code-server/package.json ]]; then
  say "npm install --ignore-scripts code-server@$CODE_SERVER_VERSION (in $DIR)"
  npm install --no-audit --no-fund --ignore-scripts "code-server@$CODE_SERVER_VERSION" >&2
else
  say "code-server package present"
fi

# 3. Its VS Code dependencies, native modules rebuilt for this Node.
cd "$DIR/node_modules/code-server/lib/vscode"
say "vscode deps: npm install --omit=dev --ignore-scripts (in lib/vscode)"
npm install --no-audit --no-fund --omit=dev --ignore-scripts >&2
say "rebuilding native modules: kerberos @parcel/watcher @vscode/spdlog native-watchdog node-pty"
# node-pty's post-install step may fail after pty.node is built; the binary is what matters.
npm rebuild kerberos @parcel/watcher @vscode/spdlog native-watchdog node-pty >&2 || say "npm rebuild reported an error; checking binaries"
pty_node="$(find node_modules/node-pty/build -name pty.node 2>/dev/null | head -1)"
[[ -n "$pty_node" ]] || { say "node-pty pty.node was not built"; exit 1; }
say "node-pty binary: $pty_node"
mkdir -p node_modules/@vscode/ripgrep/bin
cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
ln -sfn node_modules node_modules.asar
say "built-in extensions deps: npm install --omit=dev --ignore-scripts (in lib/vscode/extensions)"
(cd extensions && npm install --no-audit --no-fund --omit=dev --ignore-scripts >&2)

# argon2 is hoisted next to code-server, so rebuild it from the install root.
cd "$DIR"
say "npm rebuild argon2"
npm rebuild argon2 >&2

node "$ENTRY" --version >&2
date -u +%FT%TZ > "$STAMP"
say "installed code-server $CODE_SERVER_VERSION in $DIR"
echo "$ENTRY"
