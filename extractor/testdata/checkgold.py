#!/usr/bin/env python3
"""Validate a gold set (SET/gold.jsonl, SET/pages/) against the corpus field rules.

Usage: python3 checkgold.py SET...   (e.g. python3 extractor/testdata/checkgold.py extractor/testdata/blind10)
Checks: one gold line per page file and vice versa; published matches the page
header; evidence is a verbatim substring of the page; field types and formats
(type taxonomy, partner codes, date precision, start<=end, edition, status).
"""
import json, os, re, sys

TYPES = {"dialogue", "summit", "council", "ministerial meeting", "working group",
         "task force", "forum", "signing", "launch"}
ORGS = {"EU", "ASEAN", "NATO", "UN", "GCC", "CELAC", "Mercosur", "African Union", "ECOWAS"}
# ISO 3166-1 alpha-2 codes used or plausible in the sets (closed list, no EU).
ISO = set("""AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ
CA CD CF CG CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FR GA GB GD
GE GH GL GM GN GQ GR GT GW GY HK HN HR HT HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KI KM KN KP
KR KW KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MG MK ML MM MN MR MT MU MV MW MX MY MZ NA NE
NG NI NL NO NP NR NZ OM PA PE PG PH PK PL PS PT PW PY QA RO RS RU RW SA SB SC SD SE SG SI SK SL SM
SN SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TO TR TT TV TW TZ UA UG US UY UZ VA VC VE VN VU WS YE
ZA ZM ZW""".split())
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
KEYS = ["type", "series", "partners", "start", "end", "edition", "location", "status", "evidence"]


def header(text):
    h = {}
    for line in text.split("\n\n", 1)[0].splitlines():
        k, _, v = line.partition(":")
        h[k.strip()] = v.strip()
    return h


def check(set_dir):
    gold_path = os.path.join(set_dir, "gold.jsonl")
    pages_dir = os.path.join(set_dir, "pages")
    errs = []
    seen = set()
    n = 0
    for ln, line in enumerate(open(gold_path, encoding="utf-8"), 1):
        if not line.strip():
            continue
        rec = json.loads(line)
        name = rec["page"]
        if name in seen:
            errs.append(f"{name}: duplicate gold line")
        seen.add(name)
        path = os.path.join(pages_dir, name + ".txt")
        if not os.path.exists(path):
            errs.append(f"{name}: no page file")
            continue
        text = open(path, encoding="utf-8").read()
        h = header(text)
        for k in ("URL", "PUBLISHED", "SOURCE"):
            if k not in h:
                errs.append(f"{name}: header lacks {k}")
        pub = h.get("PUBLISHED")
        want = None if pub == "unknown" else pub
        if rec.get("published") != want:
            errs.append(f"{name}: published {rec.get('published')!r} != header {pub!r}")
        if not text.split("\n\n", 1)[1].strip():
            errs.append(f"{name}: empty body")
        for i, ev in enumerate(rec["events"]):
            n += 1
            where = f"{name}#{i}"
            if sorted(ev) != sorted(KEYS):
                errs.append(f"{where}: keys {sorted(ev)}")
                continue
            if ev["type"] not in TYPES:
                errs.append(f"{where}: type {ev['type']!r}")
            p = ev["partners"]
            if not isinstance(p, list) or len(p) < 2 or len(set(p)) != len(p):
                errs.append(f"{where}: partners {p!r}")
            for c in p:
                if c not in ORGS and c not in ISO:
                    errs.append(f"{where}: partner {c!r}")
            for k in ("start", "end"):
                v = ev[k]
                if v is not None and not DATE.match(v):
                    errs.append(f"{where}: {k} {v!r}")
            if ev["end"] is not None:
                if ev["start"] is None or ev["end"] < ev["start"]:
                    errs.append(f"{where}: end {ev['end']} before/without start")
            if ev["edition"] is not None and (not isinstance(ev["edition"], int) or ev["edition"] < 1):
                errs.append(f"{where}: edition {ev['edition']!r}")
            if ev["status"] not in ("held", "planned"):
                errs.append(f"{where}: status {ev['status']!r}")
            if ev["start"] is None and ev["edition"] is None and ev["location"] is None:
                errs.append(f"{where}: no anchor (no date, edition, place)")
            if not ev["evidence"] or ev["evidence"] not in text:
                errs.append(f"{where}: evidence not verbatim: {ev['evidence'][:70]!r}")
            loc = ev["location"]
            if loc is not None and loc not in text:
                errs.append(f"{where}: location {loc!r} not spelled as in page")
            if want and ev["start"] and ev["status"] == "held" and ev["start"][:len(want[:len(ev['start'])])] > want[:len(ev["start"])]:
                errs.append(f"{where}: held but starts after publication")
            if want and ev["start"] and ev["status"] == "planned" and ev["start"] < want[:len(ev["start"])]:
                errs.append(f"{where}: planned but starts before publication")
    for f in os.listdir(pages_dir):
        if f.endswith(".txt") and f[:-4] not in seen:
            errs.append(f"{f}: page without gold line")
    for e in errs:
        print("ERROR", set_dir, e)
    print(f"{set_dir}: {len(seen)} pages, {n} events, {len(errs)} errors")
    return len(errs)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    sys.exit(1 if sum(check(d) for d in sys.argv[1:]) else 0)
