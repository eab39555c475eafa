#!/usr/bin/env bash
# Builds the CLI of a git revision in Release and prints the path of its Analysis.Cli.dll.
#
#   scripts/build-rev.sh REV        e.g. a87780a, main, HEAD~3
#
# The revision is checked out in a temporary git worktree (removed afterwards) and built there; the
# build is kept in out/builds/SHA/, so the next call for the same commit builds nothing. Used by
# scripts/compare-tables.sh and bench/run --baseline. Progress goes to stderr, the path to stdout.
set -euo pipefail

[[ $# -eq 1 && "$1" != -* ]] || { echo "usage: scripts/build-rev.sh REV" >&2; exit 2; }
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sha="$(git -C "$root" rev-parse --verify --quiet "$1^{commit}")" || { echo "build-rev: '$1' is not a commit of this repository" >&2; exit 2; }
out="$root/out/builds/$sha"
dll="$out/Analysis.Cli.dll"
if [[ -f "$out/.complete" ]]; then echo "$dll"; exit 0; fi

tree="$(mktemp -d)/${sha:0:12}"
cleanup() { git -C "$root" worktree remove --force "$tree" > /dev/null 2>&1 || true; rm -rf "$(dirname "$tree")"; git -C "$root" worktree prune; }
trap cleanup EXIT
echo "build-rev: building ${sha:0:12} ($(git -C "$root" log -1 --format=%s "$sha" | cut -c1-70)) in a temporary worktree…" >&2
git -C "$root" worktree add --detach --quiet "$tree" "$sha"
# Each call builds into a folder of its own: two calls for the same commit at once (two helpers comparing against one
# revision) must not write into each other's output or move a half-built folder into place.
partial="$out.partial.$$"
rm -rf "$partial"
if ! dotnet build "$tree/src/Analysis.Cli" -c Release -o "$partial" -v quiet -nologo > "$tree.log" 2>&1; then
    rm -rf "$partial"
    grep -E " error " "$tree.log" | sort -u | head -20 >&2
    echo "build-rev: the build of ${sha:0:12} failed" >&2; exit 1
fi
if [[ -f "$out/.complete" ]]; then
    rm -rf "$partial"   # another call finished the same build first: keep that one
else
    rm -rf "$out"; mv "$partial" "$out"; touch "$out/.complete"
fi
echo "build-rev: built ${sha:0:12} into ${out#"$root"/}" >&2
echo "$dll"
