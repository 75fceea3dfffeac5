#!/usr/bin/env python3
"""Checks gold.jsonl against pages/: every page exists, published matches the
header, every evidence is a verbatim substring of its page, fields are valid."""
import json, re, sys, os

TYPES = {"dialogue", "summit", "council", "ministerial meeting", "working group",
         "task force", "forum", "signing", "launch"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
here = os.path.dirname(os.path.abspath(__file__))
bad = n = 0
for line in open(os.path.join(here, "gold.jsonl"), encoding="utf-8"):
    g = json.loads(line)
    text = open(os.path.join(here, "pages", g["page"] + ".txt"), encoding="utf-8").read()
    pub = text.split("\n", 3)[1].removeprefix("PUBLISHED: ")
    if (g["published"] or "unknown") != pub:
        bad += 1; print(g["page"], "published mismatch", g["published"], pub)
    for ev in g["events"]:
        n += 1
        errs = []
        if ev["evidence"] not in text: errs.append("evidence not in page")
        if ev["type"] not in TYPES: errs.append("type")
        for f in ("start", "end"):
            if ev[f] is not None and not DATE.match(ev[f]): errs.append(f)
        if ev["status"] not in ("held", "planned"): errs.append("status")
        if "EU" not in ev["partners"] or len(ev["partners"]) < 2: errs.append("partners")
        if errs:
            bad += 1; print(g["page"], errs, ev["evidence"][:70])
print(f"{n} events checked, {bad} problems")
sys.exit(1 if bad else 0)
