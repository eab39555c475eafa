#!/usr/bin/env python3
"""Marks a held-out third of a dev-set file, chosen at random by a seeded shuffle, stratified by story.

    python3 scripts/devset-split.py tests/Analysis.Tests/Extraction/DevSet.Reporting.json [--seed 14]

Every item gets "split": "dev" or "heldout": within each story (the item's "story" field), the ids are
sorted, shuffled with random.Random(seed), and the first round(n / 3) are held out. The choice depends
only on the ids, the stories and the seed, never on what the kit extracts, so it is made before anyone
looks at the kit's output on the passages. Items that already have a split keep it.
Only the first line of each newly split item changes (its "split" is added); comments and formatting stay.
"""
import argparse, json, random, re, sys
from collections import defaultdict


def read(path):
    text = open(path, encoding="utf-8").read()
    # Comment lines (the header, and notes between items, indented or not) are not JSON.
    return text, json.loads("\n".join(l for l in text.split("\n") if not l.lstrip().startswith("//")))


def dumps(value):
    return json.dumps(value, ensure_ascii=False)


def mark(text, splits):
    """The file's text with "split" added to the first line of each item in splits (id -> split); nothing else changes,
    so comments, formatting and the other items stay as they were."""
    lines = text.split("\n")
    for n, line in enumerate(lines):
        m = re.search(r'"id": ("(?:[^"\\]|\\.)*")', line)
        if not m or json.loads(m.group(1)) not in splits or '"split":' in line:
            continue
        anchor = ([a for a in re.finditer(r'"(?:story|style)": "(?:[^"\\]|\\.)*"', line)] or [m])[-1]
        split = splits[json.loads(m.group(1))]
        lines[n] = line[: anchor.end()] + f', "split": "{split}"' + line[anchor.end():]
    return "\n".join(lines)


def assign(items, seed):
    by_story = defaultdict(list)
    for item in items:
        by_story[item.get("story", "")].append(item)
    for story in sorted(by_story):
        group = sorted(by_story[story], key=lambda i: i["id"])
        if all("split" in i for i in group):
            continue
        ids = [i["id"] for i in group]
        random.Random(f"{seed}:{story}").shuffle(ids)
        held = set(ids[: round(len(ids) / 3)])
        for item in group:
            item["split"] = "heldout" if item["id"] in held else "dev"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("file")
    parser.add_argument("--seed", default="14")
    args = parser.parse_args()
    text, document = read(args.file)
    before = {i["id"]: i.get("split") for i in document["items"]}
    assign(document["items"], args.seed)
    new = {i["id"]: i["split"] for i in document["items"] if before[i["id"]] is None}
    open(args.file, "w", encoding="utf-8").write(mark(text, new))
    counts = defaultdict(lambda: defaultdict(int))
    for item in document["items"]:
        counts[item.get("story", "")][item["split"]] += 1
    for story, c in sorted(counts.items()):
        print(f"{story:8} dev {c['dev']:3}  heldout {c['heldout']:3}")


if __name__ == "__main__":
    sys.exit(main())
