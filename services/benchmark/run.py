"""The benchmark: raw NLP limit, raw Kafka transport, and the whole pipeline, on the same texts.

Run with ``sitrep bench`` (or ``make bench``). It prints a table and writes JSON, so runs can be compared.
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from services.benchmark.procs import cpu_seconds, rss_mb
from services.cli.supervisor import Pipeline, isolated_pipeline
from services.feeder.load import load_paths
from services.sink.storage import SQLiteStore
from shared.codec import encode
from shared.cpus import affinity, pin, plan_cpus, usable_cores
from shared.kafka import client_options, new_producer
from shared.models import Article
from shared.settings import Settings
from shared.topics import ARTICLES_RECOGNIZED, TopicSpec

CORPUS = Path(__file__).resolve().parents[2] / "tests" / "corpus" / "dev" / "articles"
STAGES = ("extractor", "linker", "incidents", "calendar", "sink")
WARM_UP_ARTICLES = 64  # one batch (SITREP_BATCH_SIZE's default)


def corpus(n: int, source: Path = CORPUS, *, prefix: str = "bench") -> list[Article]:
    """``n`` distinct articles cycling through the dev corpus texts (own id and url each)."""
    base = [a for a in load_paths([source]) if isinstance(a, Article)]
    if not base:
        raise SystemExit(f"no articles in {source}")
    return [
        base[i % len(base)].model_copy(
            update={
                "id": f"{prefix}{i:011d}",
                "url": f"https://bench.test/{prefix}/{i}",
                "title": f"{base[i % len(base)].title} #{i}",
            }
        )
        for i in range(n)
    ]


def words(articles: list[Article]) -> int:
    return sum(len(a.text.split()) for a in articles)


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


@dataclass
class Result:
    name: str
    articles: int
    seconds: float
    words: int
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def per_second(self) -> float:
        return self.articles / self.seconds if self.seconds else float("nan")

    def as_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "seconds": round(self.seconds, 3),
            "articles_per_s": round(self.per_second, 2),
            "words_per_s": round(self.words / self.seconds, 1) if self.seconds else None,
            **self.extra,
        }


def raw_nlp(articles: list[Article], *, rules: bool = True) -> Result:
    """The NLP limit: the extractor's own model over the same texts, nothing else."""
    from services.extractor.bench import measure

    figures = measure([a.text for a in articles], rules=rules)
    return Result("raw_nlp", len(articles), figures["nlp_seconds"], words(articles), {"details": figures})


@contextmanager
def fresh_pipeline(folder: Path, *, extractors: int = 1, warm_up: int = WARM_UP_ARTICLES) -> Iterator[Pipeline]:
    """A pipeline of its own, warmed up: one batch of articles is fed and stored before any timing,
    so that partition assignment and the first connections are not counted as throughput."""
    with isolated_pipeline(folder, extractors=extractors, SITREP_LOG_LEVEL="WARNING") as (pipeline, _):
        if warm_up:
            _warm_up(pipeline, lambda batch: whole_pipeline(pipeline, batch), warm_up)
        yield pipeline


async def _round_trip(settings: Settings, payloads: list[bytes]) -> float:
    topic = f"bench.transport.{int(time.time() * 1000)}"
    admin = AIOKafkaAdminClient(**client_options(settings))
    await admin.start()
    try:
        await admin.create_topics([NewTopic(topic, num_partitions=4, replication_factor=1)])
    finally:
        await admin.close()
    consumer = AIOKafkaConsumer(topic, **client_options(settings), auto_offset_reset="earliest", group_id=topic)
    await consumer.start()
    producer = new_producer(settings)
    await producer.start()
    started = time.perf_counter()
    try:
        sends = [await producer.send(topic, p, key=str(i).encode()) for i, p in enumerate(payloads)]
        await asyncio.gather(*sends)
        received = 0
        while received < len(payloads):
            batch = await consumer.getmany(timeout_ms=1000)
            received += sum(len(v) for v in batch.values())
        return time.perf_counter() - started
    finally:
        await producer.stop()
        await consumer.stop()


def raw_transport(pipeline: Pipeline, articles: list[Article]) -> Result:
    payloads = [encode(a) for a in articles]
    seconds = asyncio.run(_round_trip(pipeline.settings, payloads))
    return Result(
        "raw_transport", len(articles), seconds, words(articles), {"mb": round(sum(map(len, payloads)) / 1e6, 2)}
    )


async def _publish(settings: Settings, articles: list[Article], rate: float | None) -> None:
    producer = new_producer(settings)
    await producer.start()
    interval = 1.0 / rate if rate else 0.0
    try:
        pending = []
        for article in articles:
            started = time.monotonic()
            # Stamped at publish time: stored_at - ingested_at is then publish-to-stored latency.
            stamped = article.model_copy(update={"ingested_at": datetime.now(UTC)})
            pending.append(await producer.send("articles.raw", encode(stamped), key=article.id.encode()))
            if interval:
                await asyncio.sleep(max(0.0, interval - (time.monotonic() - started)))
        await asyncio.gather(*pending)
    finally:
        await producer.stop()


def _stored(store: SQLiteStore, ids: set[str]) -> list[dict[str, Any]]:
    low, high = min(ids), max(ids)
    rows = store._rows("SELECT id, ingested_at, stored_at FROM articles WHERE id BETWEEN ? AND ?", (low, high))
    return [r for r in rows if r["id"] in ids]


def _stored_count(store: SQLiteStore, ids: set[str]) -> int:
    """How many of ``ids`` are stored: a count over the key's index, not a scan of every row, since
    the poll runs five times a second beside the pipeline it measures."""
    (row,) = store._rows("SELECT COUNT(*) AS n FROM articles WHERE id BETWEEN ? AND ?", (min(ids), max(ids)))
    return int(row["n"])


@contextmanager
def _harness_beside(pipeline: Pipeline) -> Iterator[None]:
    """This process (it publishes and polls) on the cores of the non-model processes while the
    pipeline runs: the measuring apparatus should not take time from the model's core, as the
    broker and the feeder do not."""
    cores = usable_cores()
    names = [*pipeline.processes, "harness"]
    if pipeline.settings.pin_cpus:
        pin(os.getpid(), plan_cpus(names, cores)["harness"])
    try:
        yield
    finally:
        pin(os.getpid(), cores)


def _consumed(pipeline: Pipeline, name: str) -> float:
    """What ``name``'s ``sitrep_messages_in`` counter says it has read so far."""
    url = f"http://{pipeline.settings.metrics_host}:{pipeline.port(name)}/metrics"
    with urllib.request.urlopen(url, timeout=5) as response:
        text = response.read().decode()
    counts = [line.rsplit(" ", 1)[1] for line in text.splitlines() if line.startswith("sitrep_messages_in_total{")]
    return sum(float(c) for c in counts)


def _warm_up(pipeline: Pipeline, feed: Callable[[list[Article]], object], size: int, timeout: float = 120) -> None:
    """Feed batches until every extractor process has read some: a process that joined the consumer
    group last is "ready" before the group has rebalanced, and that pause must not be timed."""
    extractors = [n for n in pipeline.processes if n.split("#")[0] == "extractor"]
    deadline = time.monotonic() + timeout
    attempt = 0
    while True:
        # At least two articles per partition, so that every partition (and so every process) gets some.
        feed(corpus(max(size, 2 * pipeline.settings.topic_partitions), prefix=f"warmup{attempt}x"))
        if all(_consumed(pipeline, name) > 0 for name in extractors):
            return
        if time.monotonic() > deadline:
            raise TimeoutError(f"not every extractor read a message within {timeout:.0f} s of warming up")
        attempt += 1


def _pids(pipeline: Pipeline) -> dict[str, int]:
    """The services, and the broker and this harness (publisher and poller) whose CPU shares the cores."""
    pids = {name: p.pid for name, p in pipeline.processes.items()}
    if pipeline.broker is not None and pipeline.broker.process is not None:
        pids["broker"] = pipeline.broker.process.pid
    pids["harness"] = os.getpid()
    return pids


def whole_pipeline(
    pipeline: Pipeline, articles: list[Article], *, rate: float | None = None, timeout: float = 1800
) -> Result:
    store = SQLiteStore(pipeline.settings.sqlite_path)
    store.setup()
    pids = _pids(pipeline)
    cpu_before = {name: cpu_seconds(pid) for name, pid in pids.items()}
    wanted = {a.id for a in articles}
    with _harness_beside(pipeline):
        started = time.perf_counter()
        asyncio.run(_publish(pipeline.settings, articles, rate))
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if _stored_count(store, wanted) >= len(wanted):
                break
            time.sleep(0.2)
        else:
            raise TimeoutError("the pipeline did not store every benchmark article in time")
        seconds = time.perf_counter() - started
    rows = _stored(store, wanted)
    latencies = [
        (datetime.fromisoformat(r["stored_at"]) - datetime.fromisoformat(r["ingested_at"])).total_seconds()
        for r in rows
    ]
    cpu = {name: round((cpu_seconds(pid) - cpu_before[name]) / len(articles) * 1000, 3) for name, pid in pids.items()}
    rss = {name: round(rss_mb(pid), 1) for name, pid in pids.items()}
    cores = {name: sorted(affinity(pid)) for name, pid in pids.items() if name != "harness"}
    store.close()
    return Result(
        "pipeline",
        len(articles),
        seconds,
        words(articles),
        {
            "latency_s": {
                "p50": round(percentile(latencies, 50), 3),
                "p95": round(percentile(latencies, 95), 3),
                "p99": round(percentile(latencies, 99), 3),
                "mean": round(statistics.fmean(latencies), 3) if latencies else None,
            },
            "cpu_ms_per_article": cpu,
            "rss_mb": rss,
            "cores": cores,
            "rate": rate,
        },
    )


async def _fed_and_out(settings: Settings, articles: list[Article], timeout: float, out: TopicSpec) -> float:
    """Publish ``articles`` and wait until every one is on the topic ``out``; the seconds taken."""
    consumer = AIOKafkaConsumer(**client_options(settings), enable_auto_commit=False)
    await consumer.start()
    try:
        partitions = consumer.partitions_for_topic(out.name) or set()
        if not partitions:
            await consumer.force_metadata_update()
            partitions = consumer.partitions_for_topic(out.name) or set()
        consumer.assign([TopicPartition(out.name, p) for p in partitions])
        await consumer.seek_to_end()
        wanted = {a.id.encode() for a in articles}
        started = time.perf_counter()
        publishing = asyncio.create_task(_publish(settings, articles, None))
        while wanted:
            if time.perf_counter() - started > timeout:
                raise TimeoutError(f"{len(wanted)} articles never reached {out.name}")
            for records in (await consumer.getmany(timeout_ms=200)).values():
                wanted.difference_update(r.key for r in records if r.key is not None)
        seconds = time.perf_counter() - started
        await publishing
        return seconds
    finally:
        await consumer.stop()


def extractor_alone(
    folder: Path, articles: list[Article], *, extractors: int, warm_up: int = WARM_UP_ARTICLES, timeout: float = 1800
) -> Result:
    """The extractor stage by itself (``extractors`` processes, one consumer group): the stage that
    carries the model, and the one to scale out; the linker, the rule workers and the sink are not
    running, and an article counts when its spans are on ``articles.recognized``."""
    alone = isolated_pipeline(folder, extractors=extractors, services=("extractor",), SITREP_LOG_LEVEL="WARNING")
    out = ARTICLES_RECOGNIZED
    with alone as (pipeline, _):
        if warm_up:
            _warm_up(pipeline, lambda batch: asyncio.run(_fed_and_out(pipeline.settings, batch, timeout, out)), warm_up)
        pids = _pids(pipeline)
        cpu_before = {name: cpu_seconds(pid) for name, pid in pids.items()}
        seconds = asyncio.run(_fed_and_out(pipeline.settings, articles, timeout, out))
        cpu = {
            name: round((cpu_seconds(pid) - cpu_before[name]) / len(articles) * 1000, 3) for name, pid in pids.items()
        }
    return Result(
        "extractor_alone",
        len(articles),
        seconds,
        words(articles),
        {"extractors": extractors, "cpu_ms_per_article": cpu},
    )


def soak(pipeline: Pipeline, articles: list[Article], chunk: int) -> list[dict[str, Any]]:
    """Feed in chunks; memory of every service after each one."""
    samples = []
    for start in range(0, len(articles), chunk):
        part = articles[start : start + chunk]
        whole_pipeline(pipeline, part)
        samples.append(
            {"articles": start + len(part), **{n: round(rss_mb(p.pid), 1) for n, p in pipeline.processes.items()}}
        )
    return samples


def run(
    n: int,
    *,
    rounds: int = 3,
    scaling: bool = True,
    latency_rate: float = 5.0,
    latency_articles: int = 100,
    warm_up: int = WARM_UP_ARTICLES,
) -> dict[str, Any]:
    articles = corpus(n)
    report: dict[str, Any] = {"machine": {"cores": os.cpu_count()}, "articles": n, "words": words(articles)}
    # The machine's speed drifts by 10 % or more within minutes here, so one raw measurement and one
    # pipeline run minutes apart compare two different machines. Instead: ``rounds`` pipeline runs,
    # each between two raw measurements; each round's ratio is taken against the faster of the two
    # raw measurements around it (a slow spell in one of them cannot flatter the pipeline), and the
    # median round is the headline.
    raws = [raw_nlp(articles)]
    runs: list[Result] = []
    # The embedded broker keeps every message in memory, and its CPU per message grows with what it
    # holds (4.0 ms per article in a first round on one broker, 7.5 in a third). So each round, and
    # the steady-rate run, gets a pipeline of its own: every round measures the same thing.
    with tempfile.TemporaryDirectory(prefix="sitrep-bench-") as tmp:
        for k in range(max(1, rounds)):
            with fresh_pipeline(Path(tmp) / f"round{k}", warm_up=warm_up) as pipeline:
                runs.append(whole_pipeline(pipeline, articles))
                if k == 0:
                    report["raw_transport"] = raw_transport(pipeline, articles).as_dict()
            raws.append(raw_nlp(articles, rules=False))
        with fresh_pipeline(Path(tmp) / "steady", warm_up=warm_up) as pipeline:
            steady = corpus(latency_articles + n)[n:]
            report["steady_rate"] = whole_pipeline(pipeline, steady, rate=latency_rate).as_dict()
        limits = [max(raws[k], raws[k + 1], key=lambda r: r.per_second) for k in range(len(runs))]
        ratios = [run.per_second / limit.per_second for run, limit in zip(runs, limits, strict=True)]
        median = sorted(range(len(runs)), key=lambda k: ratios[k])[len(runs) // 2]
        full, nlp = runs[median], limits[median]
        report["pipeline"] = full.as_dict()
        report["raw_nlp"] = {**raws[0].as_dict(), **{k: v for k, v in nlp.as_dict().items() if k != "details"}}
        report["rounds"] = [
            {
                "raw_before": round(raws[k].per_second, 2),
                "pipeline": round(runs[k].per_second, 2),
                "raw_after": round(raws[k + 1].per_second, 2),
                "ratio": round(ratios[k], 3),
            }
            for k in range(len(runs))
        ]
        report["ratio_pipeline_to_nlp"] = round(ratios[median], 3)
        if scaling:
            alone = {
                k: extractor_alone(Path(tmp) / f"alone{k}", articles, extractors=k, warm_up=warm_up) for k in (1, 2)
            }
            report["extractor_alone"] = {str(k): r.as_dict() for k, r in alone.items()}
            report["extractor_scaling_2_over_1"] = round(alone[2].per_second / alone[1].per_second, 3)
            with fresh_pipeline(Path(tmp) / "two", extractors=2, warm_up=warm_up) as pipeline:
                two = whole_pipeline(pipeline, articles)
            report["two_extractors"] = two.as_dict()
            report["scaling_2_over_1"] = round(two.per_second / full.per_second, 3)
    return report


def run_soak(n: int, chunk: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="sitrep-soak-") as tmp, fresh_pipeline(Path(tmp)) as pipeline:
        samples = soak(pipeline, corpus(n), chunk)
    first, last = samples[0], samples[-1]
    growth = {k: round((last[k] - first[k]) / first[k] * 100, 1) for k in first if k != "articles" and first[k]}
    return {"soak": samples, "rss_growth_percent_first_to_last": growth}


def render(report: dict[str, Any]) -> str:
    return json.dumps(report, indent=2)


def _row(name: str, part: dict[str, Any] | None, note: str = "") -> str:
    if not part:
        return ""
    words = part.get("words_per_s")
    latency = part.get("latency_s") or {}
    lat = f"{latency['p50']:.2f} / {latency['p95']:.2f} / {latency['p99']:.2f}" if latency else ""
    return f"{name:<34}{part['articles_per_s']:>10.1f}{(f'{words:,.0f}' if words else ''):>10}  {lat:<24}{note}\n"


def summary(report: dict[str, Any]) -> str:
    """The figures a reader compares, as a table; the JSON holds everything."""
    if "soak" in report:
        lines = ["articles  " + "  ".join(f"{k:>12}" for k in report["soak"][0] if k != "articles")]
        for sample in report["soak"]:
            lines.append(
                f"{sample['articles']:>8}  " + "  ".join(f"{v:>9.1f} MB" for k, v in sample.items() if k != "articles")
            )
        growth = ", ".join(f"{k} {v:+.1f} %" for k, v in report["rss_growth_percent_first_to_last"].items())
        return "\n".join(lines) + f"\nresident memory, first to last sample: {growth}\n"
    out = f"{report['articles']} articles, {report['words']:,} words, {report['machine']['cores']} cores\n"
    out += f"{'run':<34}{'art/s':>10}{'words/s':>10}  {'p50 / p95 / p99 s':<24}\n"
    out += _row("spaCy nlp.pipe (raw limit)", report.get("raw_nlp"), "the faster one around the median round")
    out += _row("aiokafka round trip", report.get("raw_transport"), f"{report['raw_transport']['mb']} MB")
    out += _row("whole pipeline", report.get("pipeline"), f"{report.get('ratio_pipeline_to_nlp')} of the raw limit")
    for k, r in enumerate(report.get("rounds", []), 1):
        out += (
            f"{'':<34}round {k}: raw {r['raw_before']:.1f}, pipeline {r['pipeline']:.1f}, raw {r['raw_after']:.1f}"
            f" art/s: {r['ratio']}\n"
        )
    out += _row("steady rate", report.get("steady_rate"), f"{report['steady_rate']['rate']}/s offered")
    for k, part in report.get("extractor_alone", {}).items():
        out += _row(f"extractor alone, {k} process(es)", part)
    if "extractor_scaling_2_over_1" in report:
        out += f"{'':<34}extractor stage scaling 2/1: {report['extractor_scaling_2_over_1']}\n"
    out += _row("whole pipeline, 2 extractors", report.get("two_extractors"), f"{report.get('scaling_2_over_1')} x one")
    cpu = report["pipeline"]["cpu_ms_per_article"]
    rss = report["pipeline"]["rss_mb"]
    out += "CPU ms per article: " + ", ".join(f"{k} {v:.1f}" for k, v in cpu.items()) + "\n"
    out += "resident memory MB: " + ", ".join(f"{k} {v:.0f}" for k, v in rss.items()) + "\n"
    return out
