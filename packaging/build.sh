#!/usr/bin/env bash
# Build the desktop bundle: dist/ducha/ (one folder; run dist/ducha/ducha).
#   bash packaging/build.sh
# PyInstaller comes from the `bundle` dependency group, which only this build installs.
# On Windows run the same spec: see docs/install.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.local/bin:$PATH"

# PyInstaller reads libraries with binutils (objdump, objcopy) and strips them.
if ! command -v objdump >/dev/null && command -v apt-get >/dev/null; then
  sudo=(); [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    binutils >/dev/null
fi

uv sync --frozen --quiet --group bundle
rm -rf build/ducha dist/ducha
uv run --no-sync pyinstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build packaging/ducha.spec
echo "Built dist/ducha ($(du -sh dist/ducha | cut -f1))"
