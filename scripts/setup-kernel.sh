#!/usr/bin/env bash
# Installs the notebook kernel that VS Code's Polyglot Notebooks extension runs for this repository, in .kernel/
# (ignored by git), and makes it able to load Plotly.NET 6 and Deedle 8.1.
#
# The stock Microsoft.dotnet-interactive tool ships FSharp.Core 10.0.0.0; Plotly.NET 6 needs 10.1.0.0, so any
# cell that touches a chart or a frame fails with "Could not load file or assembly FSharp.Core, Version=10.1.0.0".
# This script installs the tool into .kernel/ and replaces its FSharp.Core with the one the library builds with
# (the FSharp.Core version in Directory.Packages.props, taken from the NuGet cache).
#
# Idempotent: when the tool and the right FSharp.Core are already there it only checks and exits (well under a
# second). .vscode/settings.json starts the kernel through scripts/kernel.sh, which runs this script if needed.
#
# usage: bash scripts/setup-kernel.sh [--force]      (--force reinstalls the tool)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

tool_version="1.0.712001"                       # Microsoft.dotnet-interactive, what Polyglot Notebooks runs
tool_path="$root/.kernel/dotnet-interactive"
app_link="$root/.kernel/app"                    # stable path to the tool's app folder, used by scripts/kernel.sh
say() { echo "setup-kernel: $*" >&2; }

fsharp_version="$(sed -n 's/.*PackageVersion Include="FSharp.Core" Version="\([^"]*\)".*/\1/p' Directory.Packages.props | head -n 1)"
[ -n "$fsharp_version" ] || { say "no FSharp.Core version in Directory.Packages.props"; exit 1; }

if [ "${1:-}" = "--force" ]; then rm -rf "$tool_path" "$app_link"; fi

# 1. The tool, in a folder of the repository (not the user's global tools).
app_dir() {
  find "$tool_path/.store/microsoft.dotnet-interactive/$tool_version" -name Microsoft.DotNet.Interactive.App.dll \
    -path '*/tools/*' -printf '%h\n' 2>/dev/null | head -n 1 || true
}
app="$(app_dir)"
if [ -z "$app" ]; then
  say "installing Microsoft.dotnet-interactive $tool_version into .kernel/"
  rm -rf "$tool_path"
  dotnet tool install Microsoft.dotnet-interactive --version "$tool_version" --tool-path "$tool_path" >&2
  app="$(app_dir)"
  [ -n "$app" ] || { say "the tool installed but Microsoft.DotNet.Interactive.App.dll was not found under $tool_path"; exit 1; }
fi
ln -sfn "${app#"$root/.kernel/"}" "$app_link"   # relative: survives moving the clone

# 2. The FSharp.Core the library uses, from the NuGet cache (restoring the library once if it is not there yet).
packages="$(dotnet nuget locals global-packages --list | sed -n 's/^global-packages: *//p')"
packages="${NUGET_PACKAGES:-${packages:-$HOME/.nuget/packages/}}"
fsharp_dir="${packages%/}/fsharp.core/$fsharp_version/lib/netstandard2.1"
if [ ! -f "$fsharp_dir/FSharp.Core.dll" ]; then
  say "restoring src/Analysis to get FSharp.Core $fsharp_version"
  dotnet restore src/Analysis/Analysis.csproj --nologo -v quiet >&2
fi
[ -f "$fsharp_dir/FSharp.Core.dll" ] || { say "FSharp.Core $fsharp_version not found in $fsharp_dir"; exit 1; }

if cmp -s "$fsharp_dir/FSharp.Core.dll" "$app/FSharp.Core.dll"; then
  say "kernel ready (.kernel/, FSharp.Core $fsharp_version)"
  exit 0
fi
say "replacing the tool's FSharp.Core with $fsharp_version"
# The DLL, its XML docs and the satellite resource assemblies, so localized F# messages match too.
cp -f "$fsharp_dir"/FSharp.Core.* "$app/"
for culture_dir in "$fsharp_dir"/*/; do
  culture="$(basename "$culture_dir")"
  if [ -d "$app/$culture" ]; then cp -f "$culture_dir"FSharp.Core.resources.dll "$app/$culture/" 2>/dev/null || true; fi
done
say "kernel ready (.kernel/, FSharp.Core $fsharp_version)"
