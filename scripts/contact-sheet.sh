#!/usr/bin/env bash
# The contact sheet: every view of Doorway at every size, every page of the
# example PDF, and the HTML export as Chromium shows it (on screen and in
# print), in one folder with an index page. Open OUT/index.html and look.
#
#   scripts/contact-sheet.sh [--quick] [--build DIR] [OUT]
#
# OUT defaults to build/contact-sheet. --quick draws a small subset at
# 800x600 only (for the test that keeps this script from rotting). Needs a
# built doorway, Xvfb, pdftoppm; Chromium is used when installed (its
# pictures are left out, and the index says so, when it is not).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
args_in=("$@")
quick=0
build="$here/build"
out=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --quick) quick=1 ;;
    --build) build="$2"; shift ;;
    -h|--help) sed -n 2,11p "$0"; exit 0 ;;
    -*) echo "contact-sheet: unknown option '$1'" >&2; exit 2 ;;
    *) out="$1" ;;
  esac
  shift
done
out="${out:-$build/contact-sheet}"
doorway="$build/doorway"
[[ -x "$doorway" ]] || { echo "contact-sheet: $doorway is not built (cmake --build build --target doorway)" >&2; exit 1; }

# One private X server for every shot (xvfb-run per shot costs a second each).
if [[ -z "${CONTACT_SHEET_XVFB:-}" ]]; then
  export CONTACT_SHEET_XVFB=1
  exec xvfb-run -a -s "-screen 0 2600x1500x24 -nolisten tcp -noreset" "$0" "${args_in[@]}"
fi

start=$(date +%s.%N)
rm -rf "$out"
mkdir -p "$out/img" "$out/work"
work="$out/work"
example="$here/workbooks/example.json"
script_text="I miss how easy we used to be. Would you try one session with me, just to see? If it feels wrong, we stop."
answer_text="I hear that. It would not be about blame; we could choose someone together and stop after one."

# A run: SIZE SCALE WORKBOOK(filled|empty) ACTIONS..., one window; each
# "shot=NAME" among the actions saves a picture and goes on. Views that
# leave nothing behind share a run; a take or a dialog gets a run of its own.
runs="$work/runs"
: >"$runs"
run() {
  local size="$1" scale="$2" book="$3"
  shift 3
  local acts=""
  for a in "$@"; do acts+=$'\t'"$a"; done
  printf '%s\t%s\t%s%s\n' "$size" "$scale" "$book" "$acts" >>"$runs"
}
shot() {  # NAME SIZE SCALE BOOK ACTIONS...: a run with one picture
  local name="$1" size="$2" scale="$3" book="$4"
  shift 4
  run "$size" "$scale" "$book" "$@" "shot=$name"
}

if [[ $quick == 1 ]]; then
  sizes=("800x600:1")
  sheets=(fear_or_refusal shrink_the_ask)
else
  sizes=("800x600:1" "1280x800:1" "2560x1440:2")
  sheets=()
  for f in "$here"/assets/worksheets/*.json; do
    sheets+=("$(sed -n 's/^  "id": *"\([a-z_]*\)".*/\1/p' "$f" | head -1)")
  done
fi

for sz in "${sizes[@]}"; do
  size="${sz%%:*}"; scale="${sz##*:}"; tag="$size"
  for book in empty filled; do
    acts=(view=home "shot=home-$book")
    for id in "${sheets[@]}"; do acts+=("view=worksheet:$id" "shot=ws-$id-$book"); done
    acts+=(view=takes "shot=takes-$book")
    run "$size" "$scale" "$book" "${acts[@]}"
  done
  shot "dialog-export-result" "$size" "$scale" filled print.export "print.out=$work/out-$tag.pdf" print.run
  shot "dialog-print-result" "$size" "$scale" filled print.print print.run
  if [[ $quick == 1 ]]; then continue; fi
  run "$size" "$scale" filled takes.expand=take-20261109-193005 shot=takes-expanded \
    view=rehearsal shot=rehearsal-before view=roleplay shot=roleplay-before \
    appearance.theme=light view=worksheet:fear_or_refusal shot=theme-light-fear \
    appearance.theme=high-contrast view=takes shot=theme-hc-takes
  shot "rehearsal-during" "$size" "$scale" filled "rehearsal.script=$script_text" rehearsal.start rehearsal.elapsed=20 \
    "rehearsal.typed=I miss how easy we used to be."
  shot "rehearsal-after" "$size" "$scale" filled "rehearsal.script=$script_text" rehearsal.start \
    "rehearsal.typed=$script_text" rehearsal.finish
  shot "roleplay-during" "$size" "$scale" filled roleplay.start rehearsal.elapsed=10 "roleplay.answer=I hear that."
  shot "roleplay-after" "$size" "$scale" filled roleplay.start "roleplay.answer=$answer_text" roleplay.finish
  shot "dialog-export" "$size" "$scale" filled print.export
  shot "dialog-print" "$size" "$scale" filled print.print
  shot "dialog-open" "$size" "$scale" filled file.dialog=open
  shot "dialog-saveas" "$size" "$scale" filled file.dialog=saveas
  shot "dialog-new" "$size" "$scale" filled file.dialog=new
  shot "dialog-lock" "$size" "$scale" filled privacy.lock
  shot "safety-card" "$size" "$scale" filled privacy.safety
  shot "safety-offer" "$size" "$scale" filled safety.offer=checkin
  shot "hidden" "$size" "$scale" filled privacy.hide
  shot "first-run" "$size" "$scale" first-run view=home
done

# One run: its own copy of the workbook (a run may save), its own folder.
run_one() {
  local line="$1"
  IFS=$'\t' read -r -a f <<<"$line"
  local size="${f[0]}" scale="${f[1]}" book="${f[2]}"
  local dir
  dir="$(mktemp -d "$work/run-XXXXXX")"
  mkdir -p "$dir/wb"
  local args=(--workbooks "$dir/wb" --size "$size" --scale "$scale")
  # Past the first run (its safety card is a picture of its own: first-run).
  if [[ "$book" != first-run ]]; then
    mkdir -p "$dir/config/doorway"
    echo '{"format":"doorway-privacy","version":1,"safetyCardShown":true}' >"$dir/config/doorway/privacy.json"
  fi
  if [[ "$book" == filled ]]; then
    cp "$example" "$dir/example.json"
    args+=("$dir/example.json")
  fi
  local a
  for ((i = 3; i < ${#f[@]}; i++)); do
    a="${f[$i]}"
    [[ "$a" == shot=* ]] && a="shot=$out/img/${a#shot=}-$size.png"
    args+=(--ui "$a")
  done
  # One retry: on a busy machine a window now and then fails to open.
  if ! HOME="$dir" XDG_CONFIG_HOME="$dir/config" "$doorway" "${args[@]}" >"$dir/log" 2>&1 &&
    ! HOME="$dir" XDG_CONFIG_HOME="$dir/config" "$doorway" "${args[@]}" >"$dir/log" 2>&1; then
    echo "contact-sheet: a run at $size failed (${f[*]:3}):" >&2
    cat "$dir/log" >&2
    return 1
  fi
}
export -f run_one
export out work example doorway

jobs="${CONTACT_SHEET_JOBS:-3}"
status=0
tr '\n' '\0' <"$runs" | xargs -0 -P "$jobs" -I{} bash -c 'run_one "$1"' _ {} || status=1
t_windows=$(date +%s.%N)

# Paper: every page of the example PDF; the HTML as Chromium shows it.
"$doorway" export "$example" --pdf "$work/example.pdf" >/dev/null
pdftoppm -r 50 -png "$work/example.pdf" "$out/img/pdf-page"
if [[ $quick == 0 ]]; then
  "$doorway" export "$example" --pdf "$work/card.pdf" --card >/dev/null
  pdftoppm -r 50 -png "$work/card.pdf" "$out/img/pdf-card"
fi
"$doorway" export "$example" --html "$work/example.html" >/dev/null
t_pdf=$(date +%s.%N)
chromium_bin="$(command -v chromium || command -v chromium-browser || true)"
chromium_note=""
if [[ -n "$chromium_bin" && $quick == 0 ]]; then
  chrome=("$chromium_bin" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$work/chromium")
  # On screen, 1200 px wide: the first screenful, and the whole page.
  "${chrome[@]}" --window-size=1200,900 --screenshot="$out/img/html-screen-1200.png" "file://$work/example.html" \
    >/dev/null 2>&1 || status=1
  "${chrome[@]}" --window-size=1200,9000 --screenshot="$work/html-long.png" "file://$work/example.html" \
    >/dev/null 2>&1 || status=1
  convert "$work/html-long.png" -trim +repage -resize 50% "$out/img/html-whole-1200.png" 2>/dev/null ||
    cp "$work/html-long.png" "$out/img/html-whole-1200.png"
  # In print: Chromium's own PDF of the page (@media print), every page.
  "${chrome[@]}" --no-pdf-header-footer --print-to-pdf="$work/html-print.pdf" "file://$work/example.html" \
    >/dev/null 2>&1 || status=1
  pdftoppm -r 50 -png "$work/html-print.pdf" "$out/img/html-print" || status=1
elif [[ $quick == 0 ]]; then
  chromium_note="Chromium is not installed (apt-get install chromium): the HTML pictures are missing."
fi

t_html=$(date +%s.%N)

# The index: one section per size, then paper.
{
  echo '<!doctype html><html><head><meta charset="utf-8"><title>Doorway contact sheet</title><style>'
  echo 'body{font-family:sans-serif;margin:1em;background:#eee}figure{display:inline-block;margin:6px;vertical-align:top;background:#fff;padding:4px}'
  echo 'img{max-width:420px;border:1px solid #999}figcaption{font-size:12px;max-width:420px}h2{margin-top:1.5em}</style></head><body>'
  echo "<h1>Doorway contact sheet</h1><p>$(date -u +'%Y-%m-%d %H:%M UTC') · $(git -C "$here" rev-parse --short HEAD 2>/dev/null || echo '?')</p>"
  [[ -n "$chromium_note" ]] && echo "<p><b>$chromium_note</b></p>"
  for sz in "${sizes[@]}"; do
    size="${sz%%:*}"
    echo "<h2>Window at $size (scale ${sz##*:})</h2>"
    grep -P "^$size\t" "$runs" | tr '\t' '\n' | sed -n 's/^shot=//p' | while read -r name; do
      echo "<figure><a href=\"img/$name-$size.png\"><img src=\"img/$name-$size.png\" loading=\"lazy\"></a><figcaption>$name</figcaption></figure>"
    done
  done
  echo "<h2>Paper: the example PDF, the invitation card, the HTML in Chromium</h2>"
  for p in "$out"/img/pdf-*.png "$out"/img/html-*.png; do
    [[ -e "$p" ]] || continue
    b="$(basename "$p")"
    echo "<figure><a href=\"img/$b\"><img src=\"img/$b\" loading=\"lazy\"></a><figcaption>${b%.png}</figcaption></figure>"
  done
  echo '</body></html>'
} >"$out/index.html"

# Every picture the index shows exists and is a PNG (the test runs --quick).
missing=0
while read -r src; do
  f="$out/$src"
  if [[ ! -s "$f" ]] || [[ "$(head -c 8 "$f" | od -An -tx1 | tr -d ' \n')" != 89504e470d0a1a0a ]]; then
    echo "contact-sheet: $src is missing or not a PNG" >&2
    missing=$((missing + 1))
  fi
done < <(grep -o 'src="img/[^"]*"' "$out/index.html" | sed 's/^src="//; s/"$//')
[[ $missing == 0 ]] || status=1

count=$(find "$out/img" -name '*.png' | wc -l)
secs=$(echo "$(date +%s.%N) - $start" | bc)
printf 'contact-sheet: %d pictures in %s (%.0f s: windows %.0f, PDF %.0f, HTML %.0f)\n' "$count" \
  "$out/index.html" "$secs" "$(echo "$t_windows - $start" | bc)" "$(echo "$t_pdf - $t_windows" | bc)" \
  "$(echo "$t_html - $t_pdf" | bc)"
exit $status
