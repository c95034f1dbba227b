#!/bin/sh
# Installs the C libraries Docket links against (libcurl, libxml2) when they are missing.
# Idempotent: does nothing when pkg-config already finds both.
set -eu
missing=""
pkg-config --exists libcurl 2>/dev/null || missing="$missing libcurl4-openssl-dev"
pkg-config --exists libxml-2.0 2>/dev/null || missing="$missing libxml2-dev"
command -v pkg-config >/dev/null 2>&1 || missing="pkg-config $missing"
[ -z "$missing" ] && exit 0
echo "docket: installing$missing" >&2
if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y --no-install-recommends $missing >/dev/null 2>&1 || {
    $SUDO apt-get update -qq >/dev/null 2>&1
    $SUDO apt-get install -y --no-install-recommends $missing >/dev/null
}
