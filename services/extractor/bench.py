"""Throughput of the extractor against the model it runs.

(a) spaCy ``nlp.pipe`` alone, with the same components the extractor keeps;
(b) :func:`enrich_batch` on the same texts, in the worker's batch size.
The ratio b/a says how much the rules, the gazetteer and geocoding cost on top of the model.

    python -m services.extractor.bench tests/corpus/dev/articles --articles 400
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import time
from pathlib import Path
from typing import Any

from services.extractor.extract import enrich_batch
from services.extractor.gazetteer import default_gazetteer
from services.extractor.geocode import default_geocoder
from services.extractor.model import BATCH_SIZE, load_model
from shared.models import Article

#: The worker's default batch (``SITREP_BATCH_SIZE``).
WORKER_BATCH = 64


def _articles(texts: list[str]) -> list[Article]:
    now = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    return [
        Article(
            id=hashlib.sha256(f"{i}:{t}".encode()).hexdigest()[:16],
            source="bench",
            title=t.split("\n", 1)[0][:200] or "untitled",
            text=t,
            published_at=now,
            ingested_at=now,
        )
        for i, t in enumerate(texts)
    ]


def measure(texts: list[str], *, rules: bool = True) -> dict[str, Any]:
    """Articles/s and words/s for the model alone and (``rules``) for model and rules, and their ratio."""
    nlp = load_model()
    default_gazetteer()
    default_geocoder()
    articles = _articles(texts)
    enrich_batch(articles[:2])  # warm up: first calls fill caches and compile patterns
    words = sum(len(t.split()) for t in texts)

    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=BATCH_SIZE):
        pass
    nlp_seconds = time.perf_counter() - start
    figures: dict[str, Any] = {
        "articles": len(texts),
        "words": words,
        "components": list(nlp.pipe_names),
        "nlp_seconds": round(nlp_seconds, 3),
        "nlp_articles_per_s": round(len(texts) / nlp_seconds, 1),
        "nlp_words_per_s": round(words / nlp_seconds),
    }
    if not rules:
        return figures

    start = time.perf_counter()
    for i in range(0, len(articles), WORKER_BATCH):
        enrich_batch(articles[i : i + WORKER_BATCH])
    enrich_seconds = time.perf_counter() - start

    return {
        **figures,
        "enrich_seconds": round(enrich_seconds, 3),
        "enrich_articles_per_s": round(len(texts) / enrich_seconds, 1),
        "enrich_words_per_s": round(words / enrich_seconds),
        "ratio": round(nlp_seconds / enrich_seconds, 3),
    }


def _texts(paths: list[Path], count: int) -> list[str]:
    files = sorted(p for path in paths for p in ([path] if path.is_file() else path.glob("*.txt")))
    base = [f.read_text(encoding="utf-8") for f in files]
    if not base:
        raise SystemExit("no .txt articles found")
    return [base[i % len(base)] for i in range(count)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--articles", type=int, default=400, help="repeat the texts up to this many articles")
    args = parser.parse_args(argv)
    print(json.dumps(measure(_texts(args.paths, args.articles)), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
