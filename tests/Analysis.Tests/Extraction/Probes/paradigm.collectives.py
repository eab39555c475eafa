#!/usr/bin/env python3
"""Paradigm table: collective voices (parties, the opposition, groups of people named by what they are), sentences of our own.
Each row is one page (headline, then the text); the right answer follows the DevSet header's naming: unowned groups as the text
names them ("residents", "analysts", "local sources", "Democrats"), the opposition of a story's one country "<adjective>
opposition" ("Lebanese opposition"), "lawmakers" in a one-country story "<adjective> lawmakers".
Usage: DLL=... python3 paradigm.collectives.py  -> prints each failing row and the score (rows right / rows)."""
import csv, os, subprocess, sys, tempfile

H_US = "Guard troops sent to Portland"
H_PL = "Poland sends soldiers to the Belarus border"
H_X = "Troops sent to the capital"
ROWS = [
    # (headline, text, value, origin, source that must be listed or None)
    # Parties by name, verb after, before, inverted, 'according to'.
    (H_US, "Democrats said the 200 Guard troops were not needed.", 200, "Democrats", "Democrats"),
    (H_US, "Republicans said the 200 Guard troops would restore order.", 200, "Republicans", "Republicans"),
    (H_US, "The 200 Guard troops were not needed, Democrats said.", 200, "Democrats", "Democrats"),
    (H_US, "The 200 Guard troops were not needed, said Democrats.", 200, "Democrats", "Democrats"),
    (H_US, "According to Democrats, the 200 Guard troops were not needed.", 200, "Democrats", "Democrats"),
    (H_US, "Democrats argued that the 200 Guard troops were not needed.", 200, "Democrats", "Democrats"),
    (H_US, "Republicans claimed 500 more troops would be needed.", 500, "Republicans", "Republicans"),
    (H_US, "Senate Democrats said the 200 Guard troops were not needed.", 200, "Senate Democrats", "Senate Democrats"),
    (H_US, "House Republicans said 500 more troops would be needed.", 500, "House Republicans", "House Republicans"),
    (H_US, "Democrats say the 200 Guard troops are not needed.", 200, "Democrats", "Democrats"),
    # The opposition: the story's one country names it.
    (H_PL, "The opposition claimed 6,000 soldiers were needed.", 6000, "Polish opposition", "Polish opposition"),
    (H_PL, "The opposition said 6,000 soldiers were needed.", 6000, "Polish opposition", "Polish opposition"),
    (H_PL, "Some 6,000 soldiers were needed, the opposition said.", 6000, "Polish opposition", "Polish opposition"),
    (H_PL, "According to the opposition, 6,000 soldiers were needed.", 6000, "Polish opposition", "Polish opposition"),
    (H_PL, "The Polish opposition said 6,000 soldiers were needed.", 6000, "Polish opposition", "Polish opposition"),
    (H_PL, "Poland's opposition said 6,000 soldiers were needed.", 6000, "Polish opposition", "Polish opposition"),
    (H_X, "The opposition said 6,000 soldiers had been sent to the capital.", 6000, "opposition", "opposition"),
    (H_PL, "Poland's defense ministry said 4,000 soldiers had been sent. The opposition claimed 6,000 soldiers were needed.", 6000, "Polish opposition", "Polish opposition"),
    (H_PL, "Poland's defense ministry said 4,000 soldiers had been sent. Some 6,000 soldiers were needed, the opposition said.", 6000, "Polish opposition", "Polish opposition"),
    (H_X, "South Africa's opposition claimed 2,000 soldiers had been sent.", 2000, "South African opposition", "South African opposition"),
    (H_PL, "Opposition lawmakers said 6,000 soldiers were needed.", 6000, "Polish lawmakers", "Polish lawmakers"),
    (H_PL, "Opposition politicians said 6,000 soldiers were needed.", 6000, "opposition politicians", "opposition politicians"),
    # Groups named by what they are.
    (H_X, "Activists said 300 soldiers had entered the town.", 300, "activists", "activists"),
    (H_X, "Residents said 300 soldiers had entered the town.", 300, "residents", "residents"),
    (H_X, "Witnesses said 300 soldiers had entered the town.", 300, "witnesses", "witnesses"),
    (H_X, "Analysts said 300 soldiers had entered the town.", 300, "analysts", "analysts"),
    (H_X, "Experts estimate 300 soldiers had entered the town.", 300, "experts", "experts"),
    (H_X, "About 300 soldiers had entered the town, residents said.", 300, "residents", "residents"),
    (H_X, "About 300 soldiers had entered the town, according to residents.", 300, "residents", "residents"),
    (H_X, "About 300 soldiers had entered the town, according to local sources.", 300, "local sources", "local sources"),
    (H_X, "Local sources said 300 soldiers had entered the town.", 300, "local sources", "local sources"),
    (H_X, "About 300 soldiers had entered the town, local sources said.", 300, "local sources", "local sources"),
    (H_X, "Critics said 300 soldiers were far too many.", 300, "critics", "critics"),
    (H_X, "About 300 soldiers were far too many, critics said.", 300, "critics", "critics"),
    (H_X, "Rights groups said 300 soldiers had entered the town.", 300, "rights groups", "rights groups"),
    (H_X, "Human rights groups said 300 soldiers had entered the town.", 300, "human rights groups", "human rights groups"),
    (H_X, "NGOs said 300 soldiers had entered the town.", 300, "NGOs", "NGOs"),
    (H_X, "About 300 soldiers had entered the town, according to NGOs.", 300, "NGOs", "NGOs"),
    (H_X, "Unions said 300 soldiers had entered the town.", 300, "unions", "unions"),
    (H_X, "Trade unions said 300 soldiers had entered the town.", 300, "trade unions", "trade unions"),
    (H_X, "Protesters said 300 soldiers had entered the town.", 300, "protesters", "protesters"),
    (H_X, "Opponents said 300 soldiers were far too many.", 300, "opponents", "opponents"),
    (H_X, "Veterans' groups said 300 soldiers had been sent.", 300, "veterans' groups", "veterans' groups"),
    (H_X, "Families of the soldiers said 300 had been sent.", 300, "families of the soldiers", None),
    (H_X, "Aid workers said 300 soldiers had entered the town.", 300, "aid workers", "aid workers"),
    (H_X, "Observers said 300 soldiers had entered the town.", 300, "observers", "observers"),
    (H_X, "Journalists said 300 soldiers had entered the town.", 300, "journalists", "journalists"),
    (H_X, "Some 300 soldiers had entered the town, activists told Reuters.", 300, "activists", "activists"),
    (H_X, "Residents told AFP that 300 soldiers had entered the town.", 300, "residents", "residents"),
    (H_X, "Critics warned that 300 soldiers were far too many.", 300, "critics", "critics"),
    (H_X, "Activists claimed 300 soldiers had entered the town.", 300, "activists", "activists"),
    (H_X, "Witnesses reported that 300 soldiers had entered the town.", 300, "witnesses", "witnesses"),
    (H_X, "Local residents said 300 soldiers had entered the town.", 300, "local residents", "local residents"),
    (H_X, "Many residents said 300 soldiers had entered the town.", 300, "residents", "residents"),
    (H_X, "Some analysts said 300 soldiers had entered the town.", 300, "analysts", "analysts"),
    # Groups cited through their members, and groups named last in a list of reaction givers (sources of no figure).
    (H_X, "According to members of non-governmental organizations, more than 600 fighters had left.", 600, "non-governmental organizations", "non-governmental organizations"),
    (H_X, "Non-governmental organizations said 600 fighters had left.", 600, "non-governmental organizations", "non-governmental organizations"),
    (H_X, "About 600 fighters had left, according to nongovernmental groups.", 600, "nongovernmental groups", "nongovernmental groups"),
    (H_X, "According to members of rights groups, 600 fighters had left.", 600, "rights groups", "rights groups"),
    (H_PL, "According to members of the opposition, 6,000 soldiers were needed.", 6000, "opposition", "opposition"),
    (H_US, "The plan to pull 2,000 troops drew criticism from Republicans, Democrats, and some foreign officials.", 2000, None, "foreign officials"),
    (H_US, "The plan to pull 2,000 troops drew criticism from Republicans, Democrats and some foreign officials.", 2000, None, "Democrats"),
    (H_US, "The plan to pull 2,000 troops drew criticism from Democrats and many analysts.", 2000, None, "analysts"),
    (H_US, "The plan to pull 2,000 troops was criticized by Democrats and several rights groups.", 2000, None, "rights groups"),
    # Near misses: collectives that do not speak.
    (H_US, "Democrats voted against sending the 200 Guard troops.", 200, None, None),
    (H_US, "Republicans backed the plan to send 200 Guard troops.", 200, None, None),
    (H_PL, "The opposition boycotted the vote on 6,000 more soldiers.", 6000, None, None),
    (H_X, "Residents fled as 300 soldiers entered the town.", 300, None, None),
    (H_X, "Activists gathered as 300 soldiers entered the town.", 300, None, None),
    (H_X, "Protesters clashed with 300 soldiers in the town.", 300, None, None),
    (H_X, "Critics of the plan gathered as 300 soldiers entered the town.", 300, None, None),
    (H_US, "Democrats, who control the city council, watched as 200 Guard troops arrived.", 200, None, None),
    (H_PL, "Poland's defense ministry said 4,000 soldiers had been sent. The opposition boycotted the vote on 6,000 more soldiers.", 6000, None, None),
    (H_PL, "Opposition leaders met as 6,000 soldiers were sent.", 6000, None, None),
    (H_X, "Unions went on strike as 300 soldiers entered the town.", 300, None, None),
    (H_X, "The army sent 300 soldiers to protect residents.", 300, None, None),
    (H_US, "The 200 Guard troops were sent despite protests from Democrats.", 200, None, None),
]

def main():
    dll = os.environ.get("DLL", "/work/team/s56/collectives-first/Analysis.Cli.dll")
    d = tempfile.mkdtemp()
    os.makedirs(d + "/in")
    for i, (h, t, *_rest) in enumerate(ROWS):
        with open(f"{d}/in/r{i:03d}.md", "w") as f:
            f.write(f"{h}\n\n{t}\n")
    subprocess.run(["dotnet", dll, "extract", d + "/in", "--out", d + "/out", "--threads", "1"], check=True, stdout=subprocess.DEVNULL)
    figs, srcs = {}, {}
    for r in csv.DictReader(open(d + "/out/troop_counts.csv")):
        figs.setdefault(r["document"] if "document" in r else r.get("doc", ""), []).append(r)
    for r in csv.DictReader(open(d + "/out/source_mentions.csv")):
        srcs.setdefault(r["document"] if "document" in r else r.get("doc", ""), set()).add(r["source"])
    right = 0
    for i, (h, t, v, origin, src) in enumerate(ROWS):
        key = next((k for k in figs if f"r{i:03d}" in k), None)
        rows = [r for r in figs.get(key, []) if float(r["value"] or 0) == v]
        got = rows[0]["attributed_to"] or None if rows else "<no figure>"
        skey = next((k for k in srcs if f"r{i:03d}" in k), None)
        have = srcs.get(skey, set())
        ok = got == origin and (src is None or src in have) and (origin is not None or src is not None or not (have & {"Democrats", "Republicans", "residents", "activists", "opposition", "Polish opposition", "protesters", "critics", "unions"}))
        right += ok
        if not ok:
            print(f"FAIL r{i:03d} {t!r}: origin {got!r} want {origin!r}; sources {sorted(have)}")
    print(f"paradigm collectives: {right}/{len(ROWS)}")

main()
