#!/usr/bin/env bash
# Installed, Doorway works from anywhere: `cmake --install` into a DESTDIR,
# then the installed doorway runs from another folder with the source tree
# out of reach, and `score`, `export` (PDF fonts, Markdown) and a window
# screenshot all find their assets and fonts.
#   installed_run.sh BUILD_DIR SOURCE_DIR
# Two guards keep the source tree from being what makes it work:
#   - the installed copy of a worksheet is marked, and the export must show
#     the mark (so the binary reads its installed data first), and
#   - where mount namespaces are allowed (root, or unprivileged user
#     namespaces), the checks run with an empty folder mounted over the
#     source tree, so it cannot be read at all.
set -euo pipefail
trap 'echo "FAIL: line $LINENO: $BASH_COMMAND exited $?"' ERR

checks() {  # runs in $work/elsewhere, with $root the DESTDIR
  local root="$1" bin="$1/usr/bin/doorway" share="$1/usr/share/doorway" status=0
  fail() { echo "FAIL: $*"; status=1; }
  unset DOORWAY_ASSETS DOORWAY_EXAMPLE
  export HOME="$PWD/home" XDG_CONFIG_HOME="$PWD/home/.config" XDG_DATA_HOME="$PWD/home/.local/share"
  mkdir -p "$HOME"

  [[ "$("$bin" --version)" == "doorway "* ]] || fail "--version"

  local score
  score="$("$bin" score "I miss us. Would you try one session with me?")" || fail "score exited $?"
  grep -qE '^score: [0-9]+ \(' <<<"$score" || fail "score printed: $score"
  grep -q 'strength' <<<"$score" || fail "score found no strengths (scoring assets not read?): $score"

  cp "$share/workbooks/example.json" example.json
  "$bin" check example.json >check.out || fail "check: $(cat check.out)"
  "$bin" export example.json --md out.md >/dev/null || fail "export --md"
  grep -q "Check my intentions (installed copy)" out.md ||
    fail "the Markdown export did not use the installed worksheets (no marker)"
  "$bin" export example.json --pdf out.pdf >/dev/null || fail "export --pdf"
  if command -v pdffonts >/dev/null; then
    pdffonts out.pdf | grep -q 'DejaVuSans' || fail "the PDF has no DejaVu fonts: $(pdffonts out.pdf)"
  fi

  local wrap=()
  [[ -n "${DISPLAY:-}" ]] || wrap=(xvfb-run -a -s "-screen 0 1600x1000x24")
  if "${wrap[@]}" "$bin" example.json --screenshot shot.png --ui view=worksheet:pattern \
      --ui appearance.theme=light 2>window.err; then
    [[ $(stat -c %s shot.png) -gt 20000 ]] || fail "the screenshot is nearly empty"
    if grep -qiE 'missing|no window icon|damaged|could not' window.err; then
      fail "the window complained: $(cat window.err)"
    fi
  else
    fail "the window failed: $(cat window.err)"
  fi
  [[ $status -eq 0 ]] && echo "installed doorway: score, check, export (Markdown, PDF with DejaVu) and a worksheet screenshot work"
  return $status
}

if [[ "${1:-}" == "--checks" ]]; then
  shift
  cd "$2"
  checks "$1"
  exit $?
fi

build="$(cd "$1" && pwd)" src="$(cd "$2" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
DESTDIR="$work/root" cmake --install "$build" --prefix /usr >"$work/install.log" 2>&1 || {
  cat "$work/install.log"
  exit 1
}
for f in usr/bin/doorway usr/share/doorway/assets/worksheets/02_intentions.json \
  usr/share/doorway/workbooks/example.json usr/share/man/man1/doorway.1.gz usr/share/doc/doorway/copyright; do
  [[ -e "$work/root/$f" ]] || { echo "FAIL: $f was not installed"; exit 1; }
done
sed -i 's/"title": "Check my intentions"/"title": "Check my intentions (installed copy)"/' \
  "$work/root/usr/share/doorway/assets/worksheets/02_intentions.json"
mkdir -p "$work/elsewhere"
cp "${BASH_SOURCE[0]}" "$work/checks.sh"

# An empty folder over the source tree, in a mount namespace of our own.
if unshare --mount --map-root-user true 2>/dev/null || unshare --mount true 2>/dev/null; then
  flags=(--mount)
  unshare --mount true 2>/dev/null || flags+=(--map-root-user)
  unshare "${flags[@]}" bash -c '
    mount -t tmpfs -o size=1m,mode=0755 none "$1" || exit 1
    [ -z "$(ls -A "$1")" ] || { echo "FAIL: the source tree is still visible"; exit 1; }
    echo "the source tree $1 is hidden for these checks"
    bash "$2" --checks "$3" "$4"' _ "$src" "$work/checks.sh" "$work/root" "$work/elsewhere"
  exit $?
fi
echo "no mount namespace here; relying on the marked installed worksheet instead"
bash "$work/checks.sh" --checks "$work/root" "$work/elsewhere"
