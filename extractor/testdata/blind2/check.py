#!/usr/bin/env python3
"""Sanity checks for the blind2 gold: every evidence is a verbatim substring of its
page, `published` agrees with the page header, and every field follows the corpus
README (type taxonomy, partner codes, date precision, status)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"dialogue", "summit", "council", "ministerial meeting", "working group",
         "task force", "forum", "signing", "launch"}
ORGS = {"EU", "ASEAN", "NATO", "UN", "African Union", "GCC",
        "Mercosur", "Council of Europe"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

def main():
    bad = 0
    seen = set()
    n = 0
    for line in open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8"):
        g = json.loads(line)
        page = g["page"]
        seen.add(page)
        text = open(os.path.join(HERE, "pages", page + ".txt"), encoding="utf-8").read()
        hdr = dict(l.split(": ", 1) for l in text.split("\n\n", 1)[0].splitlines())
        pub = None if hdr["PUBLISHED"] == "unknown" else hdr["PUBLISHED"]
        def err(msg):
            nonlocal bad
            bad += 1
            print(f"{page}: {msg}")
        if pub != g["published"]:
            err(f"published {g['published']!r} != header {pub!r}")
        for ev in g["events"]:
            n += 1
            if ev["evidence"] not in text:
                err(f"evidence not in page: {ev['evidence']!r}")
            if ev["type"] not in TYPES:
                err(f"bad type {ev['type']!r}")
            if "EU" not in ev["partners"] or len(set(ev["partners"])) != len(ev["partners"]):
                err(f"partners {ev['partners']}")
            for p in ev["partners"]:
                if p not in ORGS and not re.fullmatch(r"[A-Z]{2}", p):
                    err(f"bad partner {p!r}")
            for k in ("start", "end"):
                if ev[k] is not None and not DATE.match(ev[k]):
                    err(f"bad {k} {ev[k]!r}")
            if ev["end"] is not None and (ev["start"] is None or ev["end"] < ev["start"]):
                err(f"end before start {ev['start']} {ev['end']}")
            if ev["status"] not in ("held", "planned"):
                err(f"bad status {ev['status']!r}")
            if ev["edition"] is not None and not (isinstance(ev["edition"], int) and ev["edition"] > 0):
                err(f"bad edition {ev['edition']!r}")
            if ev["start"] is None and ev["edition"] is None and ev["location"] is None:
                err("event with no anchor")
            if pub and ev["start"] and len(ev["start"]) == 10:
                if ev["status"] == "held" and ev["start"] > pub:
                    err(f"held after publication {ev['start']}")
                if ev["status"] == "planned" and ev["start"] < pub:
                    err(f"planned before publication {ev['start']}")
    pages = {f[:-4] for f in os.listdir(os.path.join(HERE, "pages")) if f.endswith(".txt")}
    for p in sorted(pages - seen):
        bad += 1
        print(f"{p}: page has no gold line")
    print(f"{len(seen)} pages, {n} events, {bad} problems")
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
