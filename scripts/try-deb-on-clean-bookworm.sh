#!/usr/bin/env bash
# Installs Doorway's .deb on a clean Debian bookworm, uses it, removes it,
# and shows that nothing is left behind:
#   1. a fresh minimal bookworm (debootstrap --variant=minbase) in a temp
#      folder, plus xvfb so the window has a display to open on
#   2. apt-get install ./doorway_*.deb (its Depends come from Debian)
#   3. dpkg -L doorway; doorway --version, score, check, export (PDF and
#      Markdown) and a window screenshot, from a folder of its own
#   4. apt-get purge --autoremove doorway; dpkg -L doorway now fails, no
#      file it listed is still there, and the installed package list is
#      exactly what it was before
# Usage (as root; needs debootstrap and Debian's mirror):
#   scripts/try-deb-on-clean-bookworm.sh [path/to/doorway_<version>_amd64.deb]
# DEBIAN_MIRROR overrides http://deb.debian.org/debian. The chroot is
# deleted at the end; KEEP_CHROOT=1 keeps it for a look.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
deb="${1:-}"
if [[ -z "$deb" ]]; then
  debs=("$here"/build/doorway_*_amd64.deb)
  deb="${debs[-1]}"
fi
[[ -f "$deb" ]] || { echo "no .deb at '$deb'; run ./dev.sh package first" >&2; exit 1; }
[[ $(id -u) -eq 0 ]] || { echo "this needs root (debootstrap and chroot)" >&2; exit 1; }
command -v debootstrap >/dev/null || { echo "debootstrap is missing: apt-get install debootstrap" >&2; exit 1; }
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"

root="$(mktemp -d /var/tmp/doorway-bookworm.XXXXXX)"
cleanup() {
  umount "$root/proc" 2>/dev/null || true
  umount "$root/dev/pts" 2>/dev/null || true
  rm -f "$root.before" "$root.before.after" "$root.debootstrap.log"
  if [[ "${KEEP_CHROOT:-}" == 1 ]]; then echo "chroot kept in $root"; else rm -rf "$root"; fi
}
trap cleanup EXIT
step() { printf '\n== %s\n' "$*"; }
inroot() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
  DEBIAN_FRONTEND=noninteractive "$@"; }

step "a clean bookworm: debootstrap --variant=minbase bookworm ($mirror)"
debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.debootstrap.log" 2>&1 ||
  { tail -20 "$root.debootstrap.log"; exit 1; }
rm -f "$root.debootstrap.log"
mount -t proc proc "$root/proc"
inroot apt-get update -qq 2>&1 | grep -v '^W: Download is performed unsandboxed' || true
inroot apt-get install -y -qq --no-install-recommends xvfb xauth >/dev/null 2>&1
echo "$(inroot dpkg-query -W -f='${Package}\n' | wc -l) packages (minbase, plus xvfb for a display)"
before="$root.before"
inroot dpkg-query -W -f='${Package} ${Version}\n' | sort >"$before"

step "apt-get install ./$(basename "$deb")"
cp "$deb" "$root/tmp/"
inroot sh -c "cd /tmp && apt-get install -y ./$(basename "$deb")" >"$root/tmp/apt.log" 2>&1 ||
  { cat "$root/tmp/apt.log"; exit 1; }
grep -E '^(Setting up doorway|The following NEW packages|[0-9]+ upgraded)' "$root/tmp/apt.log"
rm "$root/tmp/$(basename "$deb")"
inroot dpkg-query -W -f='${Package} ${Version} ${Status}\n' doorway

step "dpkg -L doorway"
inroot dpkg -L doorway | tee "$root/tmp/files"

step "using it from /home/user (no source tree here)"
mkdir -p "$root/home/user"
run() { inroot sh -c "cd /home/user && HOME=/home/user $*"; }
run doorway --version
run 'doorway score "I miss us. Would you try one session with me?" | head -3'
run cp /usr/share/doorway/workbooks/example.json .
run doorway check example.json
run doorway export example.json --pdf example.pdf
run doorway export example.json --md example.md
run 'head -c 300 example.md; echo'
run 'xvfb-run -a -s "-screen 0 1280x800x24" doorway example.json --screenshot shot.png --ui view=worksheet:pattern 2>&1; echo "window exit status $?"'
ls -l "$root/home/user/shot.png" "$root/home/user/example.pdf"
if [[ -n "${SHOT_OUT:-}" ]]; then cp "$root/home/user/shot.png" "$SHOT_OUT"; fi
run 'doorway nonsense; echo "exit status $?"' || true

step "apt-get purge --autoremove doorway"
inroot apt-get purge -y --autoremove doorway 2>&1 | grep -E '^(Removing|Purging) doorway|^[0-9]+ upgraded' || true

step "what is left"
if inroot dpkg -L doorway >/dev/null 2>&1; then echo "FAIL: dpkg still lists doorway"; exit 1; fi
inroot dpkg -L doorway 2>&1 || true
left=0
while read -r f; do
  [[ "$f" == "/." ]] && continue
  if [[ -f "$root$f" || -L "$root$f" ]]; then echo "left: $f"; left=$((left + 1)); fi
  if [[ -d "$root$f" && "$f" == *doorway* ]]; then echo "left folder: $f"; left=$((left + 1)); fi
done <"$root/tmp/files"
echo "$left of the $(grep -vc '^/\.$' "$root/tmp/files") paths dpkg -L listed are still there"
inroot dpkg-query -W -f='${Package} ${Version}\n' | sort >"$before.after"
kept="$(comm -13 "$before" "$before.after" | cut -d' ' -f1)"
if [[ -n "$kept" ]]; then
  # apt's autoremove keeps what an installed package recommends or suggests
  # (APT::AutoRemove::RecommendsImportant, SuggestsImportant): say who.
  echo "apt kept $(wc -w <<<"$kept") packages that came in with doorway's dependencies, because packages that were"
  echo "here before recommend or suggest them:"
  for p in $kept; do
    why="$(inroot dpkg-query -W -f='${Package}\t${Recommends}, ${Suggests}\n' |
      awk -F'\t' -v p="$p" '$2 ~ ("(^|[ ,|])" p "([ ,(:]|$)") {print $1}' | tr '\n' ' ')"
    echo "  $p  <- ${why:-(their dependency)}"
  done
  step "apt-get autoremove --purge, not keeping what is only recommended or suggested"
  inroot apt-get autoremove --purge -y -o APT::AutoRemove::RecommendsImportant=false \
    -o APT::AutoRemove::SuggestsImportant=false 2>&1 | grep -E '^[0-9]+ upgraded' || true
  inroot dpkg-query -W -f='${Package} ${Version}\n' | sort >"$before.after"
fi
if diff -u "$before" "$before.after"; then
  echo "installed packages: the same $(wc -l <"$before") as before doorway"
else
  echo "FAIL: the installed packages differ from before"
  left=$((left + 1))
fi
echo "(what the person made stays theirs, as with any package: /home/user has $(ls "$root/home/user" | tr '\n' ' '))"
[[ $left -eq 0 ]] && echo "nothing left behind"
exit $((left > 0))
