#!/usr/bin/env bash
# Installs the Debian packages in scripts/packages.txt that are not yet
# installed. Uses sudo when not root; says plainly what to do when neither
# works. Quick when nothing is missing: one dpkg-query call.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mapfile -t wanted < <(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$here/packages.txt")

missing=()
while read -r name status; do
  [[ "$status" == "installed" ]] || missing+=("$name")
done < <(dpkg-query -W -f='${Package} ${db:Status-Status}\n' "${wanted[@]}" 2>/dev/null || true)
# Packages dpkg has never heard of print nothing above; catch them too.
for pkg in "${wanted[@]}"; do
  dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null | grep -q '^installed$' || {
    [[ " ${missing[*]-} " == *" $pkg "* ]] || missing+=("$pkg")
  }
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if ! command -v apt-get >/dev/null; then
  echo "doorway setup: apt-get not found; Doorway is built on Debian bookworm. Missing: ${missing[*]}" >&2
  exit 1
fi
if [[ $(id -u) -eq 0 ]]; then
  sudo=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null || command -v sudo >/dev/null; then
  sudo=(sudo)
else
  echo "doorway setup: these packages are missing and I can't install them without root or sudo:" >&2
  echo "  ${missing[*]}" >&2
  echo "Ask someone with root to run: apt-get install ${missing[*]}" >&2
  exit 1
fi
echo "doorway setup: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
