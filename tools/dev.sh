#!/usr/bin/env bash
# The README's two commands on Linux:
#   bash tools/dev.sh demo   install what is missing, then open the console on the demo bureau
#   bash tools/dev.sh test   install what is missing, then run every check CI runs
# What may be missing on a fresh Debian or Ubuntu: uv, and the system libraries Qt needs
# (Debian's python3 ships neither). Run as root, or as a user with sudo for apt-get.
set -euo pipefail
cd "$(dirname "$0")/.."

what=${1:-}
case "$what" in
  demo | test) ;;
  *) echo "usage: bash tools/dev.sh demo|test" >&2; exit 2 ;;
esac

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "tools/dev.sh: $1 needs root: run as root or install sudo" >&2; return 1
  fi
}

# Qt's xcb and offscreen platforms load these; Debian's minimal installs lack them.
# poppler-utils renders the PDFs the tests read back; fonts-noto-cjk is not needed:
# Ducha ships its own Chinese font.
packages=(libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libglib2.0-0 libfontconfig1
  libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0
  libxcb-randr0 libxcb-render-util0 libxcb-image0)
[ "$what" = test ] && packages+=(poppler-utils)
if command -v dpkg >/dev/null && command -v apt-get >/dev/null; then
  missing=()
  for pkg in "${packages[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing the system libraries Qt needs: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      "${missing[@]}" >/dev/null
  fi
fi

export PATH="$HOME/.local/bin:$PATH"
if ! command -v uv >/dev/null 2>&1; then
  echo "Installing uv for this user"
  # Debian's python3 refuses a plain pip install (PEP 668); uv is one standalone
  # program, so installing it into the user's own folder is safe.
  if ! python3 -m pip --version >/dev/null 2>&1; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      python3-pip >/dev/null
  fi
  python3 -m pip install -q --user uv 2>/dev/null \
    || python3 -m pip install -q --user --break-system-packages uv
fi

uv sync --frozen --quiet
if [ "$what" = demo ]; then
  exec uv run ducha --demo
fi
uv run ruff check .
uv run ruff format --check .
uv run mypy
uv run python -m tools.i18n check
exec uv run pytest
