#!/usr/bin/env bash
# The Debian package, built and checked the way a user's system would see it.
#   package.sh build BUILD_DIR OUT_DIR     cpack: OUT_DIR/doorway_<version>_amd64.deb
#   package.sh contents OUT_DIR APP_ID     dpkg-deb --info / --contents
#   package.sh lintian OUT_DIR             no lintian errors (warnings are shown)
#   package.sh desktop OUT_DIR APP_ID      desktop-file-validate on the packaged file
#   package.sh metainfo OUT_DIR APP_ID     appstreamcli validate --no-net
# Exit 77 (skipped) only when the tool a check needs is not installed.
set -euo pipefail
trap 'echo "FAIL: line $LINENO: $BASH_COMMAND exited $?"' ERR
step="$1" out="$3"
need() { command -v "$1" >/dev/null || { echo "$1 is not installed ($2); skipping"; exit 77; }; }
deb() {
  local debs=("$out"/doorway_*_amd64.deb)
  [[ -f "${debs[0]}" ]] || { echo "FAIL: no doorway_*_amd64.deb in $out (did 'package: build' run?)"; exit 1; }
  echo "${debs[0]}"
}
unpack() {  # the package's files, in a temp folder removed on exit
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  dpkg-deb -x "$(deb)" "$tmp"
}

case "$step" in
build)
  need cpack cmake
  need dpkg-shlibdeps dpkg-dev
  rm -rf "$out" && mkdir -p "$out"
  cpack --config "$2/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1 || { cat "$out/cpack.log"; exit 1; }
  echo "built $(basename "$(deb)")"
  ;;
contents)
  need dpkg-deb dpkg
  app_id="$4" status=0
  fail() { echo "FAIL: $*"; status=1; }
  d="$(deb)"
  info="$(dpkg-deb --info "$d")"
  echo "$info" | sed -n '/^ Package:/,$p'
  [[ "$(dpkg-deb --field "$d" Architecture)" == amd64 ]] || fail "Architecture is not amd64"
  [[ "$(basename "$d")" =~ ^doorway_[0-9]+\.[0-9]+\.[0-9]+_amd64\.deb$ ]] || fail "file name $(basename "$d")"
  depends="$(dpkg-deb --field "$d" Depends)"
  # From dpkg-shlibdeps (the libraries the binary links) and the run-time data.
  for p in libc6 libglfw3 libsodium23 libpocketsphinx3 libpango-1.0-0 pocketsphinx-en-us fonts-dejavu-core; do
    grep -qE "(^|, )$p( |,|$)" <<<"$depends" || fail "Depends lacks $p: $depends"
  done
  contents="$(dpkg-deb --contents "$d")"
  for f in ./usr/bin/doorway ./usr/share/doorway/assets/worksheets/01_safety_check.json \
    ./usr/share/doorway/assets/scoring/lexicon.json ./usr/share/doorway/assets/speech/noise.mllr \
    ./usr/share/doorway/assets/speech/domain_model.bin ./usr/share/doorway/assets/speech/domain_model.bin.key \
    ./usr/share/doorway/workbooks/example.json \
    "./usr/share/applications/$app_id.desktop" "./usr/share/metainfo/$app_id.metainfo.xml" \
    "./usr/share/icons/hicolor/scalable/apps/$app_id.svg" "./usr/share/icons/hicolor/48x48/apps/$app_id.png" \
    "./usr/share/icons/hicolor/128x128/apps/$app_id.png" "./usr/share/icons/hicolor/256x256/apps/$app_id.png" \
    ./usr/share/man/man1/doorway.1.gz ./usr/share/doc/doorway/copyright ./usr/share/doc/doorway/changelog.gz; do
    grep -qE " $f\$" <<<"$contents" || fail "missing $f"
  done
  grep -q ' ./usr/local' <<<"$contents" && fail "files under /usr/local"
  awk '{print $2}' <<<"$contents" | grep -vqx 'root/root' && fail "files not owned by root"
  grep -E '^d' <<<"$contents" | awk '{print $1}' | grep -vqx 'drwxr-xr-x' && fail "folders not 0755"
  grep -E '^-' <<<"$contents" | grep -v ' ./usr/bin/' | awk '{print $1}' | grep -vqx -- '-rw-r--r--' &&
    fail "data files not 0644"
  file_count="$(grep -cE '^-' <<<"$contents")"
  [[ $status -eq 0 ]] && echo "contents: $file_count files where they belong; Depends: $depends"
  exit $status
  ;;
lintian)
  need lintian lintian
  d="$(deb)"
  report="$(lintian --tag-display-limit 0 --display-info "$d" 2>&1 | grep -v '^running with root privileges' || true)"
  echo "${report:-lintian: no tags at all}"
  if grep -qE '^E: ' <<<"$report"; then
    echo "FAIL: lintian reports errors"
    exit 1
  fi
  echo "lintian: $(grep -cE '^E: ' <<<"$report" || true) errors, $(grep -cE '^W: ' <<<"$report" || true) warnings, $(grep -cE '^I: ' <<<"$report" || true) notes"
  ;;
desktop)
  need desktop-file-validate desktop-file-utils
  app_id="$4"
  unpack
  file="$tmp/usr/share/applications/$app_id.desktop"
  desktop-file-validate "$file"
  status=0
  grep -qx "Icon=$app_id" "$file" || { echo "FAIL: Icon= is not the app id"; status=1; }
  grep -qx "StartupWMClass=$app_id" "$file" || { echo "FAIL: StartupWMClass= is not the app id"; status=1; }
  exec_bin="$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$file")"
  [[ -x "$tmp/usr/bin/$exec_bin" ]] || { echo "FAIL: Exec=$exec_bin is not the packaged binary"; status=1; }
  [[ $status -eq 0 ]] && echo "desktop file: valid, Icon, StartupWMClass and Exec agree with the package"
  exit $status
  ;;
metainfo)
  need appstreamcli appstream
  app_id="$4"
  unpack
  file="$tmp/usr/share/metainfo/$app_id.metainfo.xml"
  appstreamcli validate --no-net "$file"
  grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$file" ||
    { echo "FAIL: the metainfo does not launch $app_id.desktop"; exit 1; }
  [[ -f "$tmp/usr/share/applications/$app_id.desktop" ]] || { echo "FAIL: its desktop file is not packaged"; exit 1; }
  captions="$(grep -c '<caption>' "$file")"
  [[ $captions -ge 1 ]] || { echo "FAIL: no screenshot captions"; exit 1; }
  echo "metainfo: valid, $captions screenshots with captions, launches $app_id.desktop"
  ;;
*)
  echo "usage: package.sh build|contents|lintian|desktop|metainfo BUILD_DIR OUT_DIR [APP_ID]" >&2
  exit 2
  ;;
esac
