#!/usr/bin/env bash
# Installs what actormap needs on a fresh Debian machine: Graphviz's C library (rendering runs
# in-process), its plugins for SVG, PNG and PDF, and fonts for non-Latin names. Does nothing
# that is already done, so it is cheap to run before every build.
set -euo pipefail

need=()
for package in libgraphviz-dev graphviz fonts-dejavu-core; do
    dpkg -s "$package" >/dev/null 2>&1 || need+=("$package")
done
if [ ${#need[@]} -gt 0 ]; then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
# Graphviz finds its plugins through a config file written by `dot -c`; a fresh install has it,
# an image assembled by hand may not.
if command -v dot >/dev/null 2>&1 && ! dot -P >/dev/null 2>&1; then
    dot -c 2>/dev/null || true
fi
