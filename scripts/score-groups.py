#!/usr/bin/env python3
"""Scores named groups of the dev sets with `analysis evaluate`, one line per group, for comparing builds.

    python3 scripts/score-groups.py DLL GROUP...        e.g.  ... out/first/Analysis.Cli.dll READ0 RS VALID READ0.D T U

DLL is a built Analysis.Cli.dll (keep a copy of the session's first build to score against the last). A group is:
  READ0     dev passages of every story outside the blind batches still kept blind (I-L, T-Z and those in $BLIND)
  RS        dev passages of blind batches R and S, read since they were scored
  TU        dev passages of blind batches T and U, read since session 32 (their held-out third stays unread)
  TUH       the held-out third of blind batches T and U: same stories as TU, never read (does what TU taught carry over?)
  V, VH     (as groups "VD" and "VH") dev passages of blind batch V, read since session 33, and its held-out third, never read
  WD, WH    the same for blind batch W, read since session 34
  XD, XH    the same for blind batch X, read since session 35
  ZD, ZH    the same for blind batch Z, read since session 38
  AAD, AAH  the same for blind batch AA, read since session 39
  ABD, ABH  the same for blind batch AB, read since session 40
  ACD, ACH  the same for blind batch AC, read since session 40
  ADD, ADH  the same for blind batch AD, read since session 41
  AED, AEH  the same for blind batch AE, read since session 41
  AFD, AFH  the same for blind batch AF, opened in session 42 (its dev third read from session 43)
  AGD, AGH  the same for blind batch AG, opened in session 43 (its dev third that session's fresh check: scored, not read)
  AI        every passage of blind batch AI, ten full-length articles (nk34, zwe98) of session 43
  AID, AIH  its dev third (six articles, read by a full-article lane from session 43) and its held-out third (never read)
  AJ        every passage of blind batch AJ, ten full-length articles (nk35, zay04) of session 43
  AJD, AJH  its dev third (read by a full-article lane from session 44) and its held-out third (never read)
  AK        every passage of blind batch AK, ten full-length articles (nk36, bgv97) of session 43
  AKD, AKH  its dev third (read from late in session 44, after that session's fresh check) and its held-out third (never read)
  AL        every passage of blind batch AL, ten full-length articles (nk37, gnb98) of session 44
  ALD, ALH  its dev third (read from session 45, after that session's first scoring) and its held-out third (never read)
  AM        every passage of blind batch AM, ten full-length articles (nk38, cha81) of session 44
  AMD, AMH  its dev third (read from session 46, after that session's first scoring) and its held-out third (never read)
  AN        every passage of blind batch AN, ten full-length articles (nk39, esi04) of session 45
  AND, ANH  its dev third (read from session 47, after that session's first scoring) and its held-out third (never read)
  AO        every passage of blind batch AO, ten full-length articles (nk40, ndu10) of session 46
  AOD, AOH  its dev third (read from session 48, after that session's first scoring) and its held-out third (never read)
  AP        every passage of blind batch AP, ten full-length articles (nk41, sol03) of session 47
  APD, APH  its dev third (read from session 49, after that session's first scoring) and its held-out third (never read)
  AQ        every passage of blind batch AQ, ten full-length articles (nk42, tcd15) of session 48
  AQD, AQH  its dev third (read from session 50, after that session's first scoring) and its held-out third (never read)
  AR        every passage of blind batch AR, ten full-length articles (nk43, kdh06) of session 49
  ARD, ARH  its dev third (read from session 51, after that session's first scoring) and its held-out third (never read)
  AS        every passage of blind batch AS, ten full-length articles (nk44, tki08) of session 50
  ASD, ASH  its dev third (read from session 53, after that session's first scoring) and its held-out third (never read)
  AT        every passage of blind batch AT, ten full-length articles (nk45, hlm06) of session 51
  ATD, ATH  its dev third (read from session 54, after that session's first scoring) and its held-out third (never read)
  AU        every passage of blind batch AU, ten full-length articles (nk46, kap08) of session 52
  AUD, AUH  its dev third (read from session 55, after that session's first scoring) and its held-out third (never read)
  AV        every passage of blind batch AV, ten full-length articles (nk47, gha10) of session 53
  AVD, AVH  its dev third (read from session 56, after that session's first scoring) and its held-out third (never read)
  AW        every passage of blind batch AW, ten full-length articles (nk48, kgr99) of session 54
  AWD, AWH  its dev third (read from session 57, after that session's first scoring) and its held-out third (never read)
  AX        every passage of blind batch AX, ten full-length articles (nk49, lbw06) of session 55
  AXD, AXH  its dev third (read from session 58, after that session's first scoring) and its held-out third (never read)
  AY        every passage of blind batch AY, ten full-length articles (nk50, svw79) of session 56
  AYD, AYH  its dev third (read from session 59, after that session's first scoring) and its held-out third (never read)
  AZ        every passage of blind batch AZ, ten full-length articles (nk51, bsr07) of session 57
  AZD, AZH  its dev third (read from session 60, after that session's first scoring) and its held-out third (never read)
  BA        every passage of blind batch BA, ten full-length articles (nk52, pir03) of session 58
  BAD, BAH  its dev third (read from session 61, after that session's first scoring) and its held-out third (never read)
  BB        every passage of blind batch BB, ten full-length articles (nk53, civ02) of session 59: blind, score it whole
  BC        every passage of blind batch BC, ten full-length articles (nk54, trq94) of session 60: blind, score it whole
  BD        every passage of blind batch BD, ten full-length articles (nk55, hkg97) of session 61: blind, score it whole
  VALID     dev passages of blind batches I-L: score it, never read its passages or errors; it must not drop
  HELD, DEV the held-out or dev split of every story
  A batch   every passage of that blind batch (e.g. T, U, V, AA): score with the first and last build of a session
  a story   every passage of that story (e.g. nk22)
A ".D" suffix takes the group from DevSet.Dated.json instead of DevSet.Reporting.json, and adds its dates: figures
dated on the right day or interval (asOf) and events dated right (events). A blind batch's stories are read
from the header paragraph that says "added blind batch X" (each story id followed by " ("), so a new batch needs no edit
here beyond $BLIND. With ERR=dir, each group's full error listing (`evaluate -e`) is written to dir/err_GROUP.txt.
"""
import json, os, re, subprocess, sys, tempfile

REPO = os.environ.get("REPO", os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
SETS = os.path.join(REPO, "tests/Analysis.Tests/Extraction")
# Stories whose batch paragraph names them in a shape the pattern below misses.
NAMED_ELSEWHERE = {"mex25": "E", "ven25": "G", "unifil": "G", "ess23": "H", "art03": "S", "col25": "T", "ind71": "U"}
# The blind batches whose dev passages are read (group NAME + "D") while their held-out third stays unread (NAME + "H").
OPENED = ("V", "W", "X", "Z", "AA", "AB", "AC", "AD", "AE", "AF", "AG", "AI", "AJ", "AK", "AL", "AM", "AN", "AO", "AP", "AQ", "AR", "AS", "AT", "AU", "AV", "AW", "AX", "AY", "AZ", "BA")
BLIND = set("IJKLTUVWXYZ") | {"AA", "AB", "AC", "AD", "AE", "AF", "AG", "AH", "AI", "AJ", "AK", "AL", "AM", "AN", "AO", "AP", "AQ", "AR", "AS", "AT", "AU", "AV", "AW", "AX", "AY", "AZ", "BA", "BB", "BC", "BD"} | set(filter(None, os.environ.get("BLIND", "V").split(",")))


def load(name):
    text = open(os.path.join(SETS, name), encoding="utf-8").read()
    return text, json.loads("\n".join(l for l in text.split("\n") if not l.lstrip().startswith("//")))


def batches():
    text, data = load("DevSet.Reporting.json")
    stories = {i["story"] for i in data["items"]}
    header = " ".join(l.lstrip()[2:] for l in text.split("\n") if l.lstrip().startswith("//"))
    batch = {}
    for part in re.split(r"(?=added blind batch [A-Z]{1,2}\b)", header)[1:]:
        letter = re.match(r"added blind batch ([A-Z]{1,2})", part).group(1)
        for story in re.findall(r"\b([a-z]{2,6}\d{0,2})\s\(", part[:6000]):
            if story in stories:
                batch.setdefault(story, letter)
    for story, letter in NAMED_ELSEWHERE.items():
        batch.setdefault(story, letter)
    return batch


def selector(group, batch):
    name, _, suffix = group.partition(".")
    of = lambda i: batch.get(i["story"], "")
    dev = lambda i: i["split"] == "dev"
    tests = {
        "READ0": lambda i: dev(i) and of(i) not in BLIND,
        "RS": lambda i: dev(i) and of(i) in ("R", "S"),
        "TU": lambda i: dev(i) and of(i) in ("T", "U"),
        "TUH": lambda i: not dev(i) and of(i) in ("T", "U"),
        "VALID": lambda i: dev(i) and of(i) in ("I", "J", "K", "L"),
        "HELD": lambda i: i["split"] == "heldout",
        "DEV": dev,
    }
    # A blind batch opened to rule work: its dev passages (e.g. "XD") and its held-out third (e.g. "XH").
    for opened in OPENED:
        tests[opened + "D"] = lambda i, b=opened: dev(i) and of(i) == b
        tests[opened + "H"] = lambda i, b=opened: not dev(i) and of(i) == b
    test = tests.get(name) or ((lambda i: of(i) == name) if name.isupper() else (lambda i: i["story"] == name))
    return ("DevSet.Dated.json" if suffix == "D" else "DevSet.Reporting.json"), test


def score(dll, group, batch):
    file, test = selector(group, batch)
    _, data = load(file)
    data["items"] = [dict(i, split="dev") for i in data["items"] if test(i)]
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as tmp:
        json.dump(data, tmp)
    errors = os.environ.get("ERR")
    try:
        out = subprocess.run(["dotnet", dll, "evaluate", "-d", tmp.name, "--split", "dev"] + (["-e"] if errors else []),
                             capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(tmp.name)
    if errors:
        os.makedirs(errors, exist_ok=True)
        open(os.path.join(errors, f"err_{group}.txt"), "w", encoding="utf-8").write(out)
    find = lambda pattern: re.search(pattern, out)
    m = find(r"figures\s+precision ([\d.]+) \S+\s+recall ([\d.]+) \((\d+/\d+)\)")
    row = {"figP": m[1], "figR": f"{m[2]}({m[3]})"}
    row["attrP"] = find(r"attribution\s+precision ([\d.]+)")[1]
    m = find(r"origin\s+right ([\d.]+) \((\d+/\d+)")
    row["origin"] = f"{m[1]}({m[2]})"
    m = find(r"fields\s+hedge [\d.]+\s+kind ([\d.]+)\s+status ([\d.]+)\s+subject ([\d.]+)")
    row["kind"], row["status"], row["subj"] = m[1], m[2], m[3]
    m = find(r"sources\s+precision ([\d.]+) \S+\s+recall ([\d.]+) \((\d+/\d+)\)")
    row["srcP"], row["srcR"] = m[1], f"{m[2]}({m[3]})"
    m = find(r"dated on the right day/interval\s+(\d+/\d+)")
    if m:
        row["asOf"] = m[1]
        row["events"] = find(r"dated events whose date is right\s+(\d+/\d+)")[1]
    row["n"] = find(r"split dev: (\d+) passages")[1]
    return row


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    batch = batches()
    for group in sys.argv[2:]:
        row = score(sys.argv[1], group, batch)
        print(f"{group:9}" + "  ".join(f"{k} {v}" for k, v in row.items()), flush=True)


if __name__ == "__main__":
    main()
