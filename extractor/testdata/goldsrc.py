"""Helpers for hand-written gold sources (SET/gold_src.py).

A gold_src.py lists its pages with page(name, published, E(...), ...) and
ends with emit(); `python3 gold_src.py > gold.jsonl` writes the gold set,
one JSON line per page, in the order the pages were given.
"""
import json

_pages = []


def E(type, series, partners, start, end, edition, location, status, evidence):
    """One gold event, with the fields of the corpus format."""
    return {"type": type, "series": series, "partners": partners, "start": start,
            "end": end, "edition": edition, "location": location, "status": status,
            "evidence": evidence}


def page(name, published, *events):
    """One page's gold line: its name, publication date (or None) and events."""
    _pages.append({"page": name, "published": published, "events": list(events)})


def emit():
    for rec in _pages:
        print(json.dumps(rec, ensure_ascii=False))
