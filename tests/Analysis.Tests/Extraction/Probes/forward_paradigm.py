#!/usr/bin/env python3
# The forward-voice paradigm: a figure whose own sentence cites no one, and a voice given after it (the next sentence, later in
# the paragraph, the next paragraph). Sentences of our own; each row names the figure's phrase and its expected origin ("" =
# the writer's own). Usage: forward_paradigm.py DLL  (runs `extract` once over all rows, prints rows right / rows).
import csv, os, subprocess, sys, tempfile

F = {  # figure sentences with no voice of their own
    "plan": "About 2,000 soldiers will be sent to the border region next week.",
    "sent": "North Korea has sent about 10,000 troops to Russia.",
    "toll": "At least 40 soldiers were killed in the attack on Friday.",
    "stay": "Some 1,500 troops will remain in the country until June.",
}
PHRASE = {"plan": "About 2,000", "sent": "about 10,000", "toll": "At least 40", "stay": "Some 1,500"}

# What follows: (text, expected origin). "{}" is never used; each follower names its speaker in full.
FOLLOW = [
    ("The plan was announced on Tuesday by Interior Minister Jan Kowal.", "Jan Kowal", ["plan", "stay"]),
    ("The plan was announced by the Pentagon.", "Pentagon", ["plan", "stay"]),
    ("The decision was announced by Prime Minister Ana Ruiz on Tuesday.", "Ana Ruiz", ["plan", "stay"]),
    ("The deployment was confirmed on Monday by the Pentagon.", "Pentagon", ["plan", "sent"]),
    ("The figure came from the Pentagon.", "Pentagon", ["plan", "sent", "toll", "stay"]),
    ("The estimate came from Western officials.", "Western officials", ["sent"]),
    ("The number was given by army spokesman Piet Dorn.", "Piet Dorn", ["sent", "toll"]),
    ("Army spokesman Piet Dorn gave the figure at a news conference.", "Piet Dorn", ["sent", "toll"]),
    ("Defence Minister Anna Berg made the announcement on Tuesday.", "Anna Berg", ["plan", "stay"]),
    ("The announcement was made by Defence Minister Anna Berg.", "Anna Berg", ["plan", "stay"]),
    ("That is according to the Pentagon.", "Pentagon", ["sent", "toll"]),
    ("The information was provided by the Pentagon.", "Pentagon", ["sent", "toll"]),
    ("The news was given by army spokesman Piet Dorn.", "Piet Dorn", ["toll", "plan"]),
    ("This was confirmed by the Pentagon.", "Pentagon", ["toll", "sent"]),
    ("The deaths were confirmed by the Pentagon.", "Pentagon", ["toll"]),
    ("The Pentagon confirmed the deaths on Saturday.", "Pentagon", ["toll"]),
    ("Defence Minister Anna Berg announced the plan on Tuesday.", "Anna Berg", ["plan", "stay"]),
    ("Defence Minister Anna Berg announced the deployment on Tuesday.", "Anna Berg", ["plan", "sent"]),
    ("Defence Minister Anna Berg announced the decision on Tuesday.", "Anna Berg", ["plan", "stay"]),
    ("The Pentagon released the figures on Monday.", "Pentagon", ["toll", "sent"]),
    ("The figures were released by the Pentagon on Monday.", "Pentagon", ["toll", "sent"]),
    ("Those numbers come from the Pentagon.", "Pentagon", ["sent", "toll"]),
    ("The Pentagon provided the figures.", "Pentagon", ["toll", "sent"]),
    ("The Pentagon disclosed the figure on Monday.", "Pentagon", ["toll", "sent"]),
    ("The toll was reported by the Pentagon.", "Pentagon", ["toll"]),
]
# Near misses: the next sentence's speaker says something else, or the figure is the writer's background.
NEAR = [
    ("Defence Minister Anna Berg said talks would resume next month.", "", ["plan", "sent"]),
    ("The plan was criticised by opposition leader Jan Kowal.", "", ["plan"]),
    ("The news was welcomed by opposition leader Jan Kowal.", "", ["toll", "plan"]),
    ("The decision was condemned by the opposition.", "", ["plan"]),
    ("Defence Minister Anna Berg announced new sanctions on Tuesday.", "", ["plan", "sent"]),
    ("The Pentagon released a statement on trade on Monday.", "", ["toll"]),
    ("The figure came as a surprise to analysts.", "", ["sent"]),
    ("The announcement came as talks resumed in Geneva.", "", ["plan"]),
]

# Farther: one voiceless sentence between, the follower opening the next paragraph (wire and web copy: lead, a background line,
# then the attribution). Only a follower that names the news with the act that gave it out reaches so far.
MIDDLE = "The move comes amid growing concern in the region."
FAR = [
    ("Defence Minister Anna Berg confirmed the deployment, saying the troops would support the police.", "Anna Berg", "plan"),
    ("Defence Minister Anna Berg announced the plan on Tuesday.", "Anna Berg", "stay"),
    ("The decision was announced by Prime Minister Ana Ruiz.", "Ana Ruiz", "plan"),
    ("Defence Minister Anna Berg confirmed the news on Saturday.", "Anna Berg", "toll"),
    # Near misses: a figure noun in the new paragraph counts its own; a speaker on another matter.
    ("The figures of the Pentagon put the total at 3,000.", "", "sent"),
    ("Defence Minister Anna Berg said talks would resume next month.", "", "plan"),
]

def rows():
    out = []
    for i, (text, who, f) in enumerate(FAR):
        out.append((f"far{i:02d}{f}", [F[f] + " " + MIDDLE, text], PHRASE[f], who))
    for i, (text, who, figs) in enumerate(FOLLOW + NEAR):
        near = i >= len(FOLLOW)
        for f in figs:
            tag = f"{'n' if near else 'f'}{i:02d}{f}"
            out.append((tag + "-next", [F[f] + " " + text], PHRASE[f], who))
            if not near and f == figs[0]:
                # The voice one paragraph down (wire style: lead, then the attribution).
                out.append((tag + "-para", [F[f], text], PHRASE[f], who))
                # A voiced figure between: the follower refers to that figure, the lead keeps the writer's.
                out.append((tag + "-between", [F[f] + " Another 300 are already there, Mayor Tom Reed said. " + text], PHRASE[f], ""))
    return out

def main():
    dll = sys.argv[1]
    d = tempfile.mkdtemp()
    os.makedirs(d + "/in")
    rs = rows()
    for tag, paras, _, _ in rs:
        with open(f"{d}/in/{tag}.md", "w") as fh:
            fh.write("Troops\n\n" + "\n\n".join(paras) + "\n")
    subprocess.run(["dotnet", dll, "extract", d + "/in", "--out", d + "/out", "--threads", "1"], check=True, stdout=subprocess.DEVNULL)
    got = {}
    for r in csv.DictReader(open(d + "/out/troop_counts.csv")):
        doc = os.path.splitext(os.path.basename(r.get("document") or r.get("article") or r.get("file") or ""))[0]
        got.setdefault(doc, {}).setdefault(r["phrase"], r["attributed_to"])
    right = 0
    for tag, _, phrase, who in rs:
        by = got.get(tag, {}).get(phrase, "<no figure>")
        ok = by == who
        right += ok
        print(f"{'ok ' if ok else 'BAD'} {tag:24} {phrase:12} expected {who or '-':20} got {by or '-'}")
    print(f"paradigm: {right}/{len(rs)} rows right")

if __name__ == "__main__":
    main()
