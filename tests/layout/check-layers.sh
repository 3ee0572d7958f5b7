#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Keeps the layout true: every rule below is a line of ARCHITECTURE.md's table of rooms (what each
# room may include) that a compiler would happily let slip. Prints each offending line as
# file:line: text, with the rule it breaks, and exits 1 when there is any.
#
#   check-layers.sh [--widgets-headers DIR]... <project root>
#
# --widgets-headers names an include folder of a Qt widgets module (QtWidgets, QtSvgWidgets,
# ...): every class header in it (<QDialog>, <QLabel>, ...) counts as a widget header. Without
# one, the QtWidgets folder is looked for where Debian puts it.
set -u

widget_dirs=()
while [ $# -gt 0 ]; do
    case "$1" in
    --widgets-headers)
        widget_dirs+=("$2")
        shift 2
        ;;
    *) break ;;
    esac
done
if [ $# -ne 1 ]; then
    echo "usage: check-layers.sh [--widgets-headers DIR]... <project root>" >&2
    exit 2
fi
root=$1
cd "$root" || exit 2
if [ ${#widget_dirs[@]} -eq 0 ]; then
    widget_dirs=(/usr/include/*/qt6/QtWidgets /usr/include/qt6/QtWidgets)
fi

# Class headers of the widgets modules, one a line ("QDialog"). A header such as <QAction>
# that Qt 6 moved to QtGui is not in these folders, so models/ may use it.
widget_names=$(mktemp) || exit 2
trap 'rm -f "$widget_names"' EXIT
for d in "${widget_dirs[@]}"; do
    [ -d "$d" ] || continue
    find "$d" -maxdepth 1 -type f -name 'Q*' ! -name '*.h' -printf '%f\n'
done | sort -u >"$widget_names"
if [ ! -s "$widget_names" ]; then
    echo "check-layers.sh: no QtWidgets headers found in: ${widget_dirs[*]}" >&2
    exit 2
fi

# Every C++ file of the tree, build folders and hidden folders left out.
mapfile -t files < <(find app models ui tests -type f \
    \( -name '*.cpp' -o -name '*.h' -o -name '*.hpp' -o -name '*.cc' \) \
    ! -path '*/.*' 2>/dev/null | LC_ALL=C sort)
if [ ${#files[@]} -eq 0 ]; then
    echo "check-layers.sh: no C++ file under app/, models/, ui/ or tests/ in $root" >&2
    exit 2
fi

# One line per include: file<TAB>line<TAB>form (" or <)<TAB>path<TAB>the whole text.
includes=$(awk '
    /^[ \t]*#[ \t]*include[ \t]*["<]/ {
        text = $0
        sub(/^[ \t]*#[ \t]*include[ \t]*/, "")
        form = substr($0, 1, 1)
        close_char = (form == "\"") ? "\"" : ">"
        path = substr($0, 2)
        path = substr(path, 1, index(path, close_char) - 1)
        printf "%s\t%d\t%s\t%s\t%s\n", FILENAME, FNR, form, path, text
    }' "${files[@]}")

failures=0
report() { # rule, file, line, text
    printf '%s:%s: %s\n    %s\n' "$2" "$3" "$4" "$1"
    failures=$((failures + 1))
}

is_widget_header() {
    local path=$1
    case "$path" in
    QtWidgets | QtWidgets/* | Qt*Widgets | Qt*Widgets/*) return 0 ;;
    esac
    grep -qxF -- "$path" "$widget_names"
}

while IFS=$'\t' read -r file line form path text; do
    [ -n "$file" ] || continue
    case "$file" in
    tests/*) production=0 ;;
    *) production=1 ;;
    esac

    if [ "$form" = '<' ]; then
        if [ $production -eq 1 ] && [ "$file" != app/main.cpp ]; then
            case "$file" in
            ui/*) ;;
            *)
                if is_widget_header "$path"; then
                    report "only ui/ and app/main.cpp use widgets (ARCHITECTURE.md: no widgets under app/ but main.cpp, models/ links Qt Core and Gui only)" \
                        "$file" "$line" "$text"
                fi
                ;;
            esac
        fi
        case "$path" in
        app/* | models/* | ui/* | tests/*)
            report "project headers are included with quotes, from the project root" \
                "$file" "$line" "$text"
            ;;
        esac
        continue
    fi

    # Quoted includes: a project header, written from the root. What moc and uic generate
    # (tst_foo.moc, moc_foo.cpp, ui_foo.h) lives in the build folder.
    case "$path" in
    *.moc | moc_*.cpp | ui_*.h) continue ;;
    esac
    case "$path" in
    app/* | models/* | ui/* | tests/*)
        if [ ! -f "$path" ]; then
            report "no such file from the project root" "$file" "$line" "$text"
            continue
        fi
        ;;
    *)
        report "project headers are included from the project root (\"app/...\", \"models/...\", \"ui/...\", \"tests/...\")" \
            "$file" "$line" "$text"
        continue
        ;;
    esac

    case "$file" in
    models/*)
        case "$path" in
        app/* | ui/*)
            report "models/ includes nothing from app/ or ui/ (ui -> app -> models, never back)" \
                "$file" "$line" "$text"
            ;;
        esac
        ;;
    app/api/*)
        case "$path" in
        app/api/* | models/*) ;;
        *)
            report "app/api includes only app/api/ and models/ (app/api -> models)" \
                "$file" "$line" "$text"
            ;;
        esac
        ;;
    esac

    if [ $production -eq 1 ]; then
        case "$file:$path" in
        app/main.cpp:*) ;;
        app/*:ui/*)
            report "app/ includes nothing from ui/ (ui -> app, never back; only app/main.cpp wires both)" \
                "$file" "$line" "$text"
            ;;
        esac
        case "$path" in
        tests/*)
            report "production code includes nothing from tests/" "$file" "$line" "$text"
            ;;
        esac
    fi

    case "$path" in
    app/sandbox/core/*)
        case "$file" in
        app/sandbox/main.cpp | app/sandbox/core/* | tests/*) ;;
        *)
            report "only the sandbox's executable and the tests include the emulator's core (app/sandbox/core)" \
                "$file" "$line" "$text"
            ;;
        esac
        ;;
    esac
done <<<"$includes"

# ui/ has one folder per area; a file directly in ui/ belongs in one of them.
while IFS= read -r f; do
    [ -n "$f" ] || continue
    report "ui/ holds only its CMakeLists.txt and one folder per area (shell/, browse/, ...)" \
        "$f" 1 "(file directly in ui/)"
done < <(find ui -maxdepth 1 -type f ! -name CMakeLists.txt 2>/dev/null | LC_ALL=C sort)

# Comments speak of the code: an issue number means nothing to the next reader.
while IFS= read -r hit; do
    [ -n "$hit" ] || continue
    report "comments speak of the code, never of issue numbers" \
        "${hit%%:*}" "$(echo "$hit" | cut -d: -f2)" "$(echo "$hit" | cut -d: -f3-)"
done < <(grep -rnIiE '\bissues? *#?[0-9]+' app models ui tests cmake packaging .ci \
    CMakeLists.txt 2>/dev/null | grep -v '^tests/layout/' | LC_ALL=C sort)

if [ $failures -gt 0 ]; then
    echo "$failures layering violation(s)"
    exit 1
fi
echo "layout: ${#files[@]} files checked, no violation"
