#!/usr/bin/env python3
"""Paradigm table of coordinated speakers: two or more voices joined in one slot. Sentences are our own.
Usage: coordinated.py DLL  -> prints each row's result and the score (rows right / rows).
Right answers by the dev-set header: a count credited to owners joined by "and" is the first owner's, each owner a source.
A row: (sentence, origin of its one figure ('' = none), sources the kit must list, names it must not list)."""
import csv, os, subprocess, sys, tempfile

ROWS = [
    # --- named people, separate titles, before the verb
    ("Gov. Tom Hale of Vermont and Gov. Ann Price of Maine announced Saturday they would send 300 Guard members.", "Tom Hale", ["Tom Hale", "Ann Price"], []),
    ("Gov. Tom Hale of Vermont and Ann Price of Maine announced Saturday they would send 300 Guard members.", "Tom Hale", ["Tom Hale", "Ann Price"], []),
    ("Gov. Tom Hale of Vermont and Ann Price of Maine said on Sunday that 300 Guard members would deploy.", "Tom Hale", ["Tom Hale", "Ann Price"], []),
    ("Vermont Gov. Tom Hale and Maine Gov. Ann Price said 300 Guard members would deploy.", "Tom Hale", ["Tom Hale", "Ann Price"], []),
    ("Senators Mark Dune and Lisa Wells said 400 troops would leave.", "Mark Dune", ["Mark Dune", "Lisa Wells"], []),
    ("Defense Minister Karl Brandt and Foreign Minister Elena Roth said 1,200 soldiers were ready.", "Karl Brandt", ["Karl Brandt", "Elena Roth"], []),
    ("Mayor Rita Gomez and Police Chief Dan Ortiz told reporters that 200 Guard troops had arrived.", "Rita Gomez", ["Rita Gomez", "Dan Ortiz"], []),
    ("Rep. Paul Stone of Texas and Rep. Mia Chen of Ohio said 500 Marines would stay.", "Paul Stone", ["Paul Stone", "Mia Chen"], []),
    ("Gen. Ivan Petrov and Col. Oleg Sidorov confirmed that 3,000 troops had crossed the border.", "Ivan Petrov", ["Ivan Petrov", "Oleg Sidorov"], []),
    # --- along with / together with / as well as
    ("The mayor, along with the police chief, said 200 soldiers had arrived.", "mayor", ["mayor"], []),
    ("Mayor Rita Gomez, along with Police Chief Dan Ortiz, said 200 soldiers had arrived.", "Rita Gomez", ["Rita Gomez", "Dan Ortiz"], []),
    ("Mayor Rita Gomez, together with Police Chief Dan Ortiz, said 200 soldiers had arrived.", "Rita Gomez", ["Rita Gomez", "Dan Ortiz"], []),
    ("Gov. Tom Hale, along with Gov. Ann Price of Maine, announced that 300 Guard members would go.", "Tom Hale", ["Tom Hale", "Ann Price"], []),
    ("The Pentagon, along with NATO, said 2,000 troops had been moved.", "Pentagon", ["Pentagon", "NATO"], []),
    ("The Pentagon, as well as NATO, said 2,000 troops had been moved.", "Pentagon", ["Pentagon", "NATO"], []),
    ("Ukraine, together with the United States, said 11,000 North Korean soldiers were in Kursk.", "Ukraine", ["Ukraine", "United States"], []),
    # --- both ... and
    ("Both Ukraine and South Korea have said 11,000 North Korean soldiers were sent.", "Ukraine", ["Ukraine", "South Korea"], []),
    ("Both the Pentagon and NATO said 2,000 troops had been moved.", "Pentagon", ["Pentagon", "NATO"], []),
    ("Both Mayor Rita Gomez and Gov. Tom Hale said 200 Guard troops had arrived.", "Rita Gomez", ["Rita Gomez", "Tom Hale"], []),
    # --- bodies, countries, outlets before the verb
    ("The Pentagon and NATO said 2,000 troops had been moved.", "Pentagon", ["Pentagon", "NATO"], []),
    ("Ukraine and the U.S. said 11,000 North Korean soldiers were in Kursk.", "Ukraine", ["Ukraine", "United States"], []),
    ("Ukraine and South Korea say about 11,000 North Korean troops are in Russia.", "Ukraine", ["Ukraine", "South Korea"], []),
    ("Reuters and AFP reported that 300 troops had landed.", "Reuters", ["Reuters", "AFP"], []),
    ("CNN and CBS reported roughly 200 Guard members would deploy this week.", "CNN", ["CNN", "CBS"], []),
    ("The Kremlin and the Russian Defense Ministry said 1,500 troops had withdrawn.", "Kremlin", ["Kremlin", "Russian Defense Ministry"], []),
    ("Ukrainian military intelligence and the Pentagon said 11,000 North Korean soldiers had arrived.", "Ukrainian military intelligence", ["Ukrainian military intelligence", "Pentagon"], []),
    ("Seoul and Washington said some 10,000 North Korean troops were in Russia.", "South Korea", ["South Korea", "United States"], []),
    # --- three or more
    ("Ukraine, the Pentagon and South Korea have all said 11,000 North Korean soldiers were sent.", "Ukraine", ["Ukraine", "Pentagon", "South Korea"], []),
    ("Reuters, AFP and AP reported that 300 troops had landed.", "Reuters", ["Reuters", "AFP", "AP"], []),
    ("Kenya, Benin and Chad have said they would send 2,500 police officers.", "Kenya", ["Kenya", "Benin", "Chad"], []),
    # --- in separate statements
    ("The Pentagon and NATO, in separate statements, said 2,000 troops had been moved.", "Pentagon", ["Pentagon", "NATO"], []),
    ("Gov. Tom Hale and Gov. Ann Price, in separate statements, said 300 Guard members would deploy.", "Tom Hale", ["Tom Hale", "Ann Price"], []),
    # --- after the figure
    ("Some 300 Guard members will deploy, Gov. Tom Hale and Gov. Ann Price said.", "Tom Hale", ["Tom Hale", "Ann Price"], []),
    ("Some 300 Guard members will deploy, Gov. Tom Hale of Vermont and Ann Price of Maine said.", "Tom Hale", ["Tom Hale", "Ann Price"], []),
    ("About 2,000 troops had been moved, the Pentagon and NATO said.", "Pentagon", ["Pentagon", "NATO"], []),
    ("About 11,000 North Korean soldiers are in Kursk, Ukraine and South Korea say.", "Ukraine", ["Ukraine", "South Korea"], []),
    ("About 300 troops landed, Reuters and AFP reported.", "Reuters", ["Reuters", "AFP"], []),
    ("About 2,000 troops had been moved, said the Pentagon and NATO.", "Pentagon", ["Pentagon", "NATO"], []),
    ("Some 200 soldiers had arrived, the mayor and the police chief said.", "mayor", ["mayor", "police chief"], []),
    # --- according to
    ("According to Ukrainian officials and Western intelligence assessments, some 12,000 North Korean soldiers were sent.", "Ukrainian officials", ["Ukrainian officials", "Western intelligence assessments"], []),
    ("According to the Pentagon and NATO, 2,000 troops had been moved.", "Pentagon", ["Pentagon", "NATO"], []),
    ("According to Reuters and AFP, 300 troops had landed.", "Reuters", ["Reuters", "AFP"], []),
    ("Some 2,000 troops had been moved, according to the Pentagon and NATO.", "Pentagon", ["Pentagon", "NATO"], []),
    ("Some 12,000 North Korean soldiers were sent, according to Ukrainian officials and Western analysts.", "Ukrainian officials", ["Ukrainian officials", "Western analysts"], []),
    ("According to Gov. Tom Hale and Gov. Ann Price, 300 Guard members would deploy.", "Tom Hale", ["Tom Hale", "Ann Price"], []),
    ("According to members of aid groups and analysts in the region, more than 600 fighters left.", "aid groups", ["aid groups", "analysts"], []),
    ("According to Ukraine and South Korea, about 11,000 North Korean troops are in Russia.", "Ukraine", ["Ukraine", "South Korea"], []),
    ("According to the Pentagon as well as NATO, 2,000 troops had been moved.", "Pentagon", ["Pentagon", "NATO"], []),
    # --- unnamed officials of two countries
    ("U.S. and South Korean officials said 10,000 North Korean troops were in Russia.", "U.S. officials", ["U.S. officials", "South Korean officials"], []),
    ("Officials in Kyiv and Seoul said 10,000 North Korean troops were in Russia.", "Ukrainian officials", ["Ukrainian officials", "South Korean officials"], []),
    ("Ukrainian and South Korean intelligence say 11,000 North Korean soldiers are in Kursk.", "Ukrainian intelligence", ["Ukrainian intelligence", "South Korean intelligence"], []),
    # --- with no figure in the joined sentence (sources only); the figure follows
    ("Gov. Tom Hale of Vermont and Ann Price of Maine announced the move on Saturday. Vermont will send 300 Guard members.", "", ["Tom Hale", "Ann Price"], []),
    ("The Pentagon and NATO announced the move on Monday. Some 2,000 troops had been moved.", "", ["Pentagon", "NATO"], []),
    # --- near misses: joined names that do not speak
    ("Kim and Putin met on Tuesday as 300 more troops arrived.", "", [], ["Kim", "Putin"]),
    ("Troops from Russia and Belarus, some 3,000 in all, held drills.", "", [], ["Russia", "Belarus"]),
    ("Talks between Kyiv and Moscow stalled as 500 troops massed on the border.", "", [], ["Kyiv", "Moscow"]),
    ("The Pentagon said 300 troops from Russia and Belarus had arrived.", "Pentagon", ["Pentagon"], ["Russia", "Belarus"]),
    ("Guard members from Vermont and Maine, about 300 in all, arrived on Sunday.", "", [], ["Vermont", "Maine"]),
    ("The mayor met the governor and the police chief as 200 soldiers arrived.", "", [], ["police chief"]),
    ("The Pentagon said 2,000 troops had been sent to Poland and Romania.", "Pentagon", ["Pentagon"], ["Poland", "Romania"]),
    ("Gov. Tom Hale said 300 Guard members and 40 vehicles would go to Maine and New Hampshire.", "Tom Hale", ["Tom Hale"], ["Maine", "New Hampshire"]),
    ("The deal between Ukraine and the United States sent 2,000 troops.", "", [], ["Ukraine", "United States"]),
    ("Russia and Belarus held drills with 3,000 troops, the Pentagon said.", "Pentagon", ["Pentagon"], []),
    ("Forces of Kenya and Jamaica, some 400 in all, landed in Haiti.", "", [], ["Kenya", "Jamaica"]),
]

def norm(s): return s.lower().replace("the ", "").strip()

def main():
    dll = sys.argv[1]
    with tempfile.TemporaryDirectory() as d:
        os.makedirs(f"{d}/in")
        for i, (text, *_ ) in enumerate(ROWS):
            with open(f"{d}/in/r{i:03}.md", "w") as f: f.write("Troops move\n\n" + text + "\n")
        subprocess.run(["dotnet", dll, "extract", f"{d}/in", "--out", f"{d}/out", "--threads", "1"], check=True, capture_output=True)
        figs, srcs = {}, {}
        for r in csv.DictReader(open(f"{d}/out/troop_counts.csv")): figs.setdefault(r["document"], []).append(r)
        for r in csv.DictReader(open(f"{d}/out/source_mentions.csv")): srcs.setdefault(r["document"], set()).add(r["source"])
    right = 0
    for i, (text, origin, want, forbid) in enumerate(ROWS):
        doc = f"r{i:03}"
        fs = [f for f in figs.get(doc, []) if f["phrase"]]
        by = fs[0]["attributed_to"] if fs else "(no figure)"
        got = srcs.get(doc, set())
        ok_origin = (by in ("", "(no figure)") if origin == "" else origin.lower() in by.lower() or (by and norm(by) in norm(origin)))
        missing = [w for w in want if not any(w.lower() in g.lower() or norm(g) == norm(w) for g in got)]
        extra = [w for w in forbid if any(w.lower() == g.lower() for g in got)]
        ok = bool(ok_origin) and not missing and not extra
        right += ok
        print(f"{'OK ' if ok else 'BAD'} {i:02} by={by!r} want={origin!r} missing={missing} extra={extra} | {text[:90]}")
    print(f"paradigm coordinated: {right}/{len(ROWS)} rows right")

main()
