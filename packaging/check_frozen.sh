#!/usr/bin/env bash
# Check the frozen app (packaging/build.sh output) the way an offline workstation runs it:
# an empty environment (`env -i` with only HOME, BRIEFING_DATA_DIR and QT_QPA_PLATFORM=offscreen;
# no PATH, so no Python and no venv), no network (`unshare -n`), data in a fresh temp folder.
#
#   packaging/check_frozen.sh [--app DIR] [--drop-caches] [--keep]
#
#   --app DIR        the one-folder bundle (default: dist/briefing)
#   --drop-caches    drop the page cache before the first --version and screenshot runs, so
#                    their times are true cold starts (root only; affects the whole machine)
#   --keep           keep the temp folder (out.png, x.pdf, the data folder) and print its path
#
# Runs `briefing --version`, `briefing screenshot out.png`, `briefing export x.pdf` and
# `briefing extract` on a Korean and a Russian article (tests/intake/articles) and `check` on a
# team-server address that is not there (the driver is bundled); passes when
# each exits 0, the PNG and PDF are non-empty and of the right type, the PDF's text has the
# marking "UNCLASSIFIED" (checked with pdftotext when it is installed) and each extract names
# its language, its dateline's date and a source as written (Hangul, Cyrillic). Also prints the bundle's
# and the tarball's sizes and the times. Exit status 0 when every check passed.
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
APP="$ROOT/dist/briefing"
DROP=0
KEEP=0
while [ $# -gt 0 ]; do
    case "$1" in
        --app) APP=$(cd "$2" && pwd); shift 2 ;;
        --drop-caches) DROP=1; shift ;;
        --keep) KEEP=1; shift ;;
        -h|--help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "check_frozen.sh: unknown option $1" >&2; exit 2 ;;
    esac
done

EXE="$APP/briefing"
if [ ! -x "$EXE" ]; then
    echo "check_frozen.sh: $EXE not found: run packaging/build.sh first" >&2
    exit 2
fi

WORK=$(mktemp -d /tmp/briefing-check.XXXXXX)
mkdir -p "$WORK/home" "$WORK/data"
if [ "$KEEP" = 0 ]; then trap 'rm -rf "$WORK"' EXIT; fi

# --- isolation --------------------------------------------------------------------------------
NET=()
net_note="NOT isolated (unshare unavailable)"
if unshare -n true 2>/dev/null; then
    NET=(unshare -n)
    net_note="unshare -n (own network namespace: loopback only, down)"
elif unshare -rn true 2>/dev/null; then
    NET=(unshare -rn)
    net_note="unshare -rn (own user+network namespace: loopback only, down)"
fi
ENV=(env -i "HOME=$WORK/home" "BRIEFING_DATA_DIR=$WORK/data" QT_QPA_PLATFORM=offscreen)

drop_caches() {
    if [ "$DROP" = 1 ]; then
        sync
        if ! echo 3 > /proc/sys/vm/drop_caches 2>/dev/null; then
            echo "check_frozen.sh: cannot drop the page cache (not root?); times are warm" >&2
            DROP=0
        fi
    fi
}

now_ns() { date +%s%N; }
secs() { awk -v ns="$1" 'BEGIN { printf "%.2f s", ns / 1e9 }'; }

passed=0
failed=0
LAST_TIME=""

# run NAME EXPECT_FILE -- ARGS...: runs the app in the empty environment, no network, from $WORK.
run() {
    local name=$1; shift
    local t0 t1 status
    t0=$(now_ns)
    (cd "$WORK" && "${NET[@]}" "${ENV[@]}" "$EXE" "$@") > "$WORK/$name.out" 2> "$WORK/$name.err"
    status=$?
    t1=$(now_ns)
    LAST_TIME=$(secs $((t1 - t0)))
    return $status
}

report() {   # report PASS|FAIL LABEL DETAIL [STDERR_FILE]
    printf '%-4s  %-34s %s\n' "$1" "$2" "$3"
    if [ "$1" = PASS ]; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        if [ -n "${4:-}" ] && [ -s "$4" ]; then sed 's/^/      | /' "$4" | tail -n 15; fi
    fi
}

png_size() {  # width x height from the IHDR chunk
    od -An -tu1 -j16 -N8 "$1" | awk '{ printf "%dx%d", $1*16777216+$2*65536+$3*256+$4,
                                                      $5*16777216+$6*65536+$7*256+$8 }'
}

echo "Briefing frozen-app check"
echo "  app         $EXE"
echo "  environment ${ENV[*]}" | sed "s|$WORK|<tmp>|g"
echo "  network     $net_note"
echo "  data        <tmp>/data (new, empty); <tmp> = $WORK"
echo "  page cache  $([ "$DROP" = 1 ] && echo "dropped before the first --version and screenshot (cold start)" || echo "as found (first run after the build is usually warm)")"
echo

# 1. --version (cold, then warm)
drop_caches
if run version --version && grep -q "^briefing " "$WORK/version.out"; then
    cold=$LAST_TIME
    run version2 --version
    report PASS "--version" "exit 0, \"$(head -n1 "$WORK/version.out")\", $cold first run, $LAST_TIME again"
else
    report FAIL "--version" "exit $?, $LAST_TIME, stdout: $(head -c 200 "$WORK/version.out")" "$WORK/version.err"
fi

# 2. screenshot out.png (cold, then warm): seeds the default briefing on the way
drop_caches
if run screenshot screenshot out.png; then
    cold=$LAST_TIME
    if [ -s "$WORK/out.png" ] && [ "$(head -c 8 "$WORK/out.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ]; then
        detail="exit 0, PNG $(png_size "$WORK/out.png"), $(stat -c %s "$WORK/out.png") bytes, $cold first run"
        mv "$WORK/out.png" "$WORK/out-first.png"
        if run screenshot2 screenshot out.png && [ -s "$WORK/out.png" ]; then
            report PASS "screenshot out.png" "$detail, $LAST_TIME again"
        else
            report FAIL "screenshot out.png (second run)" "exit $?" "$WORK/screenshot2.err"
        fi
    else
        report FAIL "screenshot out.png" "exit 0 but out.png is missing, empty or not a PNG" "$WORK/screenshot.err"
    fi
else
    report FAIL "screenshot out.png" "exit $?, $LAST_TIME" "$WORK/screenshot.err"
fi

# 3. export x.pdf: the briefing pack, marked on every page
if run export export x.pdf; then
    t=$LAST_TIME
    if [ -s "$WORK/x.pdf" ] && [ "$(head -c 5 "$WORK/x.pdf")" = "%PDF-" ]; then
        detail="exit 0, PDF $(stat -c %s "$WORK/x.pdf") bytes"
        if command -v pdfinfo >/dev/null 2>&1; then
            detail="$detail, $(pdfinfo "$WORK/x.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}') pages"
        fi
        if command -v pdftotext >/dev/null 2>&1; then
            pdftotext "$WORK/x.pdf" "$WORK/x.txt" 2>/dev/null
            n=$(grep -c "UNCLASSIFIED" "$WORK/x.txt" 2>/dev/null || true)
            if [ "${n:-0}" -gt 0 ]; then
                report PASS "export x.pdf" "$detail, \"UNCLASSIFIED\" on $n lines of text, $t"
            else
                report FAIL "export x.pdf" "$detail, but the marking \"UNCLASSIFIED\" is not in its text" "$WORK/export.err"
            fi
        else
            report PASS "export x.pdf" "$detail, $t (pdftotext not installed: marking not checked)"
        fi
    else
        report FAIL "export x.pdf" "exit 0 but x.pdf is missing, empty or not a PDF" "$WORK/export.err"
    fi
else
    report FAIL "export x.pdf" "exit $?, $LAST_TIME" "$WORK/export.err"
fi

# 4. extract: a Korean and a Russian article, read by the rules shipped in the bundle
extract_check() {  # extract_check ARTICLE LANGUAGE-LINE EXPECTED-TEXT
    cp "$ROOT/tests/intake/articles/$1" "$WORK/$1"
    if run "extract-$1" extract "$1"; then
        if grep -q "^$2" "$WORK/extract-$1.out" && grep -q "$3" "$WORK/extract-$1.out"; then
            report PASS "extract $1" "exit 0, \"$(head -n1 "$WORK/extract-$1.out")\", $(tail -n1 "$WORK/extract-$1.out"), $LAST_TIME"
        else
            report FAIL "extract $1" "exit 0 but no \"$2\" or \"$3\" in the output" "$WORK/extract-$1.out"
        fi
    else
        report FAIL "extract $1" "exit $?, $LAST_TIME" "$WORK/extract-$1.err"
    fi
}
extract_check ko-nis-deployment.txt "Korean article, published 2024-12-19" "국가정보원"
extract_check ru-kursk-konashenkov.txt "Russian article, published 2025-01-13" "Игорь Конашенков"

# 5. the team-server driver is in the bundle: an address whose server is not there (port 1;
# and no network anyway) is "cannot connect", not "team-server support is not installed"
server_uri="postgresql://check@127.0.0.1:1/briefing"
run team-server --db "$server_uri" check
status=$?
if [ "$status" = 1 ] && grep -q "^$server_uri: cannot connect to the team server (" "$WORK/team-server.err"; then
    report PASS "team server driver (psycopg)" "exit 1, \"$(head -c 90 "$WORK/team-server.err")…\", $LAST_TIME"
else
    report FAIL "team server driver (psycopg)" "exit $status, not the one-line 'cannot connect'" "$WORK/team-server.err"
fi

echo
echo "Sizes"
echo "  bundle on disk  $(du -sh "$APP" | cut -f1)  ($APP, du -sh)"
tarball=$(ls -t "$ROOT"/dist/briefing-*-linux-*.tar.gz 2>/dev/null | head -n1)
if [ -n "$tarball" ]; then
    echo "  tarball         $(du -h "$tarball" | cut -f1)  ($tarball)"
else
    echo "  tarball         (none: packaging/build.sh --no-tarball?)"
fi
[ "$KEEP" = 1 ] && echo "  kept            $WORK"
echo
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
