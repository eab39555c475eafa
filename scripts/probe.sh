#!/usr/bin/env bash
# What the kit finds in one article typed on the command line: its figures and its source mentions.
#
#   scripts/probe.sh [-d DLL] "Headline" "First paragraph." ["Next paragraph." ...]
#
# For trying a sentence shape before writing a paradigm row or a test: the article is written to a temporary folder,
# `analysis extract` runs on it, and each figure prints with its sentence, phrase, value, kind, status, subject, origin
# (attributed_to) and relay (via), each source mention with its surface and the source it was named as. DLL is a built
# Analysis.Cli.dll (default: this tree's Debug build; a session's first build, kept aside, shows what a change moved).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dll="$root/src/Analysis.Cli/bin/Debug/net10.0/Analysis.Cli.dll"
if [[ "${1:-}" == "-d" ]]; then dll="$2"; shift 2; fi
[[ $# -ge 2 ]] || { sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
[[ -f "$dll" ]] || { echo "probe: no build at $dll (dotnet build src/Analysis.Cli, or -d DLL)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir "$work/in"
for part in "$@"; do printf '%s\n\n' "$part"; done > "$work/in/probe.txt"
dotnet "$dll" extract "$work/in" --out "$work/out" > "$work/log" 2>&1 || { cat "$work/log" >&2; exit 1; }
python3 - "$work/out" <<'PY'
import csv, os, sys
out = sys.argv[1]
def rows(name):
    with open(os.path.join(out, name), encoding="utf-8") as f:
        return list(csv.DictReader(f))
print("figures: sentence | phrase | value | kind | status | subject | origin | via")
for r in rows("troop_counts.csv"):
    print("  s{sentence} | {phrase} | {value} | {kind} | {status} | {subject} | {attributed_to} | {via}".format(**r))
print("sources: sentence | surface -> source | kind | country")
for r in rows("source_mentions.csv"):
    print("  s{sentence} | {surface} -> {source} | {kind} | {country}".format(**r))
PY
