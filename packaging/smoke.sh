#!/usr/bin/env bash
# Smoke-test the BUILT bundle (not `uv run`): the program answers --version, sets up a
# bureau with the defaults (init), generates the demo, writes the monthly bulletin as a PDF, and its GUI
# stays up offscreen on the demo database.
#   bash packaging/smoke.sh [dist/ducha]
# Works in a throwaway folder: the user's own data, logs and settings are not touched.
set -euo pipefail
cd "$(dirname "$0")/.."
bundle=$(cd "${1:-dist/ducha}" && pwd)
ducha="$bundle/ducha"
[ -x "$ducha" ] || { echo "smoke: no program at $ducha (run packaging/build.sh)" >&2; exit 1; }

work=$(mktemp -d)
gui_pid=
cleanup() {
  if [ -n "$gui_pid" ]; then kill "$gui_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
# platformdirs and Qt keep data, logs and settings under these folders on Linux.
export HOME="$work/home" XDG_DATA_HOME="$work/data" XDG_STATE_HOME="$work/state"
export XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"
mkdir -p "$HOME"
export QT_QPA_PLATFORM=offscreen
step() { echo "smoke: $*"; }

step "--version"
version=$("$ducha" --version)
case "$version" in
  "Ducha "[0-9]*) echo "  $version" ;;
  *) echo "smoke: --version printed '$version', expected 'Ducha <version>'" >&2; exit 1 ;;
esac

step "pinyin dictionaries"
# Searching people by pinyin initials opens these on first use (console/core/pinyin.py).
for dict_file in pinyin_dict.json phrases_dict.json; do
  found=$(find "$bundle" -path "*/pypinyin/$dict_file" | head -n 1)
  [ -n "$found" ] || { echo "smoke: the bundle lacks pypinyin's $dict_file" >&2; exit 1; }
done

step "init"
printf 'Smoke-test-1\n' | "$ducha" init --db "$work/bureau.sqlite3" --bureau 城东执法局 \
  --admin admin --password-stdin

step "demo"
"$ducha" demo --db "$work/demo.sqlite3" --months 3 --people 200

step "report monthly"
month=$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m)
# Signed in as the demo's 督察队长: its published password works on the demo bureau only.
DUCHA_PASSWORD='Ducha@2026' "$ducha" report monthly --db "$work/demo.sqlite3" --month "$month" \
  -o "$work/bulletin.pdf" --user admin
[ "$(head -c 5 "$work/bulletin.pdf")" = "%PDF-" ] \
  || { echo "smoke: the bulletin is not a PDF" >&2; exit 1; }
if command -v pdffonts >/dev/null; then
  # Chinese text needs an embedded CJK face: the bundled font must have been found.
  pdffonts "$work/bulletin.pdf" | grep -qi "wqy\|micro\|fang\|song\|hei\|kai" \
    || { echo "smoke: the bulletin embeds no Chinese font" >&2; pdffonts "$work/bulletin.pdf"; exit 1; }
fi
echo "  $(du -h "$work/bulletin.pdf" | cut -f1) bulletin for $month"

step "GUI stays up offscreen for 5 s"
"$ducha" --db "$work/demo.sqlite3" >"$work/gui.log" 2>&1 &
gui_pid=$!
sleep 5
if ! kill -0 "$gui_pid" 2>/dev/null; then
  wait "$gui_pid" && code=0 || code=$?
  gui_pid=
  echo "smoke: the GUI exited (code $code) within 5 s:" >&2
  cat "$work/gui.log" >&2
  exit 1
fi
kill "$gui_pid"
wait "$gui_pid" 2>/dev/null || true
gui_pid=
if grep -q "Traceback" "$work/gui.log"; then
  echo "smoke: the GUI wrote a traceback:" >&2
  cat "$work/gui.log" >&2
  exit 1
fi
step "all passed ($(du -sh "$bundle" | cut -f1) unpacked)"
