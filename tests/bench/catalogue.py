"""Catalogue search on 5,000 services and handout generation, with their targets.

Search: typical queries (one folded prefix, two words, words with filters, filters alone) through
``app.catalogue.search.search`` as the Services page calls it (first 100 results), each run many times; median and
p95 over all runs, beside a raw FTS5 MATCH of the same words on the same file. Handout: the median time to build a
sheet of three services (cold QR cache and warm) and its size.
Run: python -m tests.bench.catalogue [--services N] [--runs N]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from app.catalogue.search import match_expression, search
from app.db import open_store
from app.handouts import qr_modules
from app.identity import current_author
from app.models import Municipality, Organisation, Service, Theme
from app.services import referrals
from tests.bench.table import Figure, ms, percentile, report

WORDS = [
    "perhe",
    "vanhemmuus",
    "väkivalta",
    "lähisuhde",
    "nuoret",
    "lapset",
    "ryhmä",
    "vertaistuki",
    "keskustelu",
    "kriisi",
    "ero",
    "jaksaminen",
    "päihteet",
    "omaiset",
    "mielenterveys",
    "neuvonta",
    "tukihenkilö",
    "harrastus",
    "kerho",
    "leiri",
    "kohtaamispaikka",
    "kasvatus",
    "arki",
    "koulu",
    "syömishäiriö",
    "turvakoti",
    "puhelin",
    "chat",
    "etä",
    "maahanmuuttaja",
    "kotoutuminen",
    "föräldraskap",
    "stöd",
    "familj",
    "unga",
    "barn",
    "samtal",
    "grupp",
    "våld",
    "rusmedel",
    "anhöriga",
    "ork",
]
QUERIES = [
    {"words": "vaki"},
    {"words": "perhe"},
    {"words": "forald"},
    {"words": "ero vertais"},
    {"words": "nuor", "municipality": "400"},
    {"words": "tuki", "theme": "parenting", "language": "fi"},
    {"theme": "violence", "municipality": "895", "target_group": "youth"},
    {"words": "kohtaamispaik", "language": "sv", "target_group": "families"},
]


def build(directory: Path, count: int, seed: int = 7) -> Path:
    rng = random.Random(seed)
    store = open_store(directory)
    with store.session() as session:
        themes = [t.key for t in session.query(Theme)]
        municipalities = [m.code for m in session.query(Municipality)]
        organisations = [o.id for o in session.query(Organisation)]
        for number in range(count):
            words = rng.sample(WORDS, 12)
            session.add(
                Service(
                    id=f"bench-{number}",
                    organisation_id=rng.choice(organisations),
                    name_fi=" ".join(words[:3]).capitalize(),
                    name_sv=" ".join(words[3:5]).capitalize(),
                    description_fi=" ".join(rng.choices(WORDS, k=40)),
                    description_sv=" ".join(rng.choices(WORDS, k=25)),
                    keywords=" ".join(words[5:9]),
                    themes=rng.sample(themes, rng.randint(1, 3)),
                    target_groups=rng.sample(["children", "youth", "parents", "families", "professionals"], 2),
                    languages=rng.sample(["fi", "sv", "en"], rng.randint(1, 3)),
                    areas=[] if rng.random() < 0.3 else rng.sample(municipalities, rng.randint(1, 6)),
                    access=["booking"],
                    phone="0800 12345",
                    web=f"https://example.fi/palvelu/{number}",
                    source="ptv",
                )
            )
        session.commit()
    store.close()
    return directory


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--services", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--json", type=Path, help=argparse.SUPPRESS)  # for python -m tests.bench
    options = parser.parse_args()
    figures: list[Figure] = []
    directory = Path(tempfile.mkdtemp(prefix="pysakki-bench-catalogue-"))
    started = time.perf_counter()
    build(directory, options.services)
    print(f"catalogue: {options.services} services (+22 shipped), built in {time.perf_counter() - started:.1f} s")
    store = open_store(directory)
    timings: list[float] = []
    raw: list[float] = []
    found: list[int] = []
    with store.session() as session:
        connection = session.connection().connection.driver_connection
        assert connection is not None
        for query in QUERIES * 2:  # warm the page cache
            search(session=session, limit=100, **query)  # type: ignore[arg-type]
        for _ in range(options.runs):
            for query in QUERIES:
                began = time.perf_counter()
                hits = search(session=session, limit=100, **query)  # type: ignore[arg-type]
                timings.append(time.perf_counter() - began)
                found.append(len(hits))
                expression = match_expression(str(query.get("words", "")))
                if expression:
                    began = time.perf_counter()
                    connection.execute(
                        "SELECT rowid FROM service_search WHERE service_search MATCH ? ORDER BY rank LIMIT 100",
                        (expression,),
                    ).fetchall()
                    raw.append(time.perf_counter() - began)
        print(
            f"search, {len(timings)} runs of {len(QUERIES)} queries (median {statistics.median(found):.0f} hits): "
            f"median {statistics.median(timings) * 1000:.2f} ms, p95 {percentile(timings, 0.95) * 1000:.2f} ms "
            f"(target p95 under 50 ms)"
        )
        print(
            f"raw FTS5 MATCH of the same words: median {statistics.median(raw) * 1000:.2f} ms, "
            f"p95 {percentile(raw, 0.95) * 1000:.2f} ms"
        )
        p95 = percentile(timings, 0.95)
        raw_text = f"raw FTS5 MATCH: p95 {ms(percentile(raw, 0.95), 2)}"
        figures.append(Figure("catalogue", f"search in {options.services} services, p95", ms(p95, 2), "< 50 ms",
                              p95 < 0.05, raw_text))  # fmt: skip
        author = current_author(session)
        ids = ["mll-vanhempainpuhelin", "etk-vakivaltatyo", "bench-1"]
        for label, cold in (("cold QR cache", True), ("warm", False)):
            times, size = [], 0
            for _ in range(max(10, options.runs // 2)):
                if cold:
                    qr_modules.cache_clear()
                began = time.perf_counter()
                pdf = referrals.handout_pdf(
                    session=session, author=author, service_ids=ids, language="fi", day=date(2026, 11, 22)
                )
                times.append(time.perf_counter() - began)
                size = len(pdf)
            print(
                f"handout of 3 services, {label}: median {statistics.median(times) * 1000:.1f} ms, "
                f"p95 {percentile(times, 0.95) * 1000:.1f} ms, {size / 1024:.0f} KB "
                "(targets: median under 50 ms, under 100 KB)"
            )
            median = statistics.median(times)
            figures.append(Figure("handout", f"3 services, {label}, median", ms(median, 1), "< 50 ms", median < 0.05))
            figures.append(Figure("handout", f"3 services, {label}, size", f"{size / 1024:.0f} KB", "< 100 KB",
                                  size < 100 * 1024))  # fmt: skip
    store.close()
    report(figures, options.json)


if __name__ == "__main__":
    main()
