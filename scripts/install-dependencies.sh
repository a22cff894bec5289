#!/usr/bin/env bash
# Installs what actormap needs: Graphviz's C library (rendering runs in-process), its plugins for
# SVG, PNG and PDF, and fonts for non-Latin names. Where Graphviz is already there (pkg-config
# finds libgvc, as on a Mac with Homebrew's graphviz or a Debian machine set up before), it does
# nothing; on Debian or Ubuntu it installs what is missing with apt-get; anywhere else it says
# what to install and stops. Cheap to run before every build.
set -euo pipefail

have_graphviz() {
    command -v pkg-config >/dev/null 2>&1 && pkg-config --exists libgvc && command -v dot >/dev/null 2>&1
}

if command -v dpkg >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    need=()
    for package in pkg-config libgraphviz-dev graphviz fonts-dejavu-core; do
        dpkg -s "$package" >/dev/null 2>&1 || need+=("$package")
    done
    if [ ${#need[@]} -gt 0 ]; then
        SUDO=""
        [ "$(id -u)" -eq 0 ] || SUDO="sudo"
        $SUDO apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
    fi
elif ! have_graphviz; then
    echo "actormap needs Graphviz's C library and pkg-config: install 'graphviz' and 'pkg-config'" \
         "with your system's package manager (Homebrew: brew install graphviz pkg-config)." >&2
    exit 69
fi
# Graphviz finds its plugins through a config file written by `dot -c`; a fresh install has it,
# an image assembled by hand may not.
if command -v dot >/dev/null 2>&1 && ! dot -P >/dev/null 2>&1; then
    dot -c 2>/dev/null || true
fi
