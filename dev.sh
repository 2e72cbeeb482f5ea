#!/usr/bin/env bash
# claimline's one entry point for newcomers and CI.
#
#   ./dev.sh run [ARGS...]   build and open the window (on the embedded seed articles by default)
#   ./dev.sh test            run every test (unit, UI, acceptance, conformance, command line)
#   ./dev.sh bench           run the benchmarks
#   ./dev.sh screenshot OUT  run the window under a virtual display and save a screenshot
#
# On a fresh Debian machine it first installs what the build and a headless run need (apt packages,
# and Rust through rustup if cargo is missing). Nothing else has to be installed by hand.
set -euo pipefail
cd "$(dirname "$0")"

APT_PACKAGES=(build-essential pkg-config curl ca-certificates python3
  libx11-dev libxkbcommon-dev libxkbcommon-x11-0 libxcursor1 libxrandr2 libxi6 libx11-xcb1
  libgl1 libegl1 libgl1-mesa-dri libegl-mesa0 libglx-mesa0 libwayland-client0
  xvfb x11-apps netpbm)

have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

setup() {
  local missing=()
  if command -v dpkg-query >/dev/null; then
    for p in "${APT_PACKAGES[@]}"; do have_pkg "$p" || missing+=("$p"); done
  fi
  if [ ${#missing[@]} -gt 0 ]; then
    local sudo=""
    if [ "$(id -u)" != 0 ]; then
      if command -v sudo >/dev/null; then sudo="sudo"; else
        echo "dev.sh: missing ${missing[*]}; not root and no sudo, so not installing them" >&2
        missing=()
      fi
    fi
  fi
  if [ ${#missing[@]} -gt 0 ]; then
    echo "dev.sh: installing ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    # A failed install is reported, not fatal: the tests need no display libraries.
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null 2>&1 ||
      { $sudo apt-get update -qq && $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"; } ||
      echo "dev.sh: could not install ${missing[*]}; continuing" >&2
  fi
  if ! command -v cargo >/dev/null; then
    [ -x "$HOME/.cargo/bin/cargo" ] || curl -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal
    export PATH="$HOME/.cargo/bin:$PATH"
  fi
}

cmd=${1:-run}
shift || true
case "$cmd" in
  run)
    setup
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      echo "dev.sh: no display; use './dev.sh screenshot out.png' to see the window headless" >&2
    fi
    exec cargo run --release --quiet -- "$@"
    ;;
  test)
    setup
    exec cargo test --quiet
    ;;
  bench)
    setup
    exec cargo bench "$@"
    ;;
  screenshot)
    setup
    out=${1:-claimline.png}
    shift || true
    cargo build --release --quiet
    exec scripts/screenshot.sh "$out" "${SECONDS_TO_WAIT:-6}" -- ./target/release/claimline "$@"
    ;;
  *)
    sed -n '2,10p' "$0"
    exit 2
    ;;
esac
