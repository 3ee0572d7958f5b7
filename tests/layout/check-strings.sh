#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Every tr() string reaches German speakers: runs lupdate over the console's sources (the
# project file that qt_add_translations wrote for partnero-console_lupdate, so the same
# sources) into a temporary copy of the committed .ts file, and fails, listing them, when a
# source text is missing from the committed file or its German is unfinished.
#
#   check-strings.sh <lupdate> <GenerateLUpdateProject.cmake> <lupdate project .cmake> <.ts file>
#
# The committed file is never written: `cmake --build build --target partnero-console_lupdate`
# is how people refresh it.
set -u

if [ $# -ne 4 ]; then
    echo "usage: check-strings.sh <lupdate> <GenerateLUpdateProject.cmake> <project .cmake> <.ts>" >&2
    exit 2
fi
lupdate=$1
generator=$2
project_cmake=$3
committed=$4
for f in "$lupdate" "$generator" "$project_cmake" "$committed"; do
    if [ ! -e "$f" ]; then
        echo "check-strings.sh: $f does not exist" >&2
        exit 2
    fi
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/partnero-strings.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
copy="$tmp/$(basename "$committed")"
cp "$committed" "$copy"

cmake -DIN_FILE="$project_cmake" -DOUT_FILE="$tmp/project.json" -P "$generator" \
    >"$tmp/generate.log" 2>&1 || {
    cat "$tmp/generate.log" >&2
    exit 2
}
# The options of app/CMakeLists.txt's qt_add_translations.
if ! "$lupdate" -project "$tmp/project.json" -no-obsolete -locations none -ts "$copy" \
    >"$tmp/lupdate.log" 2>&1; then
    echo "lupdate failed:" >&2
    cat "$tmp/lupdate.log" >&2
    exit 2
fi
# lupdate's own warnings (a tr() it cannot read, ...) are worth seeing either way.
grep -i 'warning\|error' "$tmp/lupdate.log" | grep -v 'will override TRANSLATIONS'

# One line per message: context, source, disambiguation and state ("unfinished" or "done"),
# separated by the ASCII unit separator (a tab would let read merge empty fields). lupdate writes the file itself, one element a line, so a line
# scanner suffices; a source text running over several lines is joined with "\n".
messages() {
    awk '
        function plain(t) {
            gsub(/&lt;/, "<", t); gsub(/&gt;/, ">", t); gsub(/&quot;/, "\"", t)
            gsub(/&apos;/, "'\''", t); gsub(/&amp;/, "\\&", t)
            return t
        }
        function flush() {
            src = plain(src); cmt = plain(cmt)
            printf "%s\037%s\037%s\037%s\n", ctx, src, cmt, (unfinished ? "unfinished" : "done")
        }
        /<context>/ { in_ctx = 1; next }
        in_ctx && !in_msg && /<name>/ {
            ctx = $0; sub(/.*<name>/, "", ctx); sub(/<\/name>.*/, "", ctx); next
        }
        /<message[ >]/ { in_msg = 1; src = ""; cmt = ""; unfinished = 0; obsolete = 0; next }
        in_msg && in_src {
            line = $0
            if (line ~ /<\/source>/) { sub(/<\/source>.*/, "", line); in_src = 0 }
            src = src "\\n" line
            next
        }
        in_msg && /<source>/ {
            line = $0; sub(/.*<source>/, "", line)
            if (line ~ /<\/source>/) sub(/<\/source>.*/, "", line); else in_src = 1
            src = line
            next
        }
        in_msg && /<comment>/ {
            cmt = $0; sub(/.*<comment>/, "", cmt); sub(/<\/comment>.*/, "", cmt); next
        }
        in_msg && /<translation/ {
            if ($0 ~ /type="unfinished"/) unfinished = 1
            if ($0 ~ /type="(vanished|obsolete)"/) obsolete = 1
            next
        }
        in_msg && /<\/message>/ { in_msg = 0; if (!obsolete) flush(); next }
        /<\/context>/ { in_ctx = 0 }
    ' "$1" | LC_ALL=C sort -u
}

messages "$committed" >"$tmp/committed.tsv"
messages "$copy" >"$tmp/current.tsv"
cut -d $'\037' -f1-3 "$tmp/committed.tsv" >"$tmp/committed.keys"

missing=0
unfinished=0
while IFS=$'\037' read -r ctx src cmt state; do
    [ "$state" = unfinished ] || continue
    label="$ctx: \"$src\""
    [ -n "$cmt" ] && label="$label ($cmt)"
    if grep -qxF -- "$(printf '%s\037%s\037%s' "$ctx" "$src" "$cmt")" "$tmp/committed.keys"; then
        echo "unfinished in German: $label"
        unfinished=$((unfinished + 1))
    else
        echo "missing from $(basename "$committed"): $label"
        missing=$((missing + 1))
    fi
done <"$tmp/current.tsv"

total=$(wc -l <"$tmp/current.tsv")
if [ $((missing + unfinished)) -gt 0 ]; then
    echo "$missing source text(s) missing from $(basename "$committed"), $unfinished unfinished" \
        "in German, of $total; refresh with: cmake --build build --target partnero-console_lupdate"
    exit 1
fi
echo "strings: all $total source texts are translated in $(basename "$committed")"
