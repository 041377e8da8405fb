#!/usr/bin/env bash
# Installs everything the build and the tests need on a fresh machine of
# this project (see README): the wasm32 target, rustfmt and clippy, Trunk,
# wasm-bindgen-cli at the exact version in Cargo.lock, wasm-split-cli,
# wasm-opt (npm binaryen) and the npm test packages, and Debian's chromium,
# chromium-driver, zbar-tools and qrencode, plus for the other engines
# firefox-esr, webkit2gtk-driver (WebKitGTK's WebKitWebDriver and
# MiniBrowser), xvfb and locales-all (en_US.UTF-8 for WebKit's Intl). Each
# piece is skipped when the right version is already there; the versions
# are in scripts/toolchain.env. No tool downloads a browser of its own:
# puppeteer-core drives Debian's firefox-esr, selenium-webdriver talks to
# Debian's WebKitWebDriver.
#
#   ./scripts/setup.sh         install what is missing, timing each step
#   source scripts/setup.sh    the same, then put the tools on this shell's PATH
#
# Sourcing changes nothing in the calling shell but PATH: the work runs in a
# child bash, so its shell options and `cd` stay there.
# SETUP_BROWSER=0 leaves the browser packages out (enough for building).

if (return 0 2>/dev/null); then
  # Sourced: extend PATH here, do the work in a child process.
  _rust_or_go_setup() {
    local root dir
    root=$(CDPATH='' cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd) || return
    for dir in "$root/node_modules/.bin" "$HOME/.cargo/bin"; do
      case ":$PATH:" in
        *":$dir:"*) ;;
        *) PATH="$dir:$PATH" ;;
      esac
    done
    export PATH
    "${BASH:-bash}" "$root/scripts/setup.sh"
  }
  if _rust_or_go_setup; then
    unset -f _rust_or_go_setup
    return 0
  fi
  unset -f _rust_or_go_setup
  return 1
fi

set -euo pipefail
cd "$(dirname -- "${BASH_SOURCE[0]}")/.."
# shellcheck source=toolchain.env
source scripts/toolchain.env
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
warn() { printf '\033[1;33m[setup] warning:\033[0m %s\n' "$*" >&2; }
minutes() { printf '%dm%02ds' $(($1 / 60)) $(($1 % 60)); }

t_setup=$SECONDS
failed=()
logs=$(mktemp -d "${TMPDIR:-/tmp}/rust-or-go-setup.XXXXXX")
declare -A job_pid=() job_label=()
# A failure that stops this script early still waits for the background
# jobs: an apt-get cut off mid-install leaves dpkg locked.
trap 'wait' EXIT

# Prints how a step ended. Arguments: label, exit status, seconds, log file.
report() {
  if [ "$2" -eq 0 ]; then
    say "$1: done in $(minutes "$3")"
  else
    printf '\033[1;31m[setup] FAILED: %s (exit %s after %s)\033[0m\n' "$1" "$2" "$(minutes "$3")" >&2
    if [ -n "${4:-}" ]; then
      tail -n 40 "$4" | sed 's/^/    /' >&2
      printf '    (full log: %s)\n' "$4" >&2
    fi
    failed+=("$1")
  fi
}

# run LABEL HINT COMMAND...: a step in the foreground, its output on the
# terminal. HINT (may be empty) says how long it usually takes.
run() {
  local label=$1 t0=$SECONDS rc=0
  say "$label${2:+ ($2)}"
  shift 2
  "$@" || rc=$?
  report "$label" "$rc" $((SECONDS - t0))
}

# start ID LABEL HINT COMMAND...: a step in the background, its output in
# a log that is shown if it fails.
start() {
  local id=$1 label=$2
  say "$label: started in the background${3:+ ($3)}"
  shift 3
  (
    t0=$SECONDS rc=0
    "$@" >"$logs/$id.log" 2>&1 || rc=$?
    echo $((SECONDS - t0)) >"$logs/$id.seconds"
    exit "$rc"
  ) &
  job_pid[$id]=$!
  job_label[$id]=$label
}

# finish ID: waits for a background step, if it was started, and reports it.
finish() {
  local id=$1 rc=0
  [ -n "${job_pid[$id]:-}" ] || return 0
  wait "${job_pid[$id]}" || rc=$?
  report "${job_label[$id]}" "$rc" "$(cat "$logs/$id.seconds" 2>/dev/null || echo 0)" "$logs/$id.log"
}

# --- The toolchain -----------------------------------------------------------

rustc_version=$(rustc --version 2>/dev/null | awk '{print $2}') || true
if [ -z "$rustc_version" ]; then
  printf '\033[1;31m[setup] FAILED: no rustc on PATH; install Rust %s with rustup\033[0m\n' "$RUST_VERSION" >&2
  exit 1
elif [ "$rustc_version" != "$RUST_VERSION" ]; then
  warn "rustc $rustc_version is not the $RUST_VERSION this project is tested with (scripts/toolchain.env).
    The release build tells wasm-opt which WebAssembly features to accept (data-wasm-opt-params
    in index.html); they must match what this rustc emits for wasm32-unknown-unknown. If wasm-opt
    rejects the module or the page fails at start-up, compare the two, or use the tested version:
      rustup toolchain install $RUST_VERSION --target wasm32-unknown-unknown -c rustfmt -c clippy
      rustup override set $RUST_VERSION"
fi

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  run "the wasm32-unknown-unknown target" "" rustup target add wasm32-unknown-unknown
fi

# The test command checks formatting and lints before anything else.
if ! cargo fmt --version >/dev/null 2>&1 || ! cargo clippy --version >/dev/null 2>&1; then
  run "rustfmt and clippy" "" rustup component add rustfmt clippy
fi

# --- Downloads in the background ---------------------------------------------
# apt and npm mostly wait on the network and the disk, so they run while
# cargo compiles below.

apt_packages() {
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq &&
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
      apt-get install -y -qq chromium chromium-driver zbar-tools qrencode \
      firefox-esr webkit2gtk-driver xvfb locales-all
}

if [ "${SETUP_BROWSER:-1}" != 0 ] && { [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] ||
  ! command -v zbarimg >/dev/null || ! command -v qrencode >/dev/null ||
  [ ! -x /usr/bin/firefox-esr ] || [ ! -x /usr/bin/WebKitWebDriver ] || [ ! -x /usr/bin/Xvfb ] ||
  ! locale -a 2>/dev/null | grep -qix 'en_US\.utf-\?8'; }; then
  # Ask for the sudo password now, not from a background job.
  [ "$(id -u)" -eq 0 ] || sudo -v
  start apt "apt: chromium, chromium-driver, zbar-tools, qrencode, firefox-esr, webkit2gtk-driver, xvfb, locales-all" \
    "about 2 minutes" apt_packages
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] ||
  [ ! -d node_modules/puppeteer-core ] || [ ! -d node_modules/selenium-webdriver ] ||
  [ package-lock.json -nt node_modules/.package-lock.json ]; then
  # puppeteer-core never downloads a browser; the variable makes sure
  # nothing in the tree does either.
  start npm "npm ci: binaryen (wasm-opt), playwright-core, axe-core, puppeteer-core, selenium-webdriver" "under a minute" \
    env PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
fi

# --- Cargo builds, one after the other ---------------------------------------
# Each `cargo install` already keeps both cores of this project's machines
# busy (cargo runs one rustc per core), so building the two at once would
# share the same two cores for the same total work, with twice the memory;
# only the short single-crate tail of each build leaves a core idle.

wb_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ -z "$wb_version" ]; then
  report "reading the wasm-bindgen version from Cargo.lock" 1 0
elif [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$wb_version" ]; then
  # Not --locked: wasm-bindgen-cli's own lock file pins a webpki-roots
  # version (1.0.11) that the registry no longer has.
  run "wasm-bindgen-cli $wb_version" "the version in Cargo.lock; about 2 minutes" \
    cargo install wasm-bindgen-cli --version "$wb_version"
fi

if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  # --debug: Trunk only drives cargo, wasm-bindgen and wasm-opt, so a debug
  # build of it is enough: it compiles in about 6 minutes instead of 18,
  # and this app's `trunk build --release` then took 24 s instead of 22 s,
  # with byte-identical wasm.
  run "Trunk $TRUNK_VERSION" "about 6 minutes" \
    cargo install trunk --version "$TRUNK_VERSION" --locked --no-default-features --features rustls --debug
fi

if ! cargo install --list 2>/dev/null | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:" \
  || ! command -v wasm-split-cli >/dev/null; then
  # The served single page's splitter (scripts/split-bundle.sh). Not
  # --locked: installed and checked here without it.
  run "wasm-split-cli $WASM_SPLIT_VERSION" "about 3 minutes" \
    cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary
fi

finish npm
finish apt

if [ ${#failed[@]} -ne 0 ]; then
  printf '\033[1;31m[setup] FAILED after %s:\033[0m\n' "$(minutes $((SECONDS - t_setup)))" >&2
  printf '    %s\n' "${failed[@]}" >&2
  exit 1
fi
rm -rf "$logs"
say "ready ($(minutes $((SECONDS - t_setup))))"
