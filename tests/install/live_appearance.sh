#!/usr/bin/env bash
# In a running window, Ctrl+= makes the text larger at once (the font atlas
# is rebuilt between frames, no restart), and the size is kept in the
# layout settings (imgui.ini), read back on the next start, never in a
# workbook.
#   live_appearance.sh DOORWAY_BINARY
set -euo pipefail
trap 'echo "FAIL: line $LINENO: $BASH_COMMAND exited $?"' ERR
bin="$1"
for tool in xdotool Xvfb; do
  command -v "$tool" >/dev/null || { echo "$tool is not installed; skipping"; exit 77; }
done
work="$(mktemp -d)"
pid="" xvfb=""
cleanup() {
  if [[ -n "$pid" ]]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  if [[ -n "$xvfb" ]]; then kill "$xvfb" 2>/dev/null || true; wait "$xvfb" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
# A display of its own: the keys typed here must reach this window only,
# whatever other window tests open meanwhile. -displayfd picks a free one.
# -noreset: without it the server resets as each session's last client
# leaves, and a window opening during the reset finds no display (seen in
# CI: "X11: Failed to open display :0" on a later session).
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp -noreset 3>"$work/display" 2>"$work/xvfb.log" &
xvfb=$!
for _ in $(seq 100); do [[ -s "$work/display" ]] && break; sleep 0.05; done
[[ -s "$work/display" ]] || { echo "FAIL: Xvfb did not start: $(cat "$work/xvfb.log")"; exit 1; }
export DISPLAY=":$(head -1 "$work/display")"
unset XAUTHORITY
export HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
ini="$work/config/doorway/imgui.ini"

# One session: start, press keys, quit with Ctrl+Q. Prints nothing.
session() {
  "$bin" --workbooks "$work/wb" >"$work/out" 2>"$work/err" &
  pid=$!
  local wid=""
  for _ in $(seq 100); do
    wid="$(xdotool search --onlyvisible --pid "$pid" 2>/dev/null | head -1 || true)"
    [[ -n "$wid" ]] && break
    sleep 0.1
  done
  [[ -n "$wid" ]] || { echo "FAIL: no window: $(cat "$work/err")"; exit 1; }
  sleep 0.5
  # Real key events (XTEST) to the focused window, pressed and released in
  # one go: the window's input queue hands ImGui the press and the release
  # on frames of their own. A key held down would repeat (Ctrl+- held is
  # several steps), and on a loaded machine a separate keyup comes late.
  xdotool windowfocus --sync "$wid"
  for key in "$@" ctrl+q; do
    xdotool key "$key"
    sleep 0.3
  done
  for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then echo "FAIL: Ctrl+Q did not close the window"; exit 1; fi
  local rc=0
  wait "$pid" || rc=$?
  pid=""
  [[ $rc -eq 0 ]] || { echo "FAIL: doorway exited $rc: $(cat "$work/err")"; exit 1; }
}
value() { sed -n "/^\[Doorway\]\[Appearance\]/,/^\$/s/^$1=//p" "$ini"; }

session ctrl+equal ctrl+equal ctrl+equal
[[ "$(value TextSize)" == 150 ]] || { echo "FAIL: after Ctrl+= three times: $(cat "$ini")"; exit 1; }
first_theme="$(value Theme)"
# Read back on the next start: one step smaller from 150 is 125.
session ctrl+minus
[[ "$(value TextSize)" == 125 ]] || { echo "FAIL: after a restart and Ctrl+-: $(cat "$ini")"; exit 1; }
[[ "$(value Theme)" == "$first_theme" ]] || { echo "FAIL: the theme changed on its own"; exit 1; }
session ctrl+0
[[ "$(value TextSize)" == 100 ]] || { echo "FAIL: Ctrl+0: $(cat "$ini")"; exit 1; }
if grep -rqs "TextSize\|Appearance" "$work/wb" "$work/data"; then echo "FAIL: appearance leaked into a workbook"; exit 1; fi

# First run follows the desktop (here GTK_THEME), later runs keep the choice.
rm -rf "$work/config"
GTK_THEME=HighContrast session
[[ "$(value Theme)" == high-contrast ]] || { echo "FAIL: GTK_THEME=HighContrast on first run: $(cat "$ini")"; exit 1; }
GTK_THEME=Adwaita:dark session
[[ "$(value Theme)" == high-contrast ]] || { echo "FAIL: the desktop overrode a choice already made"; exit 1; }
echo "text size: 100 -> 150 with Ctrl+= (live), 125 after a restart and Ctrl+-, 100 with Ctrl+0; theme '$first_theme' kept;"
echo "first run with GTK_THEME=HighContrast chose high-contrast, and a later dark desktop did not change it"
