#!/usr/bin/env bash
# Everything a fresh machine (or the dev container) needs beyond the .NET 10 SDK, idempotent:
#   - Debian's chromium, for PNG/SVG export and the browser test (nothing downloads a browser at run time);
#   - the packages and a build of the solution;
#   - the notebook kernel for VS Code, in .kernel/ (see scripts/setup-kernel.sh).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if ! command -v chromium >/dev/null 2>&1; then
  echo "setup: installing Debian's chromium"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi

echo "setup: restoring and building"
dotnet build Analysis.sln -c Debug --nologo -v quiet -clp:NoSummary

if [ -f scripts/setup-kernel.sh ]; then
  bash scripts/setup-kernel.sh
fi
echo "setup: done"
