#!/usr/bin/env bash
# Installs what signinlab's two commands need on this machine, saying what and why. Safe to run again and again: what
# is there already is left alone. `npm test` and `npm run lab` run it first, so a fresh clone needs nothing else.
#
#   bash scripts/setup.sh --for test   # npm test: npm packages, Jupyter (nbclient, nbconvert), Chromium, the tslab kernel
#   bash scripts/setup.sh --for lab    # npm run lab: npm packages, Jupyter Notebook, the tslab kernel
#   bash scripts/setup.sh              # both (npm run setup); --with-browser is accepted for the old spelling
#
# Jupyter and Chromium come from apt-get on Debian/Ubuntu: directly as root, through sudo otherwise (never sudo as
# root). Without apt-get, or without root and sudo, it prints the exact commands to run and stops with exit code 1.
# Where things are looked for: SIGNINLAB_PYTHON (a Python with Jupyter), SIGNINLAB_SYSTEM_PYTHON (the one apt
# installs into, /usr/bin/python3), SIGNINLAB_CHROMIUM (/usr/bin/chromium). The tslab kernel is registered by absolute
# path (no PATH setup), once: a working tslab kernel that is already registered is kept.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
say() { printf '==> %s\n' "$*"; }
fail() { printf 'signinlab setup: %s\n' "$*" >&2; }

FOR=all
while [ $# -gt 0 ]; do
  case "$1" in
    --for) FOR="${2:-}"; shift 2 || true ;;
    --for=*) FOR="${1#--for=}"; shift ;;
    --with-browser) FOR=all; shift ;;
    *) fail "unknown option $1 (known: --for test|lab|all)"; exit 2 ;;
  esac
done
case "$FOR" in test|lab|all) ;; *) fail "--for must be test, lab or all, not '$FOR'"; exit 2 ;; esac
WANT_NOTEBOOK=0; WANT_CHROMIUM=0
if [ "$FOR" != test ]; then WANT_NOTEBOOK=1; fi
if [ "$FOR" != lab ]; then WANT_CHROMIUM=1; fi
SYSTEM_PYTHON="${SIGNINLAB_SYSTEM_PYTHON:-/usr/bin/python3}"
CHROMIUM="${SIGNINLAB_CHROMIUM:-/usr/bin/chromium}"
case "$FOR" in test) for_what='npm test' ;; lab) for_what='npm run lab' ;; *) for_what='npm test and npm run lab' ;; esac

# 0. Node 20 or later (the one thing this script cannot install: it runs under npm, which came with Node).
major="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$major" -lt 20 ]; then
  fail "signinlab needs Node.js 20 or later; this is $(node --version). Install Node 20 (https://nodejs.org) and run again."
  exit 1
fi

# 1. System packages: Jupyter for the notebooks, Chromium for the report's browser test.
jupyter_modules() { if [ "$WANT_NOTEBOOK" = 1 ]; then echo 'notebook, nbclient, nbconvert, jupyter_client'; else echo 'nbclient, nbconvert, jupyter_client'; fi; }
find_python() {
  local py
  for py in ${SIGNINLAB_PYTHON:-} "$SYSTEM_PYTHON" python3; do
    if command -v "$py" >/dev/null 2>&1 && "$py" -c "import $(jupyter_modules)" >/dev/null 2>&1; then
      echo "$py"
      return 0
    fi
  done
  return 1
}

APT=()
WHY=()
if ! PY="$(find_python)"; then
  PY=''
  APT+=(jupyter-nbconvert python3-nbclient)
  if [ "$WANT_NOTEBOOK" = 1 ]; then APT=(jupyter-notebook "${APT[@]}"); fi
  WHY+=("Jupyter ($(jupyter_modules)): $( [ "$FOR" = test ] && echo 'npm test executes every notebook in notebooks/ with the tslab kernel' || echo 'the guided notebooks run in it')")
fi
if [ "$WANT_CHROMIUM" = 1 ] && [ ! -x "$CHROMIUM" ]; then
  APT+=(chromium)
  WHY+=("Chromium: npm test opens the HTML incident report in headless Chromium to prove nothing from the data runs in it")
fi

if [ ${#APT[@]} -gt 0 ]; then
  say "missing for $for_what:"
  for w in "${WHY[@]}"; do say "  $w"; done
  if command -v apt-get >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ]; then
      say "installing (as root): apt-get install ${APT[*]}"
      DEBIAN_FRONTEND=noninteractive apt-get update
      DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${APT[@]}"
    elif command -v sudo >/dev/null 2>&1 && { sudo -n true 2>/dev/null || [ -t 0 ]; }; then
      say "installing with sudo (not root): sudo apt-get install ${APT[*]}"
      sudo env DEBIAN_FRONTEND=noninteractive apt-get update
      sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${APT[@]}"
    else
      fail "installing system packages needs root, and sudo is not available without a password here. Run:"
      fail "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${APT[*]}"
      fail "then run this command again."
      exit 1
    fi
  else
    fail "this system has no apt-get (not Debian/Ubuntu). Install, then run this command again:"
    if [ -z "$PY" ]; then
      fail "  Jupyter, in its own Python environment:"
      fail "    python3 -m venv \"\$HOME/.signinlab-jupyter\""
      fail "    \"\$HOME/.signinlab-jupyter/bin/pip\" install notebook nbclient nbconvert"
      fail "    export SIGNINLAB_PYTHON=\"\$HOME/.signinlab-jupyter/bin/python\""
    fi
    if [ "$WANT_CHROMIUM" = 1 ] && [ ! -x "$CHROMIUM" ]; then
      fail "  Chromium or Google Chrome, from your system's packages (macOS: brew install --cask chromium), then:"
      fail "    export SIGNINLAB_CHROMIUM=/path/to/chromium"
    fi
    exit 1
  fi
  if [ -z "$PY" ] && ! PY="$(find_python)"; then
    fail "Jupyter was installed, but no Python imports $(jupyter_modules); set SIGNINLAB_PYTHON to one that does."
    exit 1
  fi
  if [ "$WANT_CHROMIUM" = 1 ] && [ ! -x "$CHROMIUM" ]; then
    fail "chromium was installed, but $CHROMIUM is not there; set SIGNINLAB_CHROMIUM to the browser's path."
    exit 1
  fi
fi

# 2. npm packages (TypeScript, jest, tslab, danfojs, vega, the Azure SDK): when missing, or older than package-lock.json.
if [ ! -x node_modules/.bin/tsc ] || [ ! -f node_modules/jest/bin/jest.js ] || [ ! -f node_modules/tslab/bin/tslab ] \
  || [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages: npm ci (TypeScript, jest, tslab, danfojs-node, vega-lite, the Azure SDK; they are not installed yet, or package-lock.json changed)"
  npm ci --no-audit --no-fund
fi

# 3. dist/ (notebooks import signinlab from it): when missing or older than a source file.
if [ ! -f dist/index.js ] || [ -n "$(find src -name '*.ts' -newer dist/index.js -print -quit)" ]; then
  say "building dist/ (npm run build): the notebooks import signinlab from it"
  npm run build --silent
fi

# 4. The tslab kernel (Jupyter runs the TypeScript notebooks with it), and `import ... from 'signinlab'` in notebooks.
node scripts/register-kernel.js --python "$PY" --if-missing
node scripts/link-signinlab.js >/dev/null
have="Jupyter: $PY"
if [ "$WANT_CHROMIUM" = 1 ]; then have="$have; Chromium: $CHROMIUM"; fi
say "ready for $for_what ($have)"
