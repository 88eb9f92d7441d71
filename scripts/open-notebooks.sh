#!/usr/bin/env bash
# Opens the guided notebooks in Jupyter, setting up whatever is missing first. Safe to run again and again.
#
#   scripts/open-notebooks.sh                        # opens notebooks/00-start-here.ipynb in your browser
#   SIGNINLAB_NO_BROWSER=1 scripts/open-notebooks.sh # prints the URL instead (remote machines, containers)
#   scripts/open-notebooks.sh --port 8899            # extra arguments go to `jupyter notebook`
#
# Steps: Jupyter (apt-get on Debian/Ubuntu, as root or through sudo; otherwise the exact command is printed),
# npm packages (npm ci, only when missing), a build when src/ is newer than dist/, the tslab kernel (registered by
# absolute path, so no PATH setup), then Jupyter Notebook with the notebooks/ folder as its working directory.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
say() { printf '==> %s\n' "$*"; }

APT_PACKAGES=(jupyter-notebook jupyter-nbconvert python3-nbclient)

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

# 1. Jupyter
if ! PY="$(find_python)"; then
  if command -v apt-get >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ]; then
      say "installing Jupyter: apt-get install ${APT_PACKAGES[*]}"
      DEBIAN_FRONTEND=noninteractive apt-get update
      DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${APT_PACKAGES[@]}"
    elif command -v sudo >/dev/null 2>&1 && { sudo -n true 2>/dev/null || [ -t 0 ]; }; then
      say "installing Jupyter with sudo: apt-get install ${APT_PACKAGES[*]}"
      sudo apt-get update
      sudo apt-get install -y --no-install-recommends "${APT_PACKAGES[@]}"
    else
      echo "Jupyter is missing. Install it with:" >&2
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

# 5. open
args=(--notebook-dir="$ROOT/notebooks")
if [ "${SIGNINLAB_NO_BROWSER:-0}" = 1 ]; then args+=(--no-browser); fi
if [ "$(id -u)" -eq 0 ]; then args+=(--allow-root); fi
start=()
if [ -f notebooks/00-start-here.ipynb ]; then start=(00-start-here.ipynb); fi
say "opening notebooks/${start[*]:-} (stop with Ctrl-C)"
if [ "${SIGNINLAB_OPEN_DRY_RUN:-0}" = 1 ]; then
  echo "$PY -m notebook ${args[*]} $* ${start[*]:-}"
  exit 0
fi
cd "$ROOT/notebooks"
exec "$PY" -m notebook "${args[@]}" "$@" "${start[@]}"
