#!/usr/bin/env python3
"""Paradigm table for statements written as nouns and reactions ("criticism from X", "welcomed by X", "X's announcement of N").
Usage: python3 speechnouns_paradigm.py DLL  -> prints each failing row and "rows right / rows".
Each row: (text, origin of the row's one troop figure ("" = none cited, None = not checked), sources that must be listed,
sources that must not be). Sentences are our own."""
import csv, os, subprocess, sys, tempfile

G = [  # giver as written, source name the kit lists
    ("Mayor Tim Rowe", "Tim Rowe"), ("Senator Ana Ruiz", "Ana Ruiz"), ("the Pentagon", "Pentagon"), ("NATO", "NATO"),
    ("the Kremlin", "Kremlin"), ("Germany's defence ministry", "German Defense Ministry")]
REACT_NOUNS = ["criticism", "sharp criticism", "condemnation", "praise", "a rebuke", "objections", "a denial", "assurances"]
REACT_VERBS = ["welcomed", "praised", "condemned", "rejected", "dismissed", "hailed", "denied", "disputed"]
ROWS = []
# 1. A reaction noun after the figure's clause, "from"/"by" its giver: the giver is a source; the figure is the first voice's.
for i, n in enumerate(REACT_NOUNS):
    g, src = [x for x in G if x[1] != "Pentagon"][i % (len(G) - 1)]
    link = "by" if i % 3 == 2 else "from"
    ROWS.append((f"The Pentagon said 300 troops would be sent to the city, a plan that drew {n} {link} {g}.", "Pentagon", [src], []))
# 2. The reaction noun first, the figure in the next sentence with its own voice.
for i, n in enumerate(REACT_NOUNS):
    g, src = G[(i + 1) % len(G)]
    ROWS.append((f"The move brought {n} from {g}. Officials said 500 soldiers were already in place.", None, [src], []))
# 3. A passive reaction verb: the agent is a source, the figure the first voice's.
for i, v in enumerate(REACT_VERBS):
    g, src = [x for x in G if x[1] != "Pentagon"][i % (len(G) - 1)]
    ROWS.append((f"The Pentagon's announcement of 300 troops was {v} by {g}.", "Pentagon", [src], []))
# 4. The passive reaction after the figure and its speaker, set off by a comma.
for i, v in enumerate(REACT_VERBS):
    g, src = [x for x in G if x[1] != "NATO"][(i + 2) % (len(G) - 1)]
    ROWS.append((f"About 400 soldiers will be deployed, NATO said on Monday, a decision {v} by {g}.", "NATO", [src], []))
# 5. A statement noun with its giver before the figure: the figure is the giver's.
STATE = ["a statement", "a letter", "a memo", "a briefing", "testimony", "a report", "an assessment", "figures"]
for i, n in enumerate(STATE):
    g, src = G[i % len(G)]
    ROWS.append((f"According to {n} from {g}, 600 troops are stationed near the border.", src, [src], []))
# 6. The giver's possessive before a statement noun of the figure.
POSS = ["announcement", "estimate", "assessment", "count", "tally", "figures", "confirmation", "admission"]
for i, n in enumerate(POSS):
    g, src = G[(i + 3) % len(G)]
    g2 = g[0].upper() + g[1:]
    ROWS.append((f"{g2}'s {n} of 700 troops came as the talks opened.", src, [src], []))
# 7. Near misses: nouns that are not statements, and the target of a reaction after "of".
NEAR = ["support from", "troops from", "help from", "a delegation from", "equipment from", "funding from", "a visit by", "an attack by"]
for i, n in enumerate(NEAR):
    g, src = G[(i + 2) % len(G)]
    ROWS.append((f"The mission of 800 soldiers received {n} {g} last week.", "", [], [src]))
for i, n in enumerate(["criticism of", "praise for", "condemnation of", "a rebuke of"]):
    g, src = G[i % len(G)]
    ROWS.append((f"Lawmakers voiced {n} {g} after 900 troops were sent.", "", [], [src]))

# 8. Other orders and links: the reaction before the figure's clause, a possessive reaction, a title between link and name, an
# adverb or a day between the passive and "by"; and the statement nouns that give the figure itself.
ROWS += [
    ("Welcomed by Senator Ana Ruiz, the Pentagon's plan to send 300 troops goes ahead.", None, ["Ana Ruiz"], []),
    ("NATO's objections to the 300 troops were noted, the Pentagon said.", "Pentagon", ["NATO", "Pentagon"], []),
    ("The Kremlin's sharp criticism came after 300 soldiers crossed, the Pentagon said.", "Pentagon", ["Kremlin", "Pentagon"], []),
    ("The Pentagon said 300 troops would go, a plan quickly condemned by Mayor Tim Rowe.", "Pentagon", ["Pentagon", "Tim Rowe"], []),
    ("The Pentagon said 300 troops would go, a plan welcomed on Tuesday by Senator Ana Ruiz.", "Pentagon", ["Pentagon", "Ana Ruiz"], []),
    ("The plan to send 300 troops drew a warning from Defense Secretary Tom Vale.", None, ["Tom Vale"], []),
    ("The news follows claims from the Kremlin that 11,000 soldiers are training.", "Kremlin", ["Kremlin"], []),
    ("The senator's remarks followed the Pentagon's announcement last week that 400 troops had arrived.", "Pentagon", ["Pentagon"], []),
    ("Following an appeal from Mayor Tim Rowe, the governor sent 200 troops.", None, ["Tim Rowe"], []),
    ("There was no immediate reaction from the Kremlin to the arrival of 300 troops.", "", [], ["Kremlin"]),
    ("No response from NATO followed the arrival of 300 troops.", "", [], ["NATO"]),
    ("The Pentagon said 300 troops would go, a plan that drew criticism from the Kremlin, NATO and Germany.", "Pentagon", ["Kremlin", "NATO", "Germany"], []),
    ("The Pentagon said 300 troops would go, a plan welcomed by the Kremlin, NATO and Senator Ana Ruiz.", "Pentagon", ["Kremlin", "NATO", "Ana Ruiz"], []),
    ("The Pentagon said 300 troops would go, a plan that drew criticism from Mayor Tim Rowe, Senator Ana Ruiz and NATO.", "Pentagon", ["Tim Rowe", "Ana Ruiz", "NATO"], []),
    # Near misses: support, not words; prisoners questioned; street protests; a body's force named after a reaction noun.
    ("Some 2,000 rebels backed by the Kremlin crossed the border.", "", [], ["Kremlin"]),
    ("Two soldiers of the 300 captured are being questioned by the Pentagon.", "", [], ["Pentagon"]),
    ("NATO's rapid reaction force of 5,000 troops was put on alert.", "", [], ["NATO"]),
    ("The 300 troops stayed despite protests from residents and the Kremlin.", "", [], ["Kremlin"]),
]

def main(dll):
    d = tempfile.mkdtemp()
    os.makedirs(d + "/in")
    for i, (t, *_ ) in enumerate(ROWS):
        open(f"{d}/in/r{i:03}.txt", "w").write(f"Troops sent\n\n{t}\n")
    subprocess.run(["dotnet", dll, "extract", d + "/in", "--out", d + "/out", "--threads", "1"], check=True, capture_output=True)
    figs, srcs = {}, {}
    for r in csv.DictReader(open(d + "/out/troop_counts.csv")):
        if r["sentence"] != "0": figs.setdefault(r["document"], r["attributed_to"])
    for r in csv.DictReader(open(d + "/out/source_mentions.csv")):
        srcs.setdefault(r["document"], set()).add(r["source"])
    right = 0
    for i, (t, origin, must, mustnot) in enumerate(ROWS):
        doc = f"r{i:03}"; got_o = figs.get(doc); got_s = srcs.get(doc, set())
        ok = (origin is None or got_o == origin) and all(m in got_s for m in must) and not any(m in got_s for m in mustnot)
        right += ok
        if not ok or "-v" in sys.argv: print(("ok  " if ok else "BAD ") + f"{doc} {t!r} origin={got_o!r} (want {origin!r}) sources={sorted(got_s)} (want {must}, not {mustnot})")
    print(f"paradigm: {right}/{len(ROWS)}")

if __name__ == "__main__": main(sys.argv[1])
