#!/usr/bin/env bash
# Everything the notebooks and `npm test` need beyond Node, set up on this machine. Safe to run again and again.
#
#   npm run setup                    # Jupyter (Notebook, nbconvert, nbclient), npm packages, build, tslab kernel
#   npm run setup -- --with-browser  # also Chromium, for the report's headless-browser test (npm test needs it)
#
# Jupyter and Chromium come from apt-get on Debian/Ubuntu, as root or through sudo; elsewhere the exact command is
# printed. The tslab kernel is registered by absolute path, so no PATH setup is needed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
say() { printf '==> %s\n' "$*"; }

WITH_BROWSER=0
for a in "$@"; do
  case "$a" in
    --with-browser) WITH_BROWSER=1 ;;
    *) echo "setup: unknown option $a (known: --with-browser)" >&2; exit 2 ;;
  esac
done

APT_PACKAGES=(jupyter-notebook jupyter-nbconvert python3-nbclient)
if [ "$WITH_BROWSER" = 1 ] && [ ! -x /usr/bin/chromium ]; then APT_PACKAGES+=(chromium); fi

# The first Python that has Notebook, nbclient and nbconvert (the python3 first on PATH may be a pyenv one without).
find_python() {
  local py
  for py in ${SIGNINLAB_PYTHON:-} /usr/bin/python3 python3; do
    if command -v "$py" >/dev/null 2>&1 && "$py" -c 'import notebook, nbclient, nbconvert' >/dev/null 2>&1; then
      echo "$py"
      return 0
    fi
  done
  return 1
}

# 1. Jupyter (and Chromium when asked)
if ! PY="$(find_python)" || { [ "$WITH_BROWSER" = 1 ] && [ ! -x /usr/bin/chromium ]; }; then
  if command -v apt-get >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ]; then
      say "installing: apt-get install ${APT_PACKAGES[*]}"
      DEBIAN_FRONTEND=noninteractive apt-get update
      DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${APT_PACKAGES[@]}"
    elif command -v sudo >/dev/null 2>&1 && { sudo -n true 2>/dev/null || [ -t 0 ]; }; then
      say "installing with sudo: apt-get install ${APT_PACKAGES[*]}"
      sudo apt-get update
      sudo apt-get install -y --no-install-recommends "${APT_PACKAGES[@]}"
    else
      echo "Missing system packages. Install them with:" >&2
      echo "  sudo apt-get update && sudo apt-get install -y ${APT_PACKAGES[*]}" >&2
      exit 1
    fi
  else
    echo "Jupyter is missing and this is not a Debian/Ubuntu system. Install Jupyter Notebook, nbclient and nbconvert" >&2
    echo "for a Python 3 (e.g. python3 -m pip install --user notebook nbclient nbconvert), then set SIGNINLAB_PYTHON" >&2
    echo "to that python and run this script again." >&2
    exit 1
  fi
  PY="$(find_python)" || { echo "Jupyter was installed but no Python can import it; set SIGNINLAB_PYTHON." >&2; exit 1; }
fi
say "Jupyter: $PY"

# 2. npm packages
if [ ! -x node_modules/.bin/tsc ] || [ ! -f node_modules/tslab/bin/tslab ]; then
  say "installing npm packages (npm ci)"
  npm ci
fi

# 3. build when dist/ is missing or older than a source file
if [ ! -f dist/index.js ] || [ -n "$(find src -name '*.ts' -newer dist/index.js -print -quit)" ]; then
  say "building (npm run build)"
  npm run build
fi

# 4. the tslab kernel, and `import ... from 'signinlab'` for notebooks
node scripts/register-kernel.js --python "$PY"
node scripts/link-signinlab.js

say "ready: npm run lab opens the notebooks; npm test runs every test"
