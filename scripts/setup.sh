#!/usr/bin/env bash
# Sets up what Freelance Desk needs on this machine; sourced by scripts/run and scripts/test.
#   setup_machine [test]   installs missing system libraries for Qt (Debian/Ubuntu, with apt-get),
#                          creates .venv and installs the app (and the test extra) into it.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${FREELANCE_DESK_VENV:-$ROOT/.venv}"

# Qt's offscreen/xcb platforms, fonts, and what a fresh Debian 12 lacks for a venv.
SYSTEM_PACKAGES=(
  python3 python3-venv python3-pip
  libglib2.0-0 libgl1 libegl1 libx11-6 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3
  fonts-dejavu-core
  libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libx11-xcb1 libxcb-xinerama0
)
# For the tests only: pdftotext and pdffonts read back the PDFs the app writes.
TEST_PACKAGES=(poppler-utils)

log() { printf '\033[1m[freelance-desk]\033[0m %s\n' "$*" >&2; }

install_system_packages() {
  local wanted=("$@")
  command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 || {
    log "not a Debian-like system: make sure Qt's runtime libraries (OpenGL, fontconfig, xkbcommon, xcb) are installed"
    return 0
  }
  local missing=()
  for pkg in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      log "please install as root: apt-get install ${missing[*]}"; return 1
    fi
  fi
  log "installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

find_python() {
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  log "Python 3.11 or newer is required"; return 1
}

setup_machine() {
  local extra="${1:-}"
  if [ "$extra" = test ]; then
    install_system_packages "${SYSTEM_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
  else
    install_system_packages "${SYSTEM_PACKAGES[@]}"
  fi
  if [ ! -x "$VENV/bin/python" ]; then
    local py; py="$(find_python)"
    log "creating virtual environment in $VENV"
    "$py" -m venv "$VENV"
  fi
  local spec="$ROOT"
  [ -n "$extra" ] && spec="$ROOT[$extra]"
  # Reinstall only when the project's requirements changed since the last install.
  local stamp="$VENV/.freelance-desk-$extra.stamp"
  if [ ! -f "$stamp" ] || [ "$ROOT/pyproject.toml" -nt "$stamp" ]; then
    log "installing Freelance Desk${extra:+ with [$extra]} into $VENV"
    "$VENV/bin/python" -m pip install --quiet --upgrade pip >/dev/null 2>&1 || true
    # -qq: only errors; the build backend's notes and pip's own warnings are not for the user.
    "$VENV/bin/python" -m pip install -qq -e "$spec"
    # Bytecode up front: the first start does not pay for compiling the app.
    "$VENV/bin/python" -m compileall -q "$ROOT/freelance_desk" >/dev/null || true
    touch "$stamp"
  fi
}
