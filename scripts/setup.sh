#!/usr/bin/env bash
# `npm run setup`: installs the system programs `npm test` needs on Debian or Ubuntu (the same list as
# .ci/run), with sudo where the user is not root. Run once per machine; `npm test` names what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/systemPackages.sh
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
if ! command -v apt-get > /dev/null; then
  echo "本机没有 apt-get：请用系统的软件包管理器安装 ${SYSTEM_PACKAGES[*]}" >&2
  echo "No apt-get here: install ${SYSTEM_PACKAGES[*]} with this system's package manager." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${SYSTEM_PACKAGES[@]}"
node scripts/checkTestTools.mjs
