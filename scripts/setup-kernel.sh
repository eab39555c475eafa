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
# With --jupyter it also registers that kernel with Jupyter (JupyterLab, Notebook, nbconvert) as the user's
# `.net-csharp` kernelspec, the name every notebook here declares, through scripts/kernel.sh, so Jupyter runs this
# kernel instead of the stock one (the stock kernelspec's FSharp.Core cannot load the charts; `dotnet interactive
# jupyter install` puts it back). `--jupyter --remove` takes the kit's kernelspec away, and only the kit's.
# JUPYTER_DATA_DIR chooses where the user's kernelspecs live, as for any `jupyter kernelspec install --user`.
#
# usage: bash scripts/setup-kernel.sh [--force]      (--force reinstalls the tool)
#        bash scripts/setup-kernel.sh --jupyter [--force]
#        bash scripts/setup-kernel.sh --jupyter --remove
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

force=false; with_jupyter=false; remove=false
for arg in "$@"; do
  case "$arg" in
    --force) force=true ;;
    --jupyter) with_jupyter=true ;;
    --remove) remove=true ;;
    *) echo "setup-kernel: unknown option '$arg' (usage: setup-kernel.sh [--force] [--jupyter [--remove]])" >&2; exit 2 ;;
  esac
done
if $remove && ! $with_jupyter; then echo "setup-kernel: --remove goes with --jupyter" >&2; exit 2; fi

tool_version="1.0.712001"                       # Microsoft.dotnet-interactive, what Polyglot Notebooks runs
tool_path="$root/.kernel/dotnet-interactive"
app_link="$root/.kernel/app"                    # stable path to the tool's app folder, used by scripts/kernel.sh
say() { echo "setup-kernel: $*" >&2; }

fsharp_version="$(sed -n 's/.*PackageVersion Include="FSharp.Core" Version="\([^"]*\)".*/\1/p' Directory.Packages.props | head -n 1)"
[ -n "$fsharp_version" ] || { say "no FSharp.Core version in Directory.Packages.props"; exit 1; }

# The Jupyter kernelspec: the name the notebooks declare, a display name that tells it from the stock one.
spec_name=".net-csharp"
spec_display=".NET (C#) · Analysis kit"
if $with_jupyter && ! command -v jupyter >/dev/null 2>&1; then
  say "jupyter is not on the PATH (on Debian: apt-get install --no-install-recommends jupyter-nbconvert jupyter-client)"
  exit 1
fi
# The folder of the user's `.net-csharp` kernelspec, if there is one ("" if not).
installed_spec_dir() {
  jupyter kernelspec list --json 2>/dev/null \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["kernelspecs"].get(sys.argv[1], {}).get("resource_dir", ""))' "$spec_name" \
    || { say "could not list Jupyter's kernelspecs (jupyter kernelspec list --json)"; exit 1; }
}
is_ours() { [ -f "$1/kernel.json" ] && grep -qF "$root/scripts/kernel.sh" "$1/kernel.json"; }

if $remove; then
  dir="$(installed_spec_dir)"
  if [ -z "$dir" ]; then say "no $spec_name kernelspec is installed: nothing to remove"; exit 0; fi
  if ! is_ours "$dir"; then say "the $spec_name kernelspec in $dir is not this clone's (it does not run $root/scripts/kernel.sh): left as it is"; exit 0; fi
  jupyter kernelspec remove -f "$spec_name" >&2
  say "removed the $spec_name kernelspec ($dir)"
  exit 0
fi

if $force; then rm -rf "$tool_path" "$app_link"; fi

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

if ! cmp -s "$fsharp_dir/FSharp.Core.dll" "$app/FSharp.Core.dll"; then
  say "replacing the tool's FSharp.Core with $fsharp_version"
  # The DLL, its XML docs and the satellite resource assemblies, so localized F# messages match too.
  cp -f "$fsharp_dir"/FSharp.Core.* "$app/"
  for culture_dir in "$fsharp_dir"/*/; do
    culture="$(basename "$culture_dir")"
    if [ -d "$app/$culture" ]; then cp -f "$culture_dir"FSharp.Core.resources.dll "$app/$culture/" 2>/dev/null || true; fi
  done
fi
say "kernel ready (.kernel/, FSharp.Core $fsharp_version)"
$with_jupyter || exit 0

# 3. The Jupyter kernelspec. The dotnet path is the one found now: Jupyter started from a desktop launcher may not
#    have the same PATH as this shell.
dotnet_path="$(command -v dotnet)"
previous="$(installed_spec_dir)"
if [ -n "$previous" ] && ! is_ours "$previous"; then
  say "the $spec_name kernelspec in $previous is not the kit's: the kit's takes its place for this user"
fi
spec="$(mktemp -d)/$spec_name"
mkdir -p "$spec"
trap 'rm -rf "$(dirname "$spec")"' EXIT
python3 - "$spec/kernel.json" "$root/scripts/kernel.sh" "$dotnet_path" "$spec_display" <<'PY'
import json, sys
path, kernel_sh, dotnet, display = sys.argv[1:]
spec = {
    # The stock kernelspec's arguments (`dotnet interactive jupyter install`), through the kit's launcher; its
    # HTTP port (what the notebook page's script talks to) on the loopback only, not on every interface.
    "argv": ["bash", kernel_sh, dotnet, "jupyter", "--default-kernel", "csharp", "{connection_file}",
             "--http-port-range", "2048-3000", "--http-local-only"],
    "display_name": display,
    "language": "C#",
    # The kernel's web host logs a dozen "info:" lines per start into Jupyter's console; warnings still show.
    "env": {"Logging__LogLevel__Default": "Warning"},
}
with open(path, "w", encoding="utf-8") as f:
    json.dump(spec, f, indent=2, ensure_ascii=False)
    f.write("\n")
PY
cp -f "$app"/resources/logo-32x32.png "$app"/resources/logo-64x64.png "$spec/" 2>/dev/null || true
jupyter kernelspec install --user --replace --name "$spec_name" "$spec" >/dev/null 2>&1 \
  || { say "jupyter kernelspec install failed:"; jupyter kernelspec install --user --replace --name "$spec_name" "$spec" >&2; exit 1; }
say "Jupyter kernelspec $spec_name ('$spec_display') installed in $(installed_spec_dir)"
