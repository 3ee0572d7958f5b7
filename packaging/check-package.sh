#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks a built .deb (default: the one in ./build) the way a person installing it would meet
# it, and fails with one line per problem when it
#   - misses a file it must hold: both programs, the desktop entry, the metainfo, the icon,
#     the copyright file;
#   - holds anything else: tests, benchmarks, fuzzers, test helpers, the screenshot tool,
#     libraries, headers, CMake files;
#   - carries the build machine: its source or build folder in any file, an RPATH, debug
#     sections (not stripped);
#   - does not declare a library the programs link (each NEEDED library's Debian package) or
#     one of the things loaded at run time (plugins, libsecret, fonts, certificates);
#   - has a desktop entry or metainfo that desktop-file-validate or appstreamcli (offline)
#     refuse, or that do not agree with each other, with the programs or with the version;
#   - holds programs that do not start (--version, --help, from the unpacked package).
# packaging/test-check-package.sh shows that it refuses packages spoiled in each of these ways.
#   check-package.sh [PACKAGE.deb]
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"

deb="${1:-}"
if [ -z "$deb" ]; then
  debs=(build/partnero-console_*.deb)
  [ -e "${debs[0]}" ] || { echo "No package in build/: run packaging/package.sh" >&2; exit 1; }
  [ ${#debs[@]} -eq 1 ] || { echo "More than one package in build/: name one" >&2; exit 1; }
  deb="${debs[0]}"
fi
[ -f "$deb" ] || { echo "No such package: $deb" >&2; exit 1; }

id=io.partnero.Console
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
problems=()
problem() { problems+=("$1"); }

dpkg-deb -x "$deb" "$work/root"
# Regular files and links as ./usr/..., with their mode and owner.
dpkg-deb -c "$deb" >"$work/listing"
awk '$1 !~ /^d/ {print $6}' "$work/listing" | sed 's|^\./||' | sort >"$work/files"

# What it must hold, and nothing else.
expected=(
  usr/bin/partnero-console
  usr/bin/partnero-sandbox
  "usr/share/applications/$id.desktop"
  "usr/share/metainfo/$id.metainfo.xml"
  "usr/share/icons/hicolor/scalable/apps/$id.svg"
  usr/share/doc/partnero-console/copyright
  "usr/lib/systemd/user/partnero-console-sync@.service"
  "usr/lib/systemd/user/partnero-console-sync@.timer"
)
for f in "${expected[@]}"; do
  grep -qxF "$f" "$work/files" || problem "missing: /$f"
done
while read -r f; do
  case "$f" in
    */tst_* | */bench_* | */fuzz_* | *_helper | */partnero-screenshots)
      problem "a test, benchmark, fuzzer or helper: /$f" ;;
    usr/bin/partnero-console | usr/bin/partnero-sandbox) ;;
    "usr/share/applications/$id.desktop" | "usr/share/metainfo/$id.metainfo.xml") ;;
    "usr/share/icons/hicolor/scalable/apps/$id.svg") ;;
    usr/share/doc/partnero-console/copyright) ;;
    usr/share/doc/partnero-console/*.md) ;;
    "usr/lib/systemd/user/partnero-console-sync@.service") ;;
    "usr/lib/systemd/user/partnero-console-sync@.timer") ;;
    *) problem "not part of the package: /$f" ;;
  esac
done <"$work/files"
# The timer's service runs the installed console, with the key from a file (no keychain).
unit="$work/root/usr/lib/systemd/user/partnero-console-sync@.service"
if [ -f "$unit" ] && ! grep -q '^ExecStart=/usr/bin/partnero-console sync --profile "%I" --api-key-file ' "$unit"; then
  problem "the sync service does not run /usr/bin/partnero-console sync with --api-key-file"
fi
# Installed by root for everyone: owned by root, programs executable, nothing world-writable.
while read -r line; do problem "$line"; done \
  < <(awk '$1 !~ /^d/ && $2 != "root/root" {print "not owned by root (" $2 "): " $6}' "$work/listing")
for p in partnero-console partnero-sandbox; do
  f="$work/root/usr/bin/$p"
  [ -f "$f" ] && [ ! -x "$f" ] && problem "not executable: /usr/bin/$p"
done
if find "$work/root" -perm -o+w ! -type l | grep -q .; then
  problem "world-writable files in the package"
fi

# The build machine: its folders in any file (a path in a string, a build RPATH), debug info.
# The checkout holds the build folder, so one search covers both.
if hits="$(grep -rlF -- "$root" "$work/root" 2>/dev/null)"; then
  problem "the build machine's folder $root is in: $(tr '\n' ' ' <<<"${hits//$work\/root/}")"
fi
for p in partnero-console partnero-sandbox; do
  f="$work/root/usr/bin/$p"
  [ -f "$f" ] || continue
  if readelf -d "$f" | grep -qE '\((RPATH|RUNPATH)\)'; then
    problem "/usr/bin/$p has an RPATH: $(readelf -d "$f" | grep -E 'RPATH|RUNPATH' | head -n 1)"
  fi
  if readelf -S "$f" | grep -qE '\.debug_|\.symtab'; then
    problem "/usr/bin/$p is not stripped"
  fi
done

# Every library the programs link must be declared by its Debian package.
depends="$(dpkg-deb -f "$deb" Depends)"
declared="$(printf '%s\n' "$depends" | tr ',|' '\n\n' | sed -E 's/\(.*\)//; s/:any//; s/[[:space:]]//g' | sed '/^$/d' | sort -u)"
# NEEDED libraries as "program soname path", found the way the loader finds them.
: >"$work/needed"
for p in partnero-console partnero-sandbox; do
  f="$work/root/usr/bin/$p"
  [ -f "$f" ] || continue
  ldd "$f" >"$work/ldd.$p"
  for soname in $(readelf -d "$f" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
    # "libX.so.N => /path (address)"; the dynamic loader is listed by its path alone.
    path="$(awk -v s="$soname" '$1 == s {print $3} $1 ~ "/" s "$" {print $1}' "$work/ldd.$p" | head -n 1)"
    if [ -z "$path" ] || [ "$path" = "not" ]; then
      problem "/usr/bin/$p needs $soname, which is not on this machine"
    else
      echo "$p $soname $path" >>"$work/needed"
    fi
  done
done
# The package that holds each file, asked once (dpkg -S reads its whole database per call).
# dpkg knows a file by the path its package ships, with or without /usr on a merged /usr.
declare -A owner=()
alternates() {
  case "$1" in /usr/*) echo "$1" "${1#/usr}" ;; *) echo "$1" "/usr$1" ;; esac
  readlink -f "$1"
}
mapfile -t candidates < <(awk '{print $3}' "$work/needed" | sort -u | while read -r path; do
  alternates "$path"; done | tr ' ' '\n' | sort -u)
if [ ${#candidates[@]} -gt 0 ]; then
  while IFS= read -r line; do
    case "$line" in diversion*) continue ;; esac
    owner["${line#*: }"]="${line%%:*}"
  done < <(dpkg -S "${candidates[@]}" 2>/dev/null || true)
fi
while read -r p soname path; do
  pkg=""
  for candidate in $(alternates "$path"); do
    [ -n "${owner[$candidate]:-}" ] && { pkg="${owner[$candidate]}"; break; }
  done
  if [ -z "$pkg" ]; then
    problem "/usr/bin/$p needs $soname ($path), which no Debian package holds"
  elif ! grep -qxF "$pkg" <<<"$declared"; then
    problem "/usr/bin/$p links $soname from $pkg, which Depends does not declare"
  fi
done <"$work/needed"
# What is loaded at run time, which no linker records: each with what breaks without it.
runtime=(
  "libsecret-1-0:the keychain (QtKeychain opens libsecret at run time)"
  "libqt6sql6-sqlite:the journal and the customer index (Qt SQL's SQLite plugin)"
  "libqt6sql6-psql:a team's PostgreSQL store (Qt SQL's PostgreSQL plugin)"
  "libqt6gui6:the xcb platform plugin"
  "libqt6svg6:the SVG icon engine (the window icon)"
  "libssl3:TLS (Qt's TLS plugin opens OpenSSL at run time)"
  "ca-certificates:verifying https servers"
  "fontconfig:finding fonts"
  "fonts-dejavu-core:Latin, Greek, Cyrillic, Arabic and Hebrew text"
  "fonts-wqy-microhei:Chinese, Japanese and Korean text"
  "qt6-translations-l10n:Qt's own dialogs and messages translated"
)
for entry in "${runtime[@]}"; do
  pkg="${entry%%:*}"
  grep -qxF "$pkg" <<<"$declared" || problem "Depends does not declare $pkg, needed for ${entry#*:}"
done

# The desktop entry and the metainfo as installed: valid, and agreeing with the package.
desktop="$work/root/usr/share/applications/$id.desktop"
metainfo="$work/root/usr/share/metainfo/$id.metainfo.xml"
if [ -f "$desktop" ]; then
  desktop-file-validate "$desktop" >"$work/dfv" 2>&1 || problem "desktop-file-validate: $(tr '\n' ' ' <"$work/dfv")"
  grep -qxF "Icon=$id" "$desktop" || problem "the desktop entry's Icon is not $id"
  exe="$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop" | head -n 1)"
  [ -f "$work/root/usr/bin/$exe" ] || problem "the desktop entry runs $exe, which the package does not hold in /usr/bin"
fi
if [ -f "$metainfo" ]; then
  appstreamcli validate --no-net "$metainfo" >"$work/asv" 2>&1 \
    || problem "appstreamcli validate: $(grep -E '^[EW]:' "$work/asv" | tr '\n' ' ')"
  grep -qF "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" \
    || problem "the metainfo does not launch $id.desktop"
  grep -qF '<project_license>GPL-3.0-or-later</project_license>' "$metainfo" \
    || problem "the metainfo's project_license is not GPL-3.0-or-later"
  for binary in $(sed -n 's|.*<binary>\(.*\)</binary>.*|\1|p' "$metainfo"); do
    [ -f "$work/root/usr/bin/$binary" ] || problem "the metainfo provides $binary, which the package does not hold"
  done
  version="$(dpkg-deb -f "$deb" Version)"
  newest="$(sed -n 's|.*<release version="\([^"]*\)".*|\1|p' "$metainfo" | head -n 1)"
  [ "$newest" = "${version%%-*}" ] \
    || problem "the metainfo's newest release is ${newest:-none}, the package is $version: add a <release>"
  while read -r url; do
    case "$url" in
      */v"${version%%-*}"/docs/screenshots/*)
        [ -f "$root/docs/screenshots/${url##*/}" ] || problem "a screenshot that is not in docs/screenshots: $url" ;;
      *) problem "a screenshot not pinned to the tag v${version%%-*}: $url" ;;
    esac
  done < <(sed -n 's|.*<image[^>]*>\(.*\)</image>.*|\1|p' "$metainfo")
fi

# The programs start from the package (with this machine's libraries).
if [ -x "$work/root/usr/bin/partnero-console" ]; then
  out="$("$work/root/usr/bin/partnero-console" --version 2>&1)" \
    || problem "partnero-console --version failed: $out"
  grep -qF "$(dpkg-deb -f "$deb" Version | cut -d- -f1)" <<<"$out" \
    || problem "partnero-console --version does not say the package's version: $out"
fi
if [ -x "$work/root/usr/bin/partnero-sandbox" ]; then
  "$work/root/usr/bin/partnero-sandbox" --help >"$work/sandbox-help" 2>&1 \
    || problem "partnero-sandbox --help failed: $(head -n 3 "$work/sandbox-help")"
fi

if [ ${#problems[@]} -gt 0 ]; then
  echo "The package $deb is not right:"
  printf '  %s\n' "${problems[@]}"
  exit 1
fi
echo "Package checked: $deb ($(du -k "$deb" | cut -f1) KB, $(wc -l <"$work/files") files)"
