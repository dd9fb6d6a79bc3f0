#!/usr/bin/env bash
# Build the frozen one-folder app and the Linux tarball.
#
#   packaging/build.sh                 own build venv in build/packaging-venv (made once)
#   packaging/build.sh --python PY     use interpreter PY as it is (a venv with the app's
#                                      dependencies); PyInstaller is installed into it
#   packaging/build.sh --no-tarball    only dist/briefing/
#   packaging/build.sh --no-strip      keep debug info in libpython and lib-dynload
#
# Output (dist/ and build/ are gitignored):
#   dist/briefing/briefing                               the frozen app (one folder)
#   dist/briefing-<version>-linux-<arch>.tar.gz          app + install.sh + desktop files
#
# Needs the package index (or a wheelhouse, see packaging/wheelhouse.sh) only to set up the
# build venv; the build itself and the resulting app use no network.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

PYINSTALLER_REQ="pyinstaller==6.22.3"
PY=""
TARBALL=1
STRIP=1
while [ $# -gt 0 ]; do
    case "$1" in
        --python) PY=$2; shift 2 ;;
        --no-tarball) TARBALL=0; shift ;;
        --no-strip) STRIP=0; shift ;;
        -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "build.sh: unknown option $1" >&2; exit 2 ;;
    esac
done

start=$(date +%s)
VERSION=$(sed -n 's/^__version__ *= *"\(.*\)"/\1/p' briefing/__init__.py)

# --- build environment -------------------------------------------------------------------
# The project's runtime dependencies come from pyproject.toml, so the list lives in one place;
# the bundle includes the team-server driver too (the `server` extra: psycopg's binary wheel,
# which brings its own libpq), so an offline workstation can open a team briefing.
deps_file=build/packaging-requirements.txt
mkdir -p build
python_for_toml=${PY:-python3}
"$python_for_toml" - > "$deps_file" <<'EOF'
import tomllib
with open("pyproject.toml", "rb") as f:
    project = tomllib.load(f)["project"]
print("\n".join(project["dependencies"] + project["optional-dependencies"]["server"]))
EOF
echo "$PYINSTALLER_REQ" >> "$deps_file"

if [ -z "$PY" ]; then
    VENV=build/packaging-venv
    if [ ! -x "$VENV/bin/python" ]; then
        echo "== creating build venv $VENV"
        python3 -m venv "$VENV"
    fi
    PY=$VENV/bin/python
fi
echo "== build environment: $("$PY" -c 'import sys; print(sys.executable, sys.version.split()[0])')"
"$PY" -m pip install --quiet --disable-pip-version-check -r "$deps_file"

# --- icons (PNG sizes and .ico rendered from resources/icons/briefing.svg) -----------------
echo "== rendering icons"
QT_QPA_PLATFORM=offscreen "$PY" packaging/render_icons.py build/icons

# --- PyInstaller ---------------------------------------------------------------------------
echo "== PyInstaller"
t0=$(date +%s)
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/briefing.spec
t1=$(date +%s)
APP=dist/briefing
# Debug information only, and only in the interpreter (libpython, lib-dynload): ~25 MB less.
# Never the whole bundle: `strip` breaks numpy's bundled OpenBLAS.
if [ "$STRIP" = 1 ] && command -v strip >/dev/null 2>&1; then
    strip --strip-debug "$APP"/_internal/libpython3*.so* "$APP"/_internal/python3*/lib-dynload/*.so
fi
install -m 755 packaging/linux/briefing-launch "$APP/briefing-launch"
echo "== frozen app: $APP/briefing ($(du -sh "$APP" | cut -f1), PyInstaller $((t1 - t0)) s)"

# --- tarball ---------------------------------------------------------------------------------
if [ "$TARBALL" = 1 ]; then
    arch=$(uname -m)
    name="briefing-$VERSION-linux-$arch"
    stage="build/tarball/$name"
    rm -rf "build/tarball"
    mkdir -p "$stage/share/applications" "$stage/share/metainfo" "$stage/share/mime/packages"
    cp -R "$APP" "$stage/briefing"
    install -m 755 packaging/linux/install.sh "$stage/install.sh"
    install -m 644 packaging/linux/org.briefing.Briefing.desktop "$stage/share/applications/"
    install -m 644 packaging/linux/org.briefing.Briefing.metainfo.xml "$stage/share/metainfo/"
    install -m 644 packaging/linux/org.briefing.Briefing.mime.xml \
        "$stage/share/mime/packages/org.briefing.Briefing.xml"
    for png in build/icons/png/*.png; do
        size=$(basename "$png" .png)
        mkdir -p "$stage/share/icons/hicolor/$size/apps" "$stage/share/icons/hicolor/$size/mimetypes"
        install -m 644 "$png" "$stage/share/icons/hicolor/$size/apps/org.briefing.Briefing.png"
        install -m 644 "$png" "$stage/share/icons/hicolor/$size/mimetypes/application-x-briefing.png"
    done
    mkdir -p "$stage/share/icons/hicolor/scalable/apps" "$stage/share/icons/hicolor/scalable/mimetypes"
    install -m 644 resources/icons/briefing.svg \
        "$stage/share/icons/hicolor/scalable/apps/org.briefing.Briefing.svg"
    install -m 644 resources/icons/briefing.svg \
        "$stage/share/icons/hicolor/scalable/mimetypes/application-x-briefing.svg"
    install -m 644 packaging/README-offline-install.md "$stage/README-offline-install.md"
    echo "$VERSION" > "$stage/VERSION"
    {
        echo "version=$VERSION"
        echo "arch=$arch"
        echo "glibc=$(getconf GNU_LIBC_VERSION | awk '{print $2}')"
        echo "python=$("$PY" -c 'import platform; print(platform.python_version())')"
        echo "built=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
    } > "$stage/BUILD-INFO"
    tar -C build/tarball -czf "dist/$name.tar.gz" "$name"
    echo "== tarball: dist/$name.tar.gz ($(du -h "dist/$name.tar.gz" | cut -f1))"
fi

echo "== build took $(( $(date +%s) - start )) s"
