#!/usr/bin/env python3
"""Validate blind3 gold: evidence is verbatim, fields follow the corpus README."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"dialogue", "summit", "council", "ministerial meeting", "working group",
         "task force", "forum", "signing", "launch"}
ORGS = {"EU", "ASEAN", "NATO", "UN", "GCC", "CELAC", "Mercosur", "African Union"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
KEYS = {"type", "series", "partners", "start", "end", "edition", "location", "status", "evidence"}

def main():
    errs = []
    pages_dir = os.path.join(HERE, "pages")
    files = {f[:-4] for f in os.listdir(pages_dir) if f.endswith(".txt")}
    seen = set()
    n = 0
    for ln, line in enumerate(open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8"), 1):
        rec = json.loads(line)
        page = rec["page"]
        if page in seen:
            errs.append(f"line {ln}: duplicate page {page}")
        seen.add(page)
        path = os.path.join(pages_dir, page + ".txt")
        if not os.path.exists(path):
            errs.append(f"{page}: no page file"); continue
        text = open(path, encoding="utf-8").read()
        head, _, body = text.partition("\n\n")
        hdr = dict(l.split(": ", 1) for l in head.splitlines())
        if set(hdr) != {"URL", "PUBLISHED", "SOURCE"}:
            errs.append(f"{page}: header keys {sorted(hdr)}")
        pub = None if hdr.get("PUBLISHED") == "unknown" else hdr.get("PUBLISHED")
        if rec["published"] != pub:
            errs.append(f"{page}: published {rec['published']} != header {pub}")
        for i, ev in enumerate(rec["events"]):
            n += 1
            w = f"{page}#{i}"
            if set(ev) != KEYS:
                errs.append(f"{w}: keys {sorted(ev)}")
            if ev["type"] not in TYPES:
                errs.append(f"{w}: type {ev['type']!r}")
            p = ev["partners"]
            if len(p) < 2 or len(set(p)) != len(p) or "EU" not in p:
                errs.append(f"{w}: partners {p}")
            for c in p:
                if c not in ORGS and not re.fullmatch(r"[A-Z]{2}", c):
                    errs.append(f"{w}: partner {c!r}")
            for k in ("start", "end"):
                v = ev[k]
                if v is not None and not DATE.match(v):
                    errs.append(f"{w}: {k} {v!r}")
            if ev["end"] is not None and (ev["start"] is None or ev["end"] < ev["start"]):
                errs.append(f"{w}: end {ev['end']} before start {ev['start']}")
            if ev["edition"] is not None and (not isinstance(ev["edition"], int) or ev["edition"] < 1):
                errs.append(f"{w}: edition {ev['edition']!r}")
            if ev["status"] not in ("held", "planned"):
                errs.append(f"{w}: status {ev['status']!r}")
            loc = ev["location"]
            if loc is not None and (not loc or loc not in body):
                errs.append(f"{w}: location {loc!r} not in page")
            if ev["series"] is not None and not ev["series"].strip():
                errs.append(f"{w}: empty series")
            if not ev["evidence"] or ev["evidence"] not in body:
                errs.append(f"{w}: evidence not verbatim in page: {ev['evidence'][:60]!r}")
            if ev["status"] == "planned" and pub and ev["start"] and ev["start"] < pub[:len(ev["start"])]:
                errs.append(f"{w}: planned but starts before publication")
            if ev["status"] == "held" and pub and ev["start"] and ev["start"] > pub[:len(ev["start"])]:
                errs.append(f"{w}: held but starts after publication")
    for f in sorted(files - seen):
        errs.append(f"{f}: page without gold line")
    for e in errs:
        print(e)
    print(f"{len(seen)} pages, {n} events, {len(errs)} problems")
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
