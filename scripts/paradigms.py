#!/usr/bin/env python3
"""Paradigm tables: sentences of our own that vary the slots of one grammatical family, with the right answer per row.

Usage: python3 scripts/paradigms.py DLL [FAMILY...] [-v]
  DLL     the kit's Analysis.Cli.dll (e.g. src/Analysis.Cli/bin/Debug/net10.0/Analysis.Cli.dll)
  FAMILY  a file name of tests/Analysis.Tests/Extraction/Paradigms/<FAMILY>.json (default: every file there)
  -v      print each failing row and why
Writes every row of the chosen families as an article (front matter when the row has a date, headline, blank line,
paragraphs), runs `extract` once over all of them, reads troop_counts.csv and source_mentions.csv and prints per family
"rows right / rows". Standard library only.

A family file: `//` comment lines (what the family is, its slots, its near misses), then {"rows": [...]}. A row:
  id           "<family>-001" ...; the article's file name
  old_id       (optional) the row's name in the session-56 script it came from
  date         (optional) the page date, written as front matter (`---` / `date: 2025-06-15` / `---`)
  headline, paragraphs
               with no "paragraphs" the page is its headline alone (the extractor reads it as a headline with no body)
  figures      [{"value": 300, "phrase": "About 2,000", "origin": "Tom Hale", "via": "Piotr Wrona",
               "kind": "casualties", "status": "earlier"}]: only the fields the row checks. "value" (within 0.5) and/or
               "phrase" (exact) choose the article's figures the expectation is about; with neither it is about the
               article's figures in order. "origin" is attributed_to ("" = the writer's own); "via" is the relay
               (column via, exact); "kind" and "status" (current / earlier / planned) are compared case-insensitively;
               "subject" is whose troops (column subject, exact; "" = no owner).
  no_figure    [value, ...]: near misses, no figure of that value may be found
  no_phrase    [text, ...]: near misses with no value (a vague count: "hundreds of villages"), no figure whose phrase
               holds that text (case-insensitive) may be found
  sources      [name, ...]: each must be among the article's sources (source_mentions.csv `source`)
  not_sources  [name, ...]: none may be
A row is right when every expectation holds. Headline figures (sentence 0) and rows with no phrase are not counted,
except under "all_rows" (below).

Matching rules (RULES below) are per family: the session-56 scripts each had their own, and the scores they gave are
kept. Where they disagreed:
  - which figure: "any" = some chosen figure passes (ellipsis); "first" = the first chosen figure in the table's order
    must pass (coordinated, forward, speechnouns, withdrawals, collectives); "every" = every chosen figure must pass
    (adverbials, asides: the set of attributed_to, and via, over the article's figures must be the expected one).
  - no figure at all: fails, except under "missing_is_own" (coordinated), where origin "" also passes with no figure.
  - which rows of troop_counts.csv: the body's figures with a phrase, or with "all_rows" every row of the page, headline
    included (asides, withdrawals, collectives: their scripts read every row; a withdrawals page is its headline alone).
  - names: "exact" (forward, adverbials, speechnouns, asides, collectives; ellipsis and withdrawals check none) or
    "loose" (coordinated): an origin passes when the expected name is in the given one case-insensitively or the given
    one, "the " dropped, is in the expected one ("Pentagon" for "the Pentagon"); a source passes when the expected name
    is in a listed one case-insensitively or both are equal with "the " dropped; a not_source fails only on a
    case-insensitive equal name. Origin "" is always exact (attributed_to empty).
A family with no entry in RULES gets DEFAULT.
"""
import csv, json, os, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIR = os.path.join(ROOT, "tests", "Analysis.Tests", "Extraction", "Paradigms")

DEFAULT = {"figure": "any", "names": "exact", "missing_is_own": False, "all_rows": False}
RULES = {
    "coordinated": {"figure": "first", "names": "loose", "missing_is_own": True},
    "ellipsis": {"figure": "any"},
    "forward": {"figure": "first"},
    "adverbials": {"figure": "every"},
    "speechnouns": {"figure": "first"},
    "asides": {"figure": "every", "all_rows": True},
    "withdrawals": {"figure": "first", "all_rows": True},
    "collectives": {"figure": "first", "all_rows": True},
    "relays": {"figure": "every"},
}


def load(family):
    """A family file: leading `//` comment lines, then JSON."""
    with open(os.path.join(DIR, family + ".json"), encoding="utf-8") as f:
        text = "".join(line for line in f if not line.lstrip().startswith("//"))
    return json.loads(text)["rows"]


def norm(s):
    return s.lower().replace("the ", "").strip()


def same_origin(want, got, rule):
    if want == "" or rule["names"] != "loose":
        return want == got
    return bool(want.lower() in got.lower() or (got and norm(got) in norm(want)))


def same_source(want, got, rule):
    if rule["names"] != "loose":
        return want == got
    return want.lower() in got.lower() or norm(got) == norm(want)


def forbidden_name(want, got, rule):
    return want.lower() == got.lower() if rule["names"] == "loose" else want == got


def check(row, figures, sources, rule):
    """The reasons the row is wrong (empty when right)."""
    why = []
    if not rule["all_rows"]:
        figures = [f for f in figures if f["sentence"] != "0" and f["phrase"]]
    for exp in row.get("figures", []):
        chosen = [f for f in figures
                  if ("value" not in exp or (f["value"] and abs(float(f["value"]) - exp["value"]) < 0.5))
                  and ("phrase" not in exp or f["phrase"] == exp["phrase"])]
        want = ", ".join(f"{k}={exp[k]!r}" for k in ("value", "phrase", "origin", "via", "kind", "status", "subject") if k in exp)

        def passes(f):
            return (("origin" not in exp or same_origin(exp["origin"], f["attributed_to"], rule))
                    and ("via" not in exp or f["via"] == exp["via"])
                    and ("kind" not in exp or f["kind"].lower() == exp["kind"].lower())
                    and ("status" not in exp or f["status"].lower() == exp["status"].lower())
                    and ("subject" not in exp or f["subject"] == exp["subject"]))

        if not chosen:
            if not (rule["missing_is_own"] and exp.get("origin") == ""):
                why.append(f"no figure ({want})")
            continue
        if not {"origin", "via", "kind", "status", "subject"} & exp.keys():
            continue
        got = "; ".join(f"{f['value']} {f['kind']} {f['status']} of {f['subject']!r} by {f['attributed_to']!r}"
                        + (f" via {f['via']!r}" if f["via"] else "") for f in chosen)
        mode = rule["figure"]
        ok = (any(map(passes, chosen)) if mode == "any" else
              all(map(passes, chosen)) if mode == "every" else passes(chosen[0]))
        if not ok:
            why.append(f"figure wants {want}, got {mode}: {got}")
    for v in row.get("no_figure", []):
        hit = [f for f in figures if f["value"] and abs(float(f["value"]) - v) < 0.5]
        if hit:
            why.append(f"near miss {v} found: " + "; ".join(f"{f['phrase']!r} {f['kind']}" for f in hit))
    for p in row.get("no_phrase", []):
        hit = [f for f in figures if p.lower() in f["phrase"].lower()]
        if hit:
            why.append(f"near miss {p!r} found: " + "; ".join(f"{f['phrase']!r} {f['kind']}" for f in hit))
    missing = [w for w in row.get("sources", []) if not any(same_source(w, g, rule) for g in sources)]
    if missing:
        why.append(f"sources missing {missing} (listed {sorted(sources)})")
    extra = [w for w in row.get("not_sources", []) if any(forbidden_name(w, g, rule) for g in sources)]
    if extra:
        why.append(f"sources should not list {extra}")
    return why


def main(argv):
    args = [a for a in argv if not a.startswith("-")]
    verbose = "-v" in argv
    if not args:
        sys.exit(__doc__)
    dll, families = args[0], args[1:] or sorted(f[:-5] for f in os.listdir(DIR) if f.endswith(".json"))
    table = {fam: load(fam) for fam in families}
    with tempfile.TemporaryDirectory() as d:
        os.makedirs(os.path.join(d, "in"))
        for rows in table.values():
            for row in rows:
                front = f"---\ndate: {row['date']}\n---\n" if "date" in row else ""
                body = "\n\n" + "\n\n".join(row["paragraphs"]) if "paragraphs" in row else ""
                with open(os.path.join(d, "in", row["id"] + ".md"), "w", encoding="utf-8") as f:
                    f.write(front + row["headline"] + body + "\n")
        run = subprocess.run(["dotnet", dll, "extract", os.path.join(d, "in"), "--out", os.path.join(d, "out"),
                              "--threads", "1"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if run.returncode:  # its stderr otherwise only lists pages loaded as a headline alone, as withdrawals' are
            sys.exit(f"extract failed ({run.returncode}):\n{run.stderr}")
        figures, sources = {}, {}
        with open(os.path.join(d, "out", "troop_counts.csv"), encoding="utf-8") as f:
            for r in csv.DictReader(f):
                figures.setdefault(os.path.splitext(r["document"])[0], []).append(r)
        with open(os.path.join(d, "out", "source_mentions.csv"), encoding="utf-8") as f:
            for r in csv.DictReader(f):
                sources.setdefault(os.path.splitext(r["document"])[0], set()).add(r["source"])
    for fam, rows in table.items():
        rule = {**DEFAULT, **RULES.get(fam, {})}
        right = 0
        for row in rows:
            why = check(row, figures.get(row["id"], []), sources.get(row["id"], set()), rule)
            right += not why
            if why and verbose:
                text = " / ".join(row.get("paragraphs", [row["headline"]]))
                print(f"  BAD {row['id']} ({row.get('old_id', '')}): {' | '.join(why)}\n      {text}")
        print(f"{fam}: {right}/{len(rows)}")


if __name__ == "__main__":
    main(sys.argv[1:])
