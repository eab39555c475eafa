#!/usr/bin/env bash
# The tables of `analysis extract` from another revision's build beside this working tree's, row by row.
#
#   scripts/compare-tables.sh BASE_REV                  the seeds, the dev set and a generated 10 MB corpus
#   scripts/compare-tables.sh BASE_REV CORPUS...        those corpus folders instead
#   options: --rows N (rows shown per table, default 10), --split dev|heldout|all (dev set passages, default dev)
#
# BASE_REV is built in a temporary git worktree (scripts/build-rev.sh; the build is kept in
# out/builds/SHA), this tree in Release. Both run `extract` (CSV) on each corpus; the dev set's passages
# are first written as a corpus (`analysis evaluate --write-corpus`, one file per passage, its date in
# manifest.json), the 10 MB corpus is `analysis generate --size 10MB --seed 1` (out/bench/corpus-10MB,
# shared with bench/run). For each table it prints "identical" or the rows that differ: a row whose key
# (e.g. document, sentence, start) is on both sides with other values is shown as "~ key: column: base
# → new"; the others as "- row" (only in BASE_REV) or "+ row" (only here). Columns that one side lacks
# are named and the rows compared on the shared ones. Full lists: out/compare/CORPUS/TABLE.diff.
# Exits 0 when every table is identical, 1 when one differs, 2 on a usage or build error.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rows=10
split=dev
corpora=()
base=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        --rows) rows="$2"; shift 2 ;;
        --split) split="$2"; shift 2 ;;
        -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "compare-tables: unknown option '$1' (try --help)" >&2; exit 2 ;;
        *) if [[ -z "$base" ]]; then base="$1"; else corpora+=("$(cd "$1" && pwd)"); fi; shift ;;
    esac
done
[[ -n "$base" ]] || { echo "usage: scripts/compare-tables.sh BASE_REV [CORPUS...] (try --help)" >&2; exit 2; }

base_cli="$("$root/scripts/build-rev.sh" "$base")" || exit 2
echo "compare-tables: building this tree ($(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet HEAD -- src || echo ' + uncommitted changes'))…" >&2
dotnet build "$root/src/Analysis.Cli" -c Release -v quiet -nologo > "$root/out/compare-build.log" 2>&1 \
    || { grep -E " error " "$root/out/compare-build.log" | sort -u | head -20 >&2; echo "compare-tables: this tree does not build" >&2; exit 2; }
cli="$root/src/Analysis.Cli/bin/Release/net10.0/Analysis.Cli.dll"

results="$root/out/compare"
rm -rf "$results"; mkdir -p "$results"
if [[ ${#corpora[@]} -eq 0 ]]; then
    dotnet "$cli" evaluate --split "$split" --write-corpus "$results/devset-corpus" > /dev/null
    ten="$root/out/bench/corpus-10MB"
    if [[ ! -f "$ten/.complete" ]]; then
        rm -rf "$ten" "$ten.partial"
        dotnet "$cli" generate --size 10MB --out "$ten.partial" --seed 1 > /dev/null
        mv "$ten.partial" "$ten"; touch "$ten/.complete"
    fi
    corpora=("$root/seeds" "$results/devset-corpus" "$ten")
fi

status=0
for corpus in "${corpora[@]}"; do
    name="$(basename "$corpus")"
    mkdir -p "$results/$name"
    echo "== $name ($corpus): $(git -C "$root" rev-parse --short "$base") against this tree"
    dotnet "$base_cli" extract --corpus "$corpus" --out "$results/$name/base" > "$results/$name/base.log" 2>&1 \
        || { tail -5 "$results/$name/base.log"; echo "compare-tables: extract of $base failed" >&2; exit 2; }
    dotnet "$cli" extract --corpus "$corpus" --out "$results/$name/new" > "$results/$name/new.log" 2>&1 \
        || { tail -5 "$results/$name/new.log"; echo "compare-tables: extract of this tree failed" >&2; exit 2; }
    python3 - "$results/$name" "$rows" <<'EOF' || status=1
import csv, os, sys
from collections import Counter

folder, shown = sys.argv[1], int(sys.argv[2])
# A row's identity, so that a changed row shows as one row with the columns that changed.
KEYS = {"documents": ["document"], "troop_counts": ["document", "sentence", "start"],
        "source_mentions": ["document", "sentence", "start"], "events": ["document", "order"],
        "sources": ["source"], "claims": ["claim"], "citations": ["origin", "via", "outlet"],
        "revisions": ["origin", "subject", "kind", "status", "from_claim"], "contradictions": ["claim_a", "claim_b"]}

def read(path):
    if not os.path.exists(path): return None, []
    with open(path, newline="", encoding="utf-8") as f:
        table = list(csv.reader(f))
    return (table[0], table[1:]) if table else ([], [])

def cut(text, width=90):
    text = text.replace("\n", "⏎")
    return text if len(text) <= width else text[:width - 1] + "…"

def line(header, row):
    return ", ".join(f"{h}={cut(v, 60)}" for h, v in zip(header, row) if v != "")

names = sorted({f[:-4] for side in ("base", "new") for f in os.listdir(os.path.join(folder, side)) if f.endswith(".csv")})
differs = False
for name in names:
    (bh, brows), (nh, nrows) = read(f"{folder}/base/{name}.csv"), read(f"{folder}/new/{name}.csv")
    if bh is None or nh is None:
        print(f"{name}: only in {'this tree' if bh is None else 'base'}"); differs = True; continue
    shared = [h for h in bh if h in nh]
    notes = []
    if [h for h in nh if h not in bh]: notes.append("columns added: " + ", ".join(h for h in nh if h not in bh))
    if [h for h in bh if h not in nh]: notes.append("columns removed: " + ", ".join(h for h in bh if h not in nh))
    if bh != nh and not notes: notes.append("columns reordered")
    bi, ni = [bh.index(h) for h in shared], [nh.index(h) for h in shared]
    b = [tuple(r[i] if i < len(r) else "" for i in bi) for r in brows]
    n = [tuple(r[i] if i < len(r) else "" for i in ni) for r in nrows]
    if b == n:
        same_bytes = open(f"{folder}/base/{name}.csv", "rb").read() == open(f"{folder}/new/{name}.csv", "rb").read()
        print(f"{name}: identical ({len(b):,} rows{', byte for byte' if same_bytes else ''}{'; ' + '; '.join(notes) + ', compared on the shared ones' if notes else ''})")
        continue
    differs = True
    # Rows only on one side (as multisets), in their table order.
    left, right = Counter(b) - Counter(n), Counter(n) - Counter(b)
    def only(rows, extra):
        out, c = [], Counter(extra)
        for r in rows:
            if c[r] > 0: out.append(r); c[r] -= 1
        return out
    removed, added = only(b, left), only(n, right)
    key = [shared.index(k) for k in KEYS.get(name, shared[:1]) if k in shared]
    by_key = {}
    for r in added: by_key.setdefault(tuple(r[i] for i in key), []).append(r)
    changed, gone = [], []
    for r in removed:
        k = tuple(r[i] for i in key)
        if by_key.get(k): changed.append((k, r, by_key[k].pop(0)))
        else: gone.append(r)
    paired = {id(new) for _, _, new in changed}
    new_only = [r for r in added if id(r) not in paired]
    if not removed and not added:
        summary = "the same rows in another order"
    else:
        summary = f"{len(changed)} changed, {len(gone)} only in base, {len(new_only)} only here"
    print(f"{name}: DIFFERS ({len(b):,} rows in base, {len(n):,} here: {summary}{'; ' + '; '.join(notes) if notes else ''})")
    lines = []
    for k, old, new in changed:
        cols = [f"{shared[i]}: {cut(old[i], 70)} → {cut(new[i], 70)}" for i in range(len(shared)) if old[i] != new[i]]
        lines.append(f"  ~ {', '.join(f'{shared[i]}={cut(v, 40)}' for i, v in zip(key, k))}: " + "; ".join(cols))
    lines += [f"  - {line(shared, r)}" for r in gone] + [f"  + {line(shared, r)}" for r in new_only]
    with open(f"{folder}/{name}.diff", "w", encoding="utf-8") as f: f.write("\n".join(lines) + "\n")
    for l in lines[:shown]: print(l)
    if len(lines) > shown: print(f"  … {len(lines) - shown} more in {folder}/{name}.diff")
sys.exit(1 if differs else 0)
EOF
done
if [[ $status -eq 0 ]]; then echo "== all tables identical"; else echo "== some tables differ (lists in out/compare/*/*.diff)"; fi
exit $status
