#!/usr/bin/env bash
# Collect every wheel needed to install Briefing (and its test tools) on a workstation with no
# network, on a machine that has the package index.
#
#   packaging/wheelhouse.sh [--out DIR] [--python PY] [--platform TAG --python-version X.Y]
#                           [--with-pyinstaller]
#
#   --out DIR            where the wheels go (default: dist/wheelhouse; dist/ is gitignored)
#   --python PY          the interpreter whose pip runs the download (default: python3); without
#                        --platform the wheels match this interpreter and this OS
#   --platform TAG       wheels for another system, e.g. win_amd64 or manylinux_2_28_x86_64;
#                        needs --python-version (the workstation's Python, e.g. 3.11)
#   --with-pyinstaller   also PyInstaller, so packaging/build.sh can run offline with
#                        PIP_NO_INDEX=1 PIP_FIND_LINKS=DIR
#
# On the offline workstation (Python >= 3.11 of the same version and OS as the wheels):
#   python3 -m venv ~/briefing-venv
#   ~/briefing-venv/bin/pip install --no-index --find-links wheelhouse briefing
#   ~/briefing-venv/bin/briefing --version
# ("briefing[server]" instead of briefing adds the team-server driver, "briefing[test]" the test
# tools and the driver.)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT="$ROOT/dist/wheelhouse"
PY=python3
PLATFORM=""
PYVER=""
EXTRA=()
while [ $# -gt 0 ]; do
    case "$1" in
        --out) OUT=$2; shift 2 ;;
        --python) PY=$2; shift 2 ;;
        --platform) PLATFORM=$2; shift 2 ;;
        --python-version) PYVER=$2; shift 2 ;;
        --with-pyinstaller) EXTRA+=("$(sed -n 's/^PYINSTALLER_REQ="\(.*\)"/\1/p' "$ROOT/packaging/build.sh")"); shift ;;
        -h|--help) sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "wheelhouse.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)

TARGET=()
if [ -n "$PLATFORM" ]; then
    if [ -z "$PYVER" ]; then
        echo "wheelhouse.sh: --platform needs --python-version (e.g. 3.11)" >&2
        exit 2
    fi
    TARGET=(--platform "$PLATFORM" --python-version "$PYVER" --implementation cp)
fi

start=$(date +%s)
# Every dependency as a wheel (no sdists: nothing to compile on the workstation), plus the
# build backend so the project can also be installed from source there.
"$PY" -m pip download --disable-pip-version-check -d "$OUT" --only-binary=:all: \
    "${TARGET[@]}" "$ROOT[test]" setuptools wheel "${EXTRA[@]}"
# Briefing itself, as a pure-Python wheel (py3-none-any: the same for every platform).
"$PY" -m pip wheel --disable-pip-version-check --no-deps "$ROOT" -w "$OUT"

echo "wheelhouse: $OUT ($(ls "$OUT"/*.whl | wc -l) wheels, $(du -sh "$OUT" | cut -f1), $(( $(date +%s) - start )) s)"
echo "install offline: pip install --no-index --find-links $OUT briefing"
