#!/bin/sh
# Install Briefing from this unpacked tarball. No network, no Python needed.
#
#   ./install.sh                   per-user: ~/.local/opt/briefing, ~/.local/bin/briefing,
#                                  menu entry, icons and the .briefing file type in ~/.local/share
#   sudo ./install.sh --system     everyone: /opt/briefing, /usr/local/bin/briefing, /usr/share
#   ./install.sh --uninstall       remove the per-user install
#   sudo ./install.sh --system --uninstall
#
# Briefing files themselves (the default briefing under ~/.local/share/Briefing and any
# *.briefing file) are never touched by install or uninstall.
set -eu

APP_ID=org.briefing.Briefing
MIME_ICON=application-x-briefing
HERE=$(cd "$(dirname "$0")" && pwd)

mode=user
action=install
for arg in "$@"; do
    case "$arg" in
        --system) mode=system ;;
        --user) mode=user ;;
        --uninstall) action=uninstall ;;
        -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install.sh: unknown option $arg (see --help)" >&2; exit 2 ;;
    esac
done

if [ "$mode" = system ]; then
    APP_DIR=/opt/briefing
    BIN_DIR=/usr/local/bin
    SHARE=/usr/share
    if [ "$(id -u)" -ne 0 ]; then
        echo "install.sh: --system needs root (run it with sudo)" >&2
        exit 1
    fi
else
    if [ "$(id -u)" -eq 0 ] && [ -z "${BRIEFING_ALLOW_ROOT_USER_INSTALL:-}" ]; then
        echo "install.sh: running as root without --system would install for root only;" >&2
        echo "            use --system, or set BRIEFING_ALLOW_ROOT_USER_INSTALL=1" >&2
        exit 1
    fi
    APP_DIR="$HOME/.local/opt/briefing"
    BIN_DIR="$HOME/.local/bin"
    SHARE="${XDG_DATA_HOME:-$HOME/.local/share}"
fi

ICON_SIZES="16 22 24 32 48 64 128 256 512"

refresh_caches() {
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$SHARE/mime" >/dev/null 2>&1 || true
    fi
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$SHARE/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -d "$SHARE/icons/hicolor" ]; then
        gtk-update-icon-cache -q -t -f "$SHARE/icons/hicolor" 2>/dev/null || true
    fi
}

is_our_app_dir() {
    [ -x "$1/briefing" ] && [ -d "$1/_internal/briefing" ]
}

uninstall() {
    if [ -e "$APP_DIR" ] && ! is_our_app_dir "$APP_DIR"; then
        echo "install.sh: $APP_DIR does not look like a Briefing install; left alone" >&2
    else
        rm -rf "$APP_DIR"
    fi
    if [ -L "$BIN_DIR/briefing" ] || [ -f "$BIN_DIR/briefing" ]; then
        case "$(readlink "$BIN_DIR/briefing" 2>/dev/null || true)" in
            "$APP_DIR"/*) rm -f "$BIN_DIR/briefing" ;;
            *) echo "install.sh: $BIN_DIR/briefing is not ours; left alone" >&2 ;;
        esac
    fi
    rm -f "$SHARE/applications/$APP_ID.desktop" \
          "$SHARE/metainfo/$APP_ID.metainfo.xml" \
          "$SHARE/mime/packages/$APP_ID.xml" \
          "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg" \
          "$SHARE/icons/hicolor/scalable/mimetypes/$MIME_ICON.svg"
    for n in $ICON_SIZES; do
        rm -f "$SHARE/icons/hicolor/${n}x${n}/apps/$APP_ID.png" \
              "$SHARE/icons/hicolor/${n}x${n}/mimetypes/$MIME_ICON.png"
    done
    refresh_caches
    echo "Briefing removed ($mode install). Briefing files were not touched."
}

check_glibc() {
    # The bundle runs on a glibc at least as new as the build machine's.
    need=$(sed -n 's/^glibc=//p' "$HERE/BUILD-INFO" 2>/dev/null || true)
    have=$(getconf GNU_LIBC_VERSION 2>/dev/null | awk '{print $2}' || true)
    if [ -n "$need" ] && [ -n "$have" ]; then
        lowest=$(printf '%s\n%s\n' "$need" "$have" | sort -V | head -n1)
        if [ "$lowest" != "$need" ]; then
            echo "install.sh: warning: this system has glibc $have; the bundle was built" >&2
            echo "            against glibc $need and may not start" >&2
        fi
    fi
}

install_app() {
    if [ ! -x "$HERE/briefing/briefing" ]; then
        echo "install.sh: $HERE/briefing/briefing is missing: run me from the unpacked tarball" >&2
        exit 1
    fi
    check_glibc
    if [ -e "$APP_DIR" ]; then
        if is_our_app_dir "$APP_DIR"; then
            rm -rf "$APP_DIR"           # upgrade: no stale files from the old version
        else
            echo "install.sh: $APP_DIR exists and is not a Briefing install; stopping" >&2
            exit 1
        fi
    fi
    mkdir -p "$(dirname "$APP_DIR")" "$BIN_DIR"
    cp -R "$HERE/briefing" "$APP_DIR"
    chmod -R u+rwX,go+rX,go-w "$APP_DIR"
    ln -sf "$APP_DIR/briefing" "$BIN_DIR/briefing"

    mkdir -p "$SHARE/applications" "$SHARE/metainfo" "$SHARE/mime/packages"
    # The menu entry runs the launcher by absolute path: ~/.local/bin may not be on the
    # desktop session's PATH.
    sed "s|^Exec=briefing-launch |Exec=\"$APP_DIR/briefing-launch\" |" \
        "$HERE/share/applications/$APP_ID.desktop" > "$SHARE/applications/$APP_ID.desktop"
    chmod 644 "$SHARE/applications/$APP_ID.desktop"
    install -m 644 "$HERE/share/metainfo/$APP_ID.metainfo.xml" "$SHARE/metainfo/"
    install -m 644 "$HERE/share/mime/packages/$APP_ID.xml" "$SHARE/mime/packages/"
    (cd "$HERE/share" && find icons -type f) | while read -r f; do
        mkdir -p "$SHARE/$(dirname "$f")"
        install -m 644 "$HERE/share/$f" "$SHARE/$f"
    done
    refresh_caches
    if [ "$mode" = user ] && command -v xdg-mime >/dev/null 2>&1; then
        xdg-mime default "$APP_ID.desktop" application/x-briefing 2>/dev/null || true
    fi

    echo "Briefing $(cat "$HERE/VERSION" 2>/dev/null || echo '') installed ($mode):"
    echo "  program    $APP_DIR"
    echo "  command    $BIN_DIR/briefing"
    echo "  menu entry $SHARE/applications/$APP_ID.desktop (opens .briefing files)"
    case ":$PATH:" in
        *":$BIN_DIR:"*) ;;
        *) echo "  note: $BIN_DIR is not on your PATH; add it to use \`briefing\` in a terminal" ;;
    esac
}

if [ "$action" = uninstall ]; then
    uninstall
else
    install_app
fi
