#!/usr/bin/env bash
# Starts this repository's notebook kernel (.NET Interactive in .kernel/, made by scripts/setup-kernel.sh) with
# the given arguments. VS Code runs it through .vscode/settings.json; the tests run it the same way.
#
# usage: bash scripts/kernel.sh DOTNET_PATH [KERNEL ARGS...]
#   e.g. bash scripts/kernel.sh dotnet stdio --working-dir notebooks
# Standard output belongs to the kernel protocol: everything else goes to standard error.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dotnet="${1:-dotnet}"
shift || true

# Install on first use, so opening a notebook before running the set-up still works (it takes a few seconds).
if [ ! -f "$root/.kernel/app/Microsoft.DotNet.Interactive.App.dll" ]; then
  bash "$root/scripts/setup-kernel.sh" >&2
fi
export DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT="${DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT:-1}"
exec "$dotnet" "$root/.kernel/app/Microsoft.DotNet.Interactive.App.dll" "$@"
