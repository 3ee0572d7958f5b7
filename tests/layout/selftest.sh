#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The checks themselves are checked: a check that passes everything would look just like a
# tree that keeps every rule. Builds small trees that break each rule once, and a clean one,
# and runs check-layers.sh and check-strings.sh on them.
#
#   selftest.sh <lupdate> <GenerateLUpdateProject.cmake> [--widgets-headers DIR]...
set -u
here=$(cd "$(dirname "$0")" && pwd)
lupdate=$1
generator=$2
shift 2
widget_args=("$@")

tmp=$(mktemp -d "${TMPDIR:-/tmp}/partnero-layout-selftest.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}
expect_line() { # output, text that must appear in it, what it proves
    if ! grep -qF -- "$2" <<<"$1"; then
        fail "$3: no line with '$2' in:"
        echo "$1" | sed 's/^/    /'
    fi
}

# --- check-layers.sh ------------------------------------------------------------------------
clean="$tmp/clean"
mkdir -p "$clean"/{app/api,app/main,app/sandbox/core,models,ui/browse,tests/unit}
cat >"$clean/models/customer.h" <<'EOF'
#pragma once
#include <QAction>
#include <QString>
EOF
cat >"$clean/app/api/client.h" <<'EOF'
#pragma once
#include "models/customer.h"
#include <QNetworkAccessManager>
EOF
echo '#include "app/sandbox/core/server.h"' >"$clean/app/sandbox/main.cpp"
echo '#pragma once' >"$clean/app/sandbox/core/server.h"
cat >"$clean/app/main.cpp" <<'EOF'
#include "ui/browse/page.h"
#include <QApplication>
EOF
cat >"$clean/ui/browse/page.h" <<'EOF'
#pragma once
#include "app/api/client.h"
#include "ui_page.h"
#include <QWidget>
EOF
cat >"$clean/tests/unit/tst_core.cpp" <<'EOF'
#include "app/sandbox/core/server.h"
#include <QWidget>
#include "tst_core.moc"
EOF
echo '' >"$clean/ui/CMakeLists.txt"

out=$(bash "$here/check-layers.sh" "${widget_args[@]}" "$clean" 2>&1)
status=$?
[ $status -eq 0 ] || fail "a clean tree fails check-layers.sh (exit $status):"$'\n'"$out"

broken="$tmp/broken"
cp -r "$clean" "$broken"
echo '#include <QDialog>' >>"$broken/models/customer.h"
echo '#include <QtWidgets/QLabel>' >>"$broken/app/api/client.h"
echo '#include "app/api/client.h"' >"$broken/models/usesapp.h"
echo '#include "ui/browse/page.h"' >"$broken/models/usesui.h"
echo '#include "app/session/session.h"' >"$broken/app/api/usessession.h"
mkdir -p "$broken/app/session" "$broken/app/launcher"
echo '#pragma once' >"$broken/app/session/session.h"
echo '#include "app/sandbox/core/server.h"' >"$broken/app/launcher/launcher.cpp"
echo '#include "client.h"' >"$broken/app/api/relative.cpp"
echo '#include <models/customer.h>' >"$broken/app/api/angle.cpp"
echo '#include "ui/browse/page.h"' >"$broken/app/session/usesui.cpp"
echo '#pragma once' >"$broken/ui/stray.h"
echo '// See issue 6 for why.' >"$broken/app/session/commented.cpp"

out=$(bash "$here/check-layers.sh" "${widget_args[@]}" "$broken" 2>&1)
status=$?
[ $status -eq 1 ] || fail "a broken tree: check-layers.sh exits $status, not 1"
expect_line "$out" 'models/customer.h:4: #include <QDialog>' "a widget header in models/"
expect_line "$out" 'app/api/client.h:4: #include <QtWidgets/QLabel>' "a QtWidgets/ header in app/"
expect_line "$out" 'models/usesapp.h:1: #include "app/api/client.h"' "models/ including app/"
expect_line "$out" 'models/usesui.h:1: #include "ui/browse/page.h"' "models/ including ui/"
expect_line "$out" 'app/api/usessession.h:1: #include "app/session/session.h"' \
    "app/api including app/session"
expect_line "$out" 'app/launcher/launcher.cpp:1: #include "app/sandbox/core/server.h"' \
    "the sandbox's core included outside the sandbox and tests"
expect_line "$out" 'app/api/relative.cpp:1: #include "client.h"' "an include not from the root"
expect_line "$out" 'app/api/angle.cpp:1: #include <models/customer.h>' \
    "a project header in angle brackets"
expect_line "$out" 'app/session/usesui.cpp:1: #include "ui/browse/page.h"' "app/ including ui/"
expect_line "$out" 'ui/stray.h:1:' "a file directly in ui/"
expect_line "$out" 'app/session/commented.cpp:1: // See issue 6 for why.' "an issue number"
expect_line "$out" '11 layering violation(s)' "the count of violations"
# What the clean tree allows stays allowed in the broken one.
for allowed in 'models/customer.h:2:' 'models/customer.h:3:' 'app/main.cpp:' \
    'ui/browse/page.h:' 'tests/unit/tst_core.cpp:' 'app/sandbox/main.cpp:'; do
    hit=$(awk -v p="$allowed" 'index($0, p) == 1' <<<"$out")
    [ -z "$hit" ] || fail "check-layers.sh reports an allowed include: $hit"
done

# --- check-strings.sh -----------------------------------------------------------------------
src="$tmp/strings"
mkdir -p "$src"
cat >"$src/texts.cpp" <<'EOF'
#include <QCoreApplication>
void texts()
{
    QCoreApplication::translate("Page", "Known");
    QCoreApplication::translate("Page", "Left for later");
    QCoreApplication::translate("Page", "Brand new");
}
EOF
cat >"$src/project.cmake" <<EOF
set(lupdate_project_file "$src/CMakeLists.txt")
set(lupdate_include_paths "")
set(lupdate_sources "$src/texts.cpp")
set(lupdate_translations "$src/app_de.ts")
EOF
cat >"$src/app_de.ts" <<'EOF'
<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Page</name>
    <message>
        <source>Known</source>
        <translation>Bekannt</translation>
    </message>
    <message>
        <source>Left for later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
EOF
cp "$src/app_de.ts" "$src/before.ts"
out=$(bash "$here/check-strings.sh" "$lupdate" "$generator" "$src/project.cmake" \
    "$src/app_de.ts" 2>&1)
status=$?
[ $status -eq 1 ] || fail "check-strings.sh exits $status, not 1, with a string missing:"$'\n'"$out"
expect_line "$out" 'missing from app_de.ts: Page: "Brand new"' "a source text not in the .ts file"
expect_line "$out" 'unfinished in German: Page: "Left for later"' "an unfinished translation"
expect_line "$out" '1 source text(s) missing from app_de.ts, 1 unfinished' "the counts"
if grep -qF '"Known"' <<<"$out"; then
    fail "check-strings.sh reports a translated text: $out"
fi
cmp -s "$src/app_de.ts" "$src/before.ts" || fail "check-strings.sh changed the committed file"

# Once translated, the same sources pass.
sed -i 's|<translation type="unfinished"></translation>|<translation>Später</translation>|' \
    "$src/app_de.ts"
sed -i 's|</context>|    <message>\n        <source>Brand new</source>\n        <translation>Neu</translation>\n    </message>\n</context>|' \
    "$src/app_de.ts"
out=$(bash "$here/check-strings.sh" "$lupdate" "$generator" "$src/project.cmake" \
    "$src/app_de.ts" 2>&1)
status=$?
[ $status -eq 0 ] || fail "check-strings.sh fails a complete translation (exit $status):"$'\n'"$out"

if [ $failures -gt 0 ]; then
    echo "$failures self-test failure(s)"
    exit 1
fi
echo "selftest: check-layers.sh and check-strings.sh find what they should, and nothing else"
