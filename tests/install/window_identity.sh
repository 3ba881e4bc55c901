#!/usr/bin/env bash
# The running window says who it is: its X11 class is the app id the
# desktop file names in StartupWMClass (so docks show the menu entry's
# name and icon), and it carries its own icon (_NET_WM_ICON).
#   window_identity.sh DOORWAY_BINARY DESKTOP_FILE
set -euo pipefail
trap 'echo "FAIL: line $LINENO: $BASH_COMMAND exited $?"' ERR
bin="$1" desktop="$2"
for tool in xdotool xprop; do
  command -v "$tool" >/dev/null || { echo "$tool is not installed; skipping"; exit 77; }
done
if [[ -z "${DISPLAY:-}" ]]; then
  command -v xvfb-run >/dev/null || { echo "no display and no xvfb-run; skipping"; exit 77; }
  exec xvfb-run -a -s "-screen 0 1600x1000x24 -noreset" "$0" "$@"
fi
app_id="$(sed -n 's/^StartupWMClass=//p' "$desktop")"
[[ -n "$app_id" ]] || { echo "FAIL: $desktop has no StartupWMClass"; exit 1; }

work="$(mktemp -d)"
pid=""
cleanup() {
  if [[ -n "$pid" ]]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" "$bin" --workbooks "$work/wb" \
  >"$work/out" 2>"$work/err" &
pid=$!
wid=""
for _ in $(seq 100); do
  wid="$(xdotool search --onlyvisible --pid "$pid" 2>/dev/null | head -1 || true)"
  [[ -n "$wid" ]] && break
  kill -0 "$pid" 2>/dev/null || { echo "FAIL: doorway exited: $(cat "$work/err")"; exit 1; }
  sleep 0.1
done
[[ -n "$wid" ]] || { echo "FAIL: no window with class $app_id"; exit 1; }
status=0
class="$(xprop -id "$wid" WM_CLASS || true)"
[[ "$class" == "WM_CLASS(STRING) = \"$app_id\", \"$app_id\"" ]] || { echo "FAIL: WM_CLASS is ${class:-unset}"; status=1; }
# The icon is set just after the window appears: give it a moment.
icon=""
for _ in $(seq 50); do
  icon="$( (xprop -id "$wid" _NET_WM_ICON 2>/dev/null || true) | grep -oE 'Icon \([0-9]+ x [0-9]+\)' | sort -u | tr '\n' ' ' || true)"
  [[ "$icon" == *"Icon (48 x 48)"* ]] && break
  sleep 0.1
done
[[ "$icon" == *"Icon (48 x 48)"* ]] || { echo "FAIL: window icon: ${icon:-none}"; status=1; }
if grep -q 'icon' "$work/err"; then echo "FAIL: $(cat "$work/err")"; status=1; fi
[[ $status -eq 0 ]] && echo "window: $class; icons $icon"
exit $status
