#!/usr/bin/env bash
# Installs what a fresh Debian 12 machine lacks, then configures and builds.
# Usage: scripts/setup.sh [preset]   (preset: default, release, ci)
set -euo pipefail

cd "$(dirname "$0")/.."
preset="${1:-default}"

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-qpa-plugins
    qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6opengl6-dev libgl-dev catch2 poppler-utils fonts-dejavu-core
    python3-icalendar
)
if [[ $preset == ci ]]; then
    # The CI build: clang 16 for AddressSanitizer + UndefinedBehaviorSanitizer
    # and libFuzzer (gcc has no libFuzzer; clang 14 cannot compile std::expected).
    # llvm-14 brings the symbolizer that turns sanitizer stacks into file:line.
    packages+=(clang-16 libclang-rt-16-dev llvm-14)
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    sudo_cmd=()
    if [[ $(id -u) -ne 0 ]]; then
        sudo_cmd=(sudo)
    fi
    "${sudo_cmd[@]}" apt-get update
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
fi

cmake --preset "$preset"
cmake --build --preset "$preset"
