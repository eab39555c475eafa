#!/usr/bin/env python3
"""Paradigm table for a speaker and its speech verb split by an aside (apposition, relative clause, participial phrase,
a date, an age, a parenthesis) set off by commas, dashes, spaced hyphens or brackets.
Usage: paradigm.asides.py DLL [-v]. Each row is a two-sentence article of our own ("Poland has sent troops to Kosovo."
then the row); a row is right when the figure's attributed_to is the expected origin (and via, when given) and the
expected source is among the sources (near misses: the origin only)."""
import csv, os, subprocess, sys, tempfile

SPEAKERS = [  # surface, origin, kind of aside it takes ("p" person, "b" body)
    ("Colonel Piotr Wrona", "Piotr Wrona", "p"),
    ("Piotr Wrona", "Piotr Wrona", "p"),
    ("a Polish defence official", "Polish defense officials", "p"),
    ("the Polish defence ministry", "Polish Defense Ministry", "b"),
    ("Poland", "Poland", "b"),
    ("the Yonhap news agency", "Yonhap", "b"),
    ("Gen. Jan Nowak", "Jan Nowak", "p"),
]
ASIDES_P = ["the unit's commander", "who leads the mission", "whose office declined further comment",
            "speaking to reporters in Warsaw", "speaking on condition of anonymity", "in an interview published Monday",
            "on Monday", "54", "a spokesman for the mission", "who took command of the contingent in the spring after two years at the alliance's headquarters in Brussels"]
ASIDES_B = ["which oversees the mission", "whose troops make up most of the force", "in a statement on Monday",
            "in a statement posted on its website", "on Monday", "speaking through a spokesman"]
MARKS = [(", ", ", "), (" — ", " — "), (" – ", " – "), (" - ", " - "), (" (", ") "), ("—", "—")]
VERBS = [("said ", " 250 soldiers were on site."), ("told reporters ", " 250 soldiers were on site."),
         ("estimated ", " the number of soldiers on site at 250."), ("put ", " the number of soldiers on site at 250."),
         ("added that ", " 250 soldiers were on site.")]

def clean(v):
    return v.replace("estimated  the", "estimated the")

def rows():
    out = []
    i = 0
    # speaker, aside, verb, figure after
    for si, (s, origin, kind) in enumerate(SPEAKERS):
        asides = ASIDES_P if kind == "p" else ASIDES_B
        for k in range(len(MARKS)):
            a = asides[(si * 3 + k) % len(asides)]
            o, c = MARKS[(si + k) % len(MARKS)]
            if o == " (" and a[0].isupper() is False and len(a.split()) > 8:
                o, c = ", ", ", "
            v, tail = VERBS[(si + 2 * k) % len(VERBS)]
            sent = f"{s}{o}{a}{c.rstrip()} {v.strip()} {tail.strip()}"
            if c.strip() == ",":
                sent = f"{s}{o}{a}, {v.strip()} {tail.strip()}"
            sent = sent[0].upper() + sent[1:]
            out.append((sent, origin, None, origin))
    # figure first: "About 250 soldiers were on site, X, aside, said."
    for si, (s, origin, kind) in enumerate(SPEAKERS):
        asides = ASIDES_P if kind == "p" else ASIDES_B
        for k in range(2):
            a = asides[(si * 5 + k * 2 + 1) % len(asides)]
            o, c = MARKS[(si + k * 3 + 1) % len(MARKS)]
            verb = ["said", "told reporters", "added"][(si + k) % 3]
            if c.strip() == ",":
                sent = f"About 250 soldiers were on site, {s}, {a}, {verb}."
            else:
                sent = f"About 250 soldiers were on site, {s}{o}{a}{c.rstrip()} {verb}."
            out.append((sent, origin, None, origin))
    # relays: "X, citing Z, said": Z is the origin via X
    out += [
        ("Piotr Wrona, citing the Yonhap news agency, said 250 soldiers were on site.", "Yonhap", "Piotr Wrona", "Yonhap"),
        ("Piotr Wrona — citing the Yonhap news agency — said 250 soldiers were on site.", "Yonhap", "Piotr Wrona", "Yonhap"),
        ("The Polish defence ministry, citing the Yonhap news agency, estimated the number of soldiers on site at 250.", "Yonhap", "Polish Defense Ministry", "Yonhap"),
    ]
    # inverted verbs with a capitalised adverbial before the name
    out += [
        ("About 250 soldiers were on site, wrote on Telegram Defence Minister Jan Kowal.", "Jan Kowal", None, "Jan kowal".title()),
        ("About 250 soldiers were on site, said on Monday Defence Minister Jan Kowal.", "Jan Kowal", None, "Jan Kowal"),
        ("About 250 soldiers were on site, said in Warsaw Defence Minister Jan Kowal.", "Jan Kowal", None, "Jan Kowal"),
        ("About 250 soldiers were on site, told Reuters Defence Minister Jan Kowal.", "Jan Kowal", None, "Jan Kowal"),
        ("About 250 soldiers were on site, wrote on Facebook Poland's defence minister, Jan Kowal.", "Jan Kowal", None, "Jan Kowal"),
        ("About 250 soldiers were on site, said on X Foreign Minister Jan Kowal.", "Jan Kowal", None, "Jan Kowal"),
        ("About 250 soldiers were on site, said on YouTube defence minister Jan Kowal.", "Jan Kowal", None, "Jan Kowal"),
        ("About 250 soldiers were on site, wrote on Telegram Gen. Jan Nowak.", "Jan Nowak", None, "Jan Nowak"),
        ("About 250 soldiers were on site, said in Kyiv Defence Minister Jan Kowal.", "Jan Kowal", None, "Jan Kowal"),
        ("About 250 soldiers were on site, said at Tuesday's briefing Defence Minister Jan Kowal.", "Jan Kowal", None, "Jan Kowal"),
    ]
    # near misses: an aside that speaks itself, lists, an aside with a figure-free voice
    near = [
        ("Piotr Wrona, who said last week that 100 soldiers had left, told reporters 250 soldiers were on site.", ["Piotr Wrona"]),
        ("Piotr Wrona, Poland's army chief, and Jan Nowak said 250 soldiers were on site.", ["Piotr Wrona"]),
        ("About 250 soldiers were on site, the general — not the ministry — said.", [""]),
        ("The 250 soldiers — most of them engineers — arrived on Monday.", [""]),
        ("The 250 soldiers, who arrived on Monday, said the camp was ready.", [""]),
        ("Poland — which has 250 soldiers on site — is the largest contributor.", [""]),
        ("Colonel Piotr Wrona - the unit's commander - arrived on Monday with 250 soldiers.", [""]),
        ("Piotr Wrona — who said last week that 100 soldiers had left — now estimates the number on site at 250.", ["Piotr Wrona"]),
        ("Piotr Wrona – Poland's army chief – and Jan Nowak said 250 soldiers were on site.", ["Piotr Wrona"]),
        ("Facebook spokesman Andy Stone said 250 soldiers were on site.", ["Andy Stone"]),
        ("About 250 soldiers were on site, according to Facebook spokesman Andy Stone.", ["Andy Stone"]),
        ("About 250 soldiers met in Warsaw Defence Minister Jan Kowal.", [""]),
        ("The 250 soldiers were greeted in Warsaw by Defence Minister Jan Kowal.", [""]),
        ("A video on Telegram showed Defence Minister Jan Kowal with 250 soldiers.", [""]),
        ("About 250 soldiers were on site, told Polish Defence Minister Jan Kowal the general.", [""]),
    ]
    for sent, origins in near:
        out.append((sent, origins, None, None))
    return out

def run(dll, verbose):
    rs = rows()
    d = tempfile.mkdtemp()
    os.makedirs(d + "/in")
    for i, (sent, _, _, _) in enumerate(rs):
        with open(f"{d}/in/r{i:03}.txt", "w") as f:
            f.write("Polish troops in Kosovo\n\nPoland has sent troops to Kosovo.\n\n" + sent + "\n")
    subprocess.run(["dotnet", dll, "extract", d + "/in", "--out", d + "/out", "--threads", "1"],
                   stdout=subprocess.DEVNULL, check=True)
    by, via, src = {}, {}, {}
    for r in csv.DictReader(open(d + "/out/troop_counts.csv")):
        by.setdefault(r["document"], set()).add(r["attributed_to"])
        via.setdefault(r["document"], set()).add(r["via"])
    for r in csv.DictReader(open(d + "/out/source_mentions.csv")):
        src.setdefault(r["document"], set()).add(r["source"])
    ok = 0
    for i, (sent, origin, want_via, source) in enumerate(rs):
        doc = f"r{i:03}"
        b = by.get(doc, {"(no figure)"})
        s = src.get(doc, set())
        if isinstance(origin, list):
            right = len(b) == 1 and next(iter(b)) in origin
        else:
            right = b == {origin} and (source is None or source in s) and (want_via is None or via.get(doc) == {want_via})
        ok += right
        if verbose or not right:
            print(("ok  " if right else "BAD ") + f"{doc} by={sorted(b)} via={sorted(via.get(doc, set()))} src={sorted(s)} | want {origin!r} via {want_via!r} | {sent}")
    print(f"paradigm: {ok}/{len(rs)} rows right")

if __name__ == "__main__":
    run(sys.argv[1], "-v" in sys.argv)
