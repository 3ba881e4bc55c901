#!/usr/bin/env bash
# The man page covers what the binary offers: every command and option in
# `doorway --help`, every environment variable the binary reads, the exit
# codes; and man --warnings has nothing to say about it.
#   man_page.sh DOORWAY_BINARY MAN_PAGE(.1 or .1.gz)
set -euo pipefail
trap 'echo "FAIL: line $LINENO: $BASH_COMMAND exited $?"' ERR
bin="$1" page="$2"
command -v man >/dev/null || { echo "man is not installed (man-db); skipping"; exit 77; }
status=0
fail() { echo "FAIL: $*"; status=1; }

warnings="$(man --warnings -l "$page" 2>&1 >/dev/null || true)"
[[ -z "$warnings" ]] || fail "man --warnings reports: $warnings"

text="$(MANWIDTH=200 man -P cat -l "$page" 2>/dev/null | col -b)"
[[ -n "$text" ]] || { echo "FAIL: $page renders as nothing"; exit 1; }

help="$("$bin" --help)"
# Commands: the word after "doorway" in each synopsis line.
commands="$(sed -n '/^usage:/,$p' <<<"$help" | grep -oE '\bdoorway [a-z]+' | awk '{print $NF}' | sort -u)"
[[ $(wc -w <<<"$commands") -ge 7 ]] || fail "found only these commands in --help: $commands"
options="$(grep -oE -- '--[a-z][a-z-]*' <<<"$help" | sort -u)"
[[ $(wc -w <<<"$options") -ge 15 ]] || fail "found only these options in --help: $options"
for word in $commands; do
  grep -qE "^ +doorway $word\b|^ +$word\b" <<<"$text" || fail "command '$word' is not described"
done
for opt in $options; do
  grep -qF -- "$opt" <<<"$text" || fail "option '$opt' is missing"
done
# Environment variables the binary reads (test and bench hooks aside).
vars="$(strings "$bin" | grep -E '^(DOORWAY|XDG)_[A-Z_]+$|^GTK_THEME$' | grep -vE 'DOORWAY_(BENCH|TEST)_' | sort -u)"
for v in $vars; do
  grep -qF "$v" <<<"$text" || fail "environment variable $v is not described"
done
exits="$(sed -n '/^EXIT STATUS/,/^[A-Z]/p' <<<"$text")"
for code in 0 1 2; do
  grep -qE "^ +$code$|^ +$code " <<<"$exits" || fail "exit status $code is not described"
done
[[ $status -eq 0 ]] && echo "man page: $(wc -w <<<"$commands") commands, $(wc -w <<<"$options") options, $(wc -w <<<"$vars") variables and 3 exit codes described; no warnings"
exit $status
