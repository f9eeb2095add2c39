"""The benchmark command runs end to end on a tiny corpus (the real figures come from `make bench`)."""

from __future__ import annotations

import pytest

from services.benchmark.run import corpus, run, summary
from shared.cpus import usable_cores

pytestmark = pytest.mark.integration


def test_corpus_has_distinct_ids() -> None:
    articles = corpus(90)
    assert len({a.id for a in articles}) == 90


def test_bench_runs_on_a_tiny_corpus() -> None:
    report = run(6, scaling=True, latency_articles=3, latency_rate=20.0, warm_up=2)
    for part in ("raw_nlp", "raw_transport", "pipeline", "steady_rate", "two_extractors"):
        assert report[part]["articles_per_s"] > 0, part
    for k in ("1", "2"):
        alone = report["extractor_alone"][k]
        assert alone["articles_per_s"] > 0 and alone["extractors"] == int(k)
        processes = {n for n in alone["cpu_ms_per_article"] if n.startswith("extractor")}
        assert len(processes) == int(k), alone
        assert {"broker", "harness"} <= set(alone["cpu_ms_per_article"])
    assert report["extractor_scaling_2_over_1"] > 0
    pipeline = report["pipeline"]
    assert pipeline["latency_s"]["p50"] <= pipeline["latency_s"]["p99"]
    assert set(pipeline["cpu_ms_per_article"]) >= {"extractor", "linker", "incidents", "calendar", "sink"}
    assert all(v > 0 for v in pipeline["rss_mb"].values())
    # Where each process ran: the extractor on a core of its own when there are cores to spare.
    cores = pipeline["cores"]
    if len(usable_cores()) >= 2:
        assert len(cores["extractor"]) == 1 and not set(cores["extractor"]) & set(cores["sink"]), cores
    if len(usable_cores()) == 2:
        two = report["two_extractors"]["cores"]
        assert len(set(map(tuple, two.values()))) == 1, f"two extractors on two cores: nothing pinned {two}"
    assert report["ratio_pipeline_to_nlp"] > 0
    # Each round's ratio is against the faster raw measurement around it; the headline is the median.
    rounds = report["rounds"]
    for r in rounds:
        assert r["ratio"] == pytest.approx(r["pipeline"] / max(r["raw_before"], r["raw_after"]), rel=0.01), r
    assert report["ratio_pipeline_to_nlp"] == sorted(r["ratio"] for r in rounds)[len(rounds) // 2]
    assert report["scaling_2_over_1"] > 0
    table = summary(report)
    for label in ("raw limit", "round trip", "whole pipeline", "steady rate", "extractor alone, 2", "2 extractors"):
        assert label in table, table
    assert f"{report['ratio_pipeline_to_nlp']} of the raw limit" in table
