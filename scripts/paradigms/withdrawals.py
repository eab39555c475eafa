#!/usr/bin/env python3
"""Paradigm table of status (current / earlier / planned) and kind in withdrawal, drawdown, handover and rotation
reporting. Sentences are our own. Usage: withdrawals.py DLL [-v] -> each row's result and the score (rows right / rows).
Right answers by the dev-set header (DevSet.Reporting.json): a withdrawal of a whole force announced with "will", ordered,
or "is expected to" is planned; the force a planned cut starts from is current; a withdrawal made ("withdrew its 14,000",
"have been withdrawn", "left ... last week") is current (a reduction, deployment); the force still there while its pullout
is under way is current; a peak, "once numbered", "originally numbered", a force "most" of which has pulled out, and a
past strength placed years before the story are earlier; "N of the M" is subset (the M current, or earlier when it is
the "original"/"first deployed" whole); the force "to stay" after a cut is planned; a group to fly home "on Monday" planned.
A row: (sentence, value, status, kind or None, page date)."""
import csv, os, subprocess, sys, tempfile

D = "2025-06-15"
ROWS = [
    # --- will / is to / plans / expected / set to / due to: planned
    ("France will withdraw its 1,000 troops from Chad.", 1000, "planned", "deployment"),
    ("France will pull out all of its 1,000 soldiers from Chad by January.", 1000, "planned", "deployment"),
    ("The United States is to withdraw about 2,000 troops from Syria.", 2000, "planned", "deployment"),
    ("Paris plans to withdraw some 600 soldiers from Senegal next year.", 600, "planned", "deployment"),
    ("Washington is expected to pull 900 troops out of Syria in the coming weeks.", 900, "planned", "deployment"),
    ("Around 350 French soldiers are set to leave Ivory Coast at the end of the month.", 350, "planned", "deployment"),
    ("About 350 French soldiers are due to leave Gabon by the summer.", 350, "planned", "deployment"),
    ("Paris announced it would withdraw 1,000 soldiers from Chad.", 1000, "planned", "deployment"),
    ("Paris announced on Tuesday that 1,000 soldiers would leave Chad.", 1000, "planned", "deployment"),
    ("The 1,500 troops stationed there since 2022 will leave in May.", 1500, "planned", "deployment"),
    ("Some 300 Marines will rotate out of Darwin next week.", 300, "planned", "deployment"),
    ("A fresh rotation of 700 Marines will replace them in April.", 700, "planned", "deployment"),
    ("The first group of 200 soldiers is due to fly home on Monday.", 200, "planned", None),
    ("The remaining 400 troops are scheduled to return home in March.", 400, "planned", None),
    ("Russia is to pull 1,500 instructors out of the Central African Republic.", 1500, "planned", "deployment"),
    ("Kenya intends to bring home 400 police officers from Haiti.", 400, "planned", "deployment"),
    ("Britain is preparing to withdraw 250 troops from Mali.", 250, "planned", "deployment"),
    ("The Pentagon has ordered the withdrawal of the roughly 1,000 troops in northern Syria.", 1000, "planned", "deployment"),
    ("Trump ordered all 2,000 U.S. troops out of Syria.", 2000, "planned", "deployment"),
    ("The withdrawal of 2,000 troops will be completed within 100 days.", 2000, "planned", "deployment"),
    # headlines
    ("France to pull 1,000 troops from Chad", 1000, "planned", "deployment"),
    ("US to withdraw 2,000 troops from Syria", 2000, "planned", "deployment"),
    ("Germany to bring home 1,000 soldiers from Mali by May", 1000, "planned", "deployment"),
    # --- the target and the rest of a cut
    ("The United States will reduce its force in Iraq from 2,500 to 2,000.", 2500, "current", "deployment"),
    ("The United States will reduce its force in Iraq from 2,500 to 2,000.", 2000, "planned", "deployment"),
    ("The force will be cut to about 1,000 by September.", 1000, "planned", "deployment"),
    ("The contingent will be drawn down to 600 by the end of the year.", 600, "planned", "deployment"),
    ("About 500 troops will remain after the drawdown.", 500, "planned", "deployment"),
    ("Some 100 soldiers will stay on to guard the embassy.", 100, "planned", "deployment"),
    ("About 1,000 of the 2,500 U.S. troops in Iraq will leave by September.", 1000, "planned", "subset"),
    ("About 1,000 of the 2,500 U.S. troops in Iraq will leave by September.", 2500, "current", "deployment"),
    ("The last 100 French soldiers will leave Chad by Friday.", 100, "planned", None),
    ("The withdrawal of the 50,000 troops would begin in May.", 50000, "current", "deployment"),
    ("Two-thirds of the 3,000 troops are to be out by June.", 3000, "current", "deployment"),
    # --- under way: the force still there is current
    ("France is withdrawing its 1,000 troops from Chad.", 1000, "current", "deployment"),
    ("France has begun withdrawing its 1,000 troops from Chad.", 1000, "current", "deployment"),
    ("France began pulling out its 1,000 troops from Chad last week.", 1000, "current", "deployment"),
    ("The 10,000 soldiers still there are being withdrawn in stages.", 10000, "current", "deployment"),
    ("Some 900 U.S. troops remain in Syria.", 900, "current", "deployment"),
    ("Around 2,500 U.S. troops are still in Iraq.", 2500, "current", "deployment"),
    # --- done: a reduction made is current
    ("France withdrew 1,000 troops from Chad last month.", 1000, "current", "deployment"),
    ("The 1,200-strong unit left Mali in August.", 1200, "current", "deployment"),
    ("The 600 troops who were sent in March have returned home.", 600, "current", "deployment"),
    ("About 200 soldiers were flown home on Sunday.", 200, "current", "deployment"),
    ("France has completed the withdrawal of its 1,000 troops from Chad.", 1000, "current", "deployment"),
    ("The last 100 French soldiers left Senegal on Thursday.", 100, "current", None),
    ("More than 1,300 Russian instructors have been withdrawn from the Central African Republic.", 1300, "current", "deployment"),
    ("Germany has already brought home 800 soldiers from Mali.", 800, "current", "deployment"),
    ("Some 400 Kenyan police officers returned to Nairobi on Friday.", 400, "current", "deployment"),
    ("Britain handed over the base and pulled out its 250 troops in May.", 250, "current", "deployment"),
    ("The United States cut its force in Iraq from 5,200 to 2,500 last year.", 2500, "current", "deployment"),
    ("The United States cut its force in Iraq from 5,200 to 2,500 last year.", 5200, "earlier", "deployment"),
    ("The 2,000 Marines of the last rotation rotated out in October.", 2000, "current", "deployment"),
    # --- earlier: peaks, once, originally, most pulled out, past years
    ("At its height, the force numbered 5,100.", 5100, "earlier", "deployment"),
    ("The French force in the Sahel, which once numbered 5,100, has shrunk sharply.", 5100, "earlier", "deployment"),
    ("The mission, which originally numbered about 4,000 troops, is winding down.", 4000, "earlier", "deployment"),
    ("The force peaked at 5,500 troops in 2014.", 5500, "earlier", "deployment"),
    ("Most of the last 1,000 have pulled out.", 1000, "earlier", None),
    ("About 500 soldiers remain of the original 7,000.", 7000, "earlier", "deployment"),
    ("About 500 soldiers remain of the original 7,000.", 500, "current", None),
    ("The Barkhane contingent numbered about 4,500 in 2021.", 4500, "earlier", "deployment"),
    ("France had 5,100 troops in the Sahel in 2020.", 5100, "earlier", "deployment"),
    ("In 2019, the United States had about 2,000 troops in Syria.", 2000, "earlier", "deployment"),
    ("Two years ago, some 1,500 Wagner fighters were in the Central African Republic.", 1500, "earlier", "deployment"),
    ("Before the drawdown, France had about 5,000 troops in the region.", 5000, "earlier", "deployment"),
    ("France had about 1,000 troops in Chad until last year.", 1000, "earlier", "deployment"),
    ("The contingent, which numbered 2,000 at the start of the mission, now has 600.", 2000, "earlier", "deployment"),
    ("The contingent, which numbered 2,000 at the start of the mission, now has 600.", 600, "current", "deployment"),
    ("Of the 3,200 soldiers first deployed, 2,600 have returned home.", 3200, "earlier", "deployment"),
    # --- a share a departure took out of a whole: the whole is the level before (earlier), the share the reduction made
    ("Chad recalled half of its 1,200-strong contingent this week.", 1200, "earlier", "deployment"),
    ("Sudan withdrew 10,000 of its 15,000 troops from Yemen.", 15000, "earlier", "deployment"),
    ("Sudan withdrew 10,000 of its 15,000 troops from Yemen.", 10000, "current", "subset"),
    ("France has pulled out about 1,000 of its 3,600 soldiers.", 3600, "earlier", "deployment"),
    ("Britain has brought home two-thirds of the 900 troops it sent.", 900, "earlier", "deployment"),
    ("Kenya repatriated 200 of its 400 police officers last week.", 400, "earlier", "deployment"),
    ("Kenya repatriated 200 of its 400 police officers last week.", 200, "current", "subset"),
    ("The government said it had sent home 300 of the 700 soldiers.", 700, "earlier", "deployment"),
    ("Two-thirds of the 3,000 soldiers have already been withdrawn.", 3000, "earlier", "deployment"),
    ("About 2,000 of the 5,000 soldiers have already returned home.", 5000, "earlier", "deployment"),
    ("About 2,000 of the 5,000 soldiers have already returned home.", 2000, "current", "subset"),
    ("Some 800 of the 1,500 Marines were flown home on Friday.", 1500, "earlier", "deployment"),
    ("Some 800 of the 1,500 Marines were flown home on Friday.", 800, "current", "subset"),
    ("Half of the 50,000 Cuban soldiers have already gone home.", 50000, "earlier", "deployment"),
    ("Most of the 1,000 French troops have left.", 1000, "earlier", "deployment"),
    # near misses: a share still to leave keeps the whole there now
    ("France will withdraw half of its 5,000 troops from the Sahel.", 5000, "current", "deployment"),
    ("Sudan will pull out 10,000 of its 15,000 troops.", 15000, "current", "deployment"),
    ("Sudan will pull out 10,000 of its 15,000 troops.", 10000, "planned", "subset"),
    ("Russia plans to bring home 1,000 of its 2,500 instructors.", 2500, "current", "deployment"),
    ("Moscow promised to withdraw half of its 115,000 troops by August.", 115000, "current", "deployment"),
    ("Nigeria fields 12,000 of the 15,000-strong force.", 15000, "current", "deployment"),
    ("Sudan will cut half of its 15,000 troops.", 15000, "current", "deployment"),
    ("Australians made up 6,500 of the roughly 9,000 troops at the height of the deployment.", 6500, "earlier", "subset"),
    # --- near misses: plain presence and deployment stay current
    ("France has about 1,000 troops in Chad.", 1000, "current", "deployment"),
    ("The United States keeps some 900 troops in Syria.", 900, "current", "deployment"),
    ("Some 2,500 U.S. troops are stationed in Iraq.", 2500, "current", "deployment"),
    ("Russia sent 1,500 instructors to the Central African Republic last month.", 1500, "current", "deployment"),
    ("The United States will send 1,000 more troops to Poland.", 1000, "planned", "deployment"),
]

def main():
    dll, verbose = sys.argv[1], "-v" in sys.argv
    with tempfile.TemporaryDirectory() as d:
        os.makedirs(f"{d}/in")
        for i, (text, *_rest) in enumerate(ROWS):
            date = _rest[3] if len(_rest) > 3 else D
            with open(f"{d}/in/r{i:03}.md", "w") as f: f.write(f"---\ndate: {date}\n---\n{text}\n")
        subprocess.run(["dotnet", dll, "extract", f"{d}/in", "--out", f"{d}/out", "--threads", "1"], check=True, capture_output=True)
        figs = {}
        for r in csv.DictReader(open(f"{d}/out/troop_counts.csv")): figs.setdefault(r["document"], []).append(r)
    right, bad = 0, {}
    for i, (text, value, status, kind, *_r) in enumerate(ROWS):
        fs = [f for f in figs.get(f"r{i:03}", []) if f["value"] and float(f["value"]) == value]
        got = (fs[0]["status"], fs[0]["kind"]) if fs else ("(none)", "(none)")
        ok = got[0] == status and (kind is None or got[1] == kind)
        right += ok
        if not ok: bad[f"{status}->{got[0]}"] = bad.get(f"{status}->{got[0]}", 0) + 1
        if verbose or not ok:
            print(f"{'OK ' if ok else 'BAD'} {i:02} {value} want={status}/{kind} got={got[0]}/{got[1]} | {text}")
    print(f"paradigm withdrawals: {right}/{len(ROWS)} rows right; wrong: {bad}")

main()
