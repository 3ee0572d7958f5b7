#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Every source file says its licence in its first lines (an SPDX identifier), so a file
# copied out of the tree still carries it. Lists the files without one and fails.
#
#   check-licence.sh <source root>
set -u

if [ $# -ne 1 ] || [ ! -d "$1" ]; then
    echo "usage: check-licence.sh <source root>" >&2
    exit 2
fi
cd "$1" || exit 2

expected='SPDX-License-Identifier: GPL-3.0-or-later'
missing=0
checked=0
# Build folders (build, build-asan, …) and git's own files are not sources.
while IFS= read -r -d '' file; do
    checked=$((checked + 1))
    if ! head -n 3 "$file" | grep -qF "$expected"; then
        echo "no licence identifier: ${file#./}"
        missing=$((missing + 1))
    fi
done < <(find . \( -path './build*' -o -path './.git' \) -prune -o -type f \
              \( -name '*.cpp' -o -name '*.h' -o -name 'CMakeLists.txt' -o -name '*.cmake' \
                 -o -name '*.sh' -o -path './.ci/run' \) -print0)

if [ "$checked" -eq 0 ]; then
    echo "check-licence.sh: no source file found under $1" >&2
    exit 2
fi
if [ "$missing" -gt 0 ]; then
    echo "$missing of $checked source files lack '$expected' in their first three lines"
    exit 1
fi
echo "all $checked source files carry '$expected'"
