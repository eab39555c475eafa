#!/usr/bin/env python3
"""Paradigm table for a speaker and its speech verb split by adverbials, passive agents and inverted orders.
Usage: paradigm.adverbials.py DLL [-v]. Each row is one one-sentence article; a row is right when the figure's
attributed_to is the expected origin and the expected source is among the sources (or, for near misses, the origin is
the expected one, often none)."""
import csv, os, subprocess, sys, tempfile, itertools

SPEAKERS = [  # surface, origin, source
    ("Pentagon spokesman Pat Ryder", "Pat Ryder", "Pat Ryder"),
    ("a South Korean official", "South Korean officials", "South Korean officials"),
    ("South Korea's Joint Chiefs of Staff", "Joint Chiefs of Staff", "Joint Chiefs of Staff"),
    ("the Kowalia Border Authority", "Kowalia Border Authority", "Kowalia Border Authority"),
    ("Ukraine", "Ukraine", "Ukraine"),
    ("the Yonhap news agency", "Yonhap", "Yonhap"),
    ("Interior Minister Jan Kowal", "Jan Kowal", "Jan Kowal"),
]
ADV = ["here on Monday", "on Telegram", "late Tuesday", "on Tuesday", "late on Tuesday", "earlier this week", "on Oct. 3", "in Warsaw", "at a briefing in Seoul",
       "in a statement", "in a post on X", "in a televised address", "at a news conference",
       "in a statement on Tuesday", "at a news conference in Warsaw on Tuesday"]
FIG = "about 2,000 soldiers were in Kursk"
TEMPLATES = [
    # speaker first, adverbial between speaker and verb, or between verb and clause
    "{S} said {A} that " + FIG + ".",
    "{S} {A} said " + FIG + ".",
    "{S} told reporters {A} that " + FIG + ".",
    "{S} {A} estimated the number of soldiers in Kursk at 2,000.",
    "{S} {A} put the number of soldiers in Kursk at 2,000.",
    # figure first, verb after
    "About 2,000 soldiers are in Kursk, {S} said {A}.",
    "About 2,000 soldiers are in Kursk, said {A} {S}.",
    "About 2,000 soldiers are in Kursk, {S} told reporters {A}.",
    "About 2,000 soldiers are in Kursk, {S} added {A}.",
    # passive and participial agents
    "The deployment of 2,000 soldiers was confirmed {A} by {S}.",
    "The plan to send 2,000 soldiers was announced {A} by {S}, who said the troops would support border guards.",
    "The presence of 2,000 soldiers in Kursk was reported {A} by {S}.",
    "About 2,000 soldiers are in Kursk, as confirmed {A} by {S}.",
    "The figure of 2,000 soldiers was disclosed {A} by {S}.",
    # fronted adverbial, parenthetical
    "{AC}, {S} said " + FIG + ".",
    "{S} said, speaking {A}, that " + FIG + ".",
    # more verbs in each order
    "{S} {A} told reporters that " + FIG + ".",
    "About 2,000 soldiers are in Kursk, wrote {A} {S}.",
    "About 2,000 soldiers are in Kursk, as reported {A} by {S}.",
    "The troop levels in Kursk, about 2,000 soldiers, were revealed {A} by {S}.",
    "The size of the force in Kursk was stated {A} by {S}: about 2,000 soldiers.",
]
NEAR = [  # sentence, origin (empty = none), source that must not appear (or "")
    ("About 2,000 soldiers were sent by Pyongyang to Kursk, a South Korean official said on Tuesday.", "South Korean officials", ""),
    ("The 2,000 soldiers, backed by 10,000 reservists, were in Kursk, Ukraine said late on Tuesday.", "Ukraine", ""),
    ("The deployment of 2,000 soldiers will be completed by December.", "", ""),
    ("The plan to send 2,000 soldiers was approved on Tuesday by a wide margin.", "", ""),
    ("About 2,000 soldiers trained on Tuesday by Russian instructors were sent to Kursk.", "", ""),
    ("The 2,000 soldiers were greeted on Tuesday by Interior Minister Jan Kowal.", "", ""),
    ("About 2,000 soldiers were sent on Tuesday by Pyongyang to Kursk.", "", ""),
    ("The deployment of 2,000 soldiers was delayed on Tuesday by heavy rain.", "", ""),
    ("The withdrawal of 2,000 soldiers was approved in Warsaw by a narrow vote.", "", ""),
    ("About 2,000 soldiers were flown on Tuesday by Ukraine to the border.", "", ""),
    ("About 2,000 soldiers led in Kursk by General Jan Kowal were sent to the front.", "", ""),
    ("The 2,000 soldiers were commanded at the time by General Jan Kowal, Ukraine said.", "Ukraine", ""),
]

def rows():
    out = []
    n = 0
    for t, tmpl in enumerate(TEMPLATES):
        # each template with three adverbials and three speakers, rotating so slots vary together
        for k in range(3):
            a = ADV[(t * 5 + k * 4) % len(ADV)]
            s = SPEAKERS[(t + k * 3) % len(SPEAKERS)]
            ac = a[0].upper() + a[1:]
            sent = tmpl.format(S=s[0], A=a, AC=ac)
            sent = sent[0].upper() + sent[1:]
            out.append((sent, s[1], s[2]))
    for sent, origin, _ in NEAR:
        out.append((sent, origin, None))
    return out

def run(dll, verbose):
    rs = rows()
    d = tempfile.mkdtemp()
    os.makedirs(d + "/in")
    for i, (sent, _, _) in enumerate(rs):
        with open(f"{d}/in/r{i:03}.txt", "w") as f:
            f.write("Troops in Kursk\n\n" + sent + "\n")
    subprocess.run(["dotnet", dll, "extract", d + "/in", "--out", d + "/out", "--threads", "1"],
                   stdout=subprocess.DEVNULL, check=True)
    by, src = {}, {}
    for r in csv.DictReader(open(d + "/out/troop_counts.csv")):
        by.setdefault(r["document"], set()).add(r["attributed_to"])
    for r in csv.DictReader(open(d + "/out/source_mentions.csv")):
        src.setdefault(r["document"], set()).add(r["source"])
    ok = 0
    for i, (sent, origin, source) in enumerate(rs):
        doc = f"r{i:03}"
        b = by.get(doc, {"(no figure)"})
        s = src.get(doc, set())
        right = b == {origin} and (source is None or source in s)
        ok += right
        if verbose or not right:
            print(("ok  " if right else "BAD ") + f"{doc} by={sorted(b)} src={sorted(s)} | want {origin!r} | {sent}")
    print(f"paradigm: {ok}/{len(rs)} rows right")

if __name__ == "__main__":
    run(sys.argv[1], "-v" in sys.argv)
