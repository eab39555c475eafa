#!/usr/bin/env python3
"""Marks a held-out third of a dev-set file, chosen at random by a seeded shuffle, stratified by story.

    python3 scripts/devset-split.py tests/Analysis.Tests/Extraction/DevSet.Reporting.json [--seed 14]

Every item gets "split": "dev" or "heldout": within each story (the item's "story" field), the ids are
sorted, shuffled with random.Random(seed), and the first round(n / 3) are held out. The choice depends
only on the ids, the stories and the seed, never on what the kit extracts, so it is made before anyone
looks at the kit's output on the passages. Items that already have a split keep it unless --force.
The file's leading // comment lines are kept; items are written one field group a line.
"""
import argparse, json, random, sys
from collections import defaultdict


def read(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    header = []
    while lines and lines[0].startswith("//"):
        header.append(lines.pop(0))
    return header, json.loads("\n".join(lines))


def dumps(value):
    return json.dumps(value, ensure_ascii=False)


def item_text(item):
    head = ", ".join(f"{dumps(k)}: {dumps(item[k])}" for k in ("id", "story", "style", "split", "headline", "published") if k in item)
    parts = [f"    {{ {head},", f"      \"text\": {dumps(item['text'])},"]
    figures = item.get("figures", [])
    if figures:
        parts.append("      \"figures\": [")
        parts.append(",\n".join("        " + dumps(f) for f in figures) + " ],")
    else:
        parts.append("      \"figures\": [],")
    events = item.get("events", [])
    if events:
        parts.append("      \"events\": [")
        parts.append(",\n".join("        " + dumps(e) for e in events) + " ],")
    tail = f"      \"sources\": {dumps(item.get('sources', []))}"
    if item.get("tags"):
        tail += f", \"tags\": {dumps(item['tags'])}"
    parts.append(tail + " }")
    return "\n".join(parts)


def write(path, header, document):
    items = ",\n\n".join(item_text(i) for i in document["items"])
    with open(path, "w", encoding="utf-8") as out:
        out.write("\n".join(header) + "\n{\n  \"items\": [\n" + items + "\n  ]\n}\n")


def assign(items, seed, force=False):
    by_story = defaultdict(list)
    for item in items:
        by_story[item.get("story", "")].append(item)
    for story in sorted(by_story):
        group = sorted(by_story[story], key=lambda i: i["id"])
        if not force and all("split" in i for i in group):
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
    parser.add_argument("--force", action="store_true")
    args = parser.parse_args()
    header, document = read(args.file)
    assign(document["items"], args.seed, args.force)
    write(args.file, header, document)
    counts = defaultdict(lambda: defaultdict(int))
    for item in document["items"]:
        counts[item.get("story", "")][item["split"]] += 1
    for story, c in sorted(counts.items()):
        print(f"{story:8} dev {c['dev']:3}  heldout {c['heldout']:3}")


if __name__ == "__main__":
    sys.exit(main())
