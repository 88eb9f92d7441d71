#!/usr/bin/env bash
# Opens the guided notebooks in Jupyter, setting up whatever is missing first. Safe to run again and again.
#
#   scripts/open-notebooks.sh                        # opens notebooks/00-start-here.ipynb in your browser
#   SIGNINLAB_NO_BROWSER=1 scripts/open-notebooks.sh # prints the URL instead (remote machines, containers)
#   scripts/open-notebooks.sh --port 8899            # extra arguments go to `jupyter notebook`
#
# Steps: scripts/setup.sh --for lab (Jupyter from apt-get on Debian/Ubuntu, as root or through sudo, otherwise the
# exact commands are printed; npm packages when missing; a build when src/ is newer than dist/; the tslab kernel,
# registered by absolute path), then Jupyter Notebook with the notebooks/ folder as its working directory, on the
# bundled synthetic tenant (the notebooks use a workspace only when SIGNINLAB_WORKSPACE_ID is set).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
say() { printf '==> %s\n' "$*"; }

# 1-4. Jupyter, npm packages, build, kernel (scripts/setup.sh), then the Python that has Jupyter
bash "$ROOT/scripts/setup.sh" --for lab
PY="$(node -e 'process.stdout.write(require("./scripts/jupyter-env").findPython() || "")')"
[ -n "$PY" ] || { echo "no Python with Jupyter found after setup; set SIGNINLAB_PYTHON" >&2; exit 1; }

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
