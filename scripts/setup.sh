#!/usr/bin/env bash
# Everything a fresh machine (or the dev container) needs beyond the .NET 10 SDK, idempotent:
#   - Debian's chromium, for PNG/SVG export and the browser test (nothing downloads a browser at run time);
#   - Debian's Jupyter command line (nbconvert and kernelspec; no notebook server), for the test that runs every
#     notebook through `jupyter nbconvert --execute` as Jupyter users do;
#   - the packages and a build of the solution;
#   - the notebook kernel for VS Code, in .kernel/, and, when `jupyter` is on the PATH, the same kernel as the
#     user's `.net-csharp` Jupyter kernelspec (see scripts/setup-kernel.sh).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
apt_updated=false
# Waits for a dpkg lock held by another apt (unattended upgrades, a parallel set-up) rather than failing at once.
apt_install() {
  $apt_updated || { $sudo apt-get -o DPkg::Lock::Timeout=600 update -qq; apt_updated=true; }
  DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq "$@" >/dev/null
}
if ! command -v chromium >/dev/null 2>&1; then
  echo "setup: installing Debian's chromium"
  apt_install chromium
fi
if ! command -v jupyter-nbconvert >/dev/null 2>&1 || ! command -v jupyter-kernelspec >/dev/null 2>&1; then
  echo "setup: installing Debian's jupyter-nbconvert and jupyter-client"
  # Without the recommended packages: 16 MB instead of 210 MB (no IPython, pandoc or TeX fonts).
  apt_install --no-install-recommends jupyter-nbconvert jupyter-client
fi

echo "setup: restoring and building"
dotnet build Analysis.sln -c Debug --nologo -v quiet -clp:NoSummary

if [ -f scripts/setup-kernel.sh ]; then
  if command -v jupyter >/dev/null 2>&1; then bash scripts/setup-kernel.sh --jupyter; else bash scripts/setup-kernel.sh; fi
fi
echo "setup: done"
