#!/usr/bin/env bash
# Re-lock the Python dependencies after editing pyproject.toml. Writes, with hashes:
#   requirements.txt      the runtime dependencies (what production installs)
#   requirements-dev.txt  runtime + test + dev (what scripts/run.sh and scripts/test.sh install)
# Versions already locked stay as they are; new packages get the newest version that fits.
# Extra arguments go to `uv pip compile`: `--upgrade` moves everything to the newest allowed
# versions, `--upgrade-package django` only that one.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ensure_venv

compile() {
  "$VENV/bin/uv" pip compile pyproject.toml --quiet --generate-hashes --python "$PY" \
    --custom-compile-command "bash scripts/lock.sh" "$@"
}
step "Locking requirements-dev.txt and requirements.txt (uv pip compile)"
compile --extra test --extra dev -o requirements-dev.txt "${@}"
compile -o requirements.txt "${@}"

# The runtime lock must agree with the development lock on every package they share.
pins() { grep -E '^[A-Za-z0-9_.-]+==' "$1" | cut -d' ' -f1 | tr 'A-Z_' 'a-z-' | sort; }
differ="$(comm -23 <(pins requirements.txt) <(pins requirements-dev.txt))"
if [ -n "$differ" ]; then
  echo "requirements.txt pins versions that requirements-dev.txt does not: $differ" >&2
  exit 1
fi
note "$(pins requirements-dev.txt | wc -l) packages locked; run scripts/run.sh or scripts/test.sh to install them"
