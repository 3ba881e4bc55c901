#!/usr/bin/env bash
# Makes Doorway's PNG icons from the one drawing, assets/icons/doorway.svg,
# with rsvg-convert (Debian's librsvg2-bin). The PNGs are committed beside
# the SVG so a build needs no SVG renderer; run this after changing the SVG.
#   scripts/make-icons.sh           write assets/icons/doorway-<size>.png
#   scripts/make-icons.sh --check   exit 1 if the committed PNGs differ from
#                                   what the SVG makes now (77: no rsvg-convert)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
icons="$here/assets/icons"
sizes=(16 32 48 128 256)   # hicolor sizes installed; the window uses 16 to 128

if ! command -v rsvg-convert >/dev/null; then
  echo "make-icons: rsvg-convert is missing (apt-get install librsvg2-bin)" >&2
  exit 77
fi

out="$icons"
if [[ "${1:-}" == "--check" ]]; then
  out="$(mktemp -d)"
  trap 'rm -rf "$out"' EXIT
fi
for s in "${sizes[@]}"; do
  rsvg-convert --width "$s" --height "$s" --format png "$icons/doorway.svg" --output "$out/doorway-$s.png"
done

if [[ "${1:-}" == "--check" ]]; then
  status=0
  for s in "${sizes[@]}"; do
    if ! cmp -s "$out/doorway-$s.png" "$icons/doorway-$s.png"; then
      echo "make-icons: assets/icons/doorway-$s.png is not what doorway.svg makes; run scripts/make-icons.sh" >&2
      status=1
    fi
  done
  [[ $status -eq 0 ]] && echo "make-icons: ${#sizes[@]} PNGs match doorway.svg"
  exit $status
fi
echo "make-icons: wrote ${sizes[*]/%/ px} into assets/icons"
