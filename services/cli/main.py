"""``sitrep``: run the pipeline, feed it, look at what it found."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import signal
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from shared.logging_setup import configure_logging
from shared.settings import Settings, load_settings

log = logging.getLogger("sitrep")
SEEDS = Path("seeds")


def _settings(args: argparse.Namespace) -> Settings:
    overrides: dict[str, Any] = {}
    if getattr(args, "metrics_port", None) is not None:
        overrides["metrics_port"] = args.metrics_port
    return load_settings(**overrides)


def cmd_worker(args: argparse.Namespace, settings: Settings) -> int:
    from shared.worker import run_worker

    builders = {
        "extractor": "services.extractor.agents",
        "linker": "services.linker.agents",
        "incidents": "services.incidents.agents",
        "calendar": "services.diplo_calendar.agents",
        "sink": "services.sink.agents",
    }
    module = __import__(builders[args.service], fromlist=["build"])
    run_worker(module.build(settings), settings)
    return 0


def cmd_broker(args: argparse.Namespace, settings: Settings) -> int:
    from shared.broker import embedded_broker
    from shared.kafka import ensure_topics

    with embedded_broker(settings):
        created = asyncio.run(ensure_topics(settings))
        print(f"broker ready on {settings.kafka_bootstrap}; topics created: {', '.join(created) or 'none'}", flush=True)
        done = False

        def stop(*_: object) -> None:
            nonlocal done
            done = True

        signal.signal(signal.SIGINT, stop)
        signal.signal(signal.SIGTERM, stop)
        while not done:
            time.sleep(0.5)
    return 0


def cmd_topics(args: argparse.Namespace, settings: Settings) -> int:
    from shared.kafka import ensure_topics

    created = asyncio.run(ensure_topics(settings))
    print(f"created: {', '.join(created) or 'none (all exist)'}")
    return 0


def cmd_feed(args: argparse.Namespace, settings: Settings) -> int:
    from prometheus_client import CollectorRegistry, start_http_server

    from services.feeder.publish import FeederMetrics, feed

    registry = CollectorRegistry()
    if args.serve_metrics:
        start_http_server(settings.metrics_port_for("feeder"), addr=settings.metrics_host, registry=registry)
    if args.sources:
        from services.feeder.live.follow import follow
        from services.feeder.live.metrics import FollowMetrics

        live = asyncio.run(follow(settings, args.sources, once=args.once, metrics=FollowMetrics.create(registry)))
        for line in live.lines():
            print(line)
        return 1 if args.once and live.failures else 0
    if not args.paths:
        raise SystemExit("sitrep feed: give files or folders to replay, or --sources FILE to follow live feeds")
    summary = asyncio.run(feed(settings, args.paths, rate=args.rate, metrics=FeederMetrics.create(registry)))
    for line in summary.lines():
        print(line)
    return 0 if summary.published or not summary.rejected else 1


def cmd_up(args: argparse.Namespace, settings: Settings) -> int:
    from services.cli.supervisor import Pipeline, serve_forever

    pipeline = Pipeline(settings)
    try:
        pipeline.start()
        print("sitrep is up; Ctrl-C stops it", file=sys.stderr, flush=True)
        return serve_forever(pipeline)
    finally:
        pipeline.stop()


def wait_for_store(settings: Settings, ids: set[str], timeout: float, settle: float = 3.0) -> dict[str, int]:
    """Until every id is stored, every service has committed all it reads, and the counts stand still.

    Stored ids alone are not enough: an article's incidents and events come later, and a worker
    that restarted owes its rows until it rejoins its group. The groups' committed offsets say
    when nothing is owed; the settle time covers the sink's last write after its commit.
    """
    from services.sink.storage import opened_store
    from shared.app import APP_IDS
    from shared.kafka import unread_records
    from shared.topics import READS

    groups = {APP_IDS[service]: specs for service, specs in READS.items()}
    deadline = time.monotonic() + timeout
    last: dict[str, int] = {}
    behind: dict[str, int] = {}
    stable_since = time.monotonic()
    with opened_store(settings) as store:
        while time.monotonic() < deadline:
            counts = store.table_counts()
            if counts != last:
                last, stable_since = counts, time.monotonic()
            if ids <= store.article_ids() and time.monotonic() - stable_since >= settle:
                behind = asyncio.run(unread_records(settings, groups))
                if not any(behind.values()):
                    return counts
            time.sleep(0.3)
    owed = {group: n for group, n in behind.items() if n}
    raise TimeoutError(
        f"the pipeline did not drain within {timeout:.0f}s (store has {last}; uncommitted records {owed})"
    )


def cmd_demo(args: argparse.Namespace, settings: Settings) -> int:
    from services.cli.report import report
    from services.cli.supervisor import running
    from services.feeder.load import load_paths
    from services.feeder.publish import feed
    from services.sink.storage import opened_store
    from shared.models import Article

    ids = {a.id for a in load_paths(args.paths) if isinstance(a, Article)}
    log_dir = settings.data_dir / "logs"
    print(f"starting broker and services (logs in {log_dir}) ...", flush=True)
    with running(settings, log_dir=log_dir, echo=args.verbose):
        print(f"feeding {len(ids)} articles from {', '.join(map(str, args.paths))} ...", flush=True)
        summary = asyncio.run(feed(settings, args.paths, progress=False))
        for line in summary.lines():
            print(line)
        wait_for_store(settings, ids, timeout=args.timeout)
    with opened_store(settings) as store:
        print(report(store))
    return 0


def cmd_extract(args: argparse.Namespace, settings: Settings) -> int:
    from services.diplo_calendar.events import extract_events
    from services.extractor.extract import enrich
    from services.feeder.load import Rejection, load_paths
    from services.incidents.claims import extract_incidents

    status = 0
    for item in load_paths(args.paths):
        if isinstance(item, Rejection):
            print(f"rejected {item.where}: {item.reason}", file=sys.stderr)
            status = 1
            continue
        enriched = enrich(item, max_text_chars=settings.max_text_chars)
        result = {
            "article": item.model_dump(mode="json"),
            "entities": [e.model_dump(mode="json") for e in enriched.entities],
            "incidents": [i.model_dump(mode="json") for i in extract_incidents(enriched)],
            "calendar": [c.model_dump(mode="json") for c in extract_events(enriched)],
        }
        print(json.dumps(result, ensure_ascii=False, indent=2 if args.pretty else None))
    return status


def cmd_schemas(args: argparse.Namespace, settings: Settings) -> int:
    from shared.schemas import check_schemas, write_schemas

    if args.check:
        drift = check_schemas(args.dir)
        for line in drift:
            print(line)
        return 1 if drift else 0
    for path in write_schemas(args.dir):
        print(f"wrote {path}")
    return 0


def cmd_report(args: argparse.Namespace, settings: Settings) -> int:
    from services.cli.report import report
    from services.sink.storage import opened_store

    with opened_store(settings) as store:
        print(report(store))
    return 0


def _print_rows(rows: list[dict[str, Any]], as_json: bool, render: Any) -> None:
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
    else:
        for row in rows:
            print(render(row))


def cmd_incidents(args: argparse.Namespace, settings: Settings) -> int:
    from services.cli.report import incident_line, tally_line
    from services.sink.storage import opened_store

    with opened_store(settings) as store:
        if args.tallies:
            _print_rows(store.tallies(since=args.since), args.json, tally_line)
        else:
            rows = store.incidents(since=args.since)
            if args.history:
                for row in rows:
                    row["history"] = store.incident_sources(row["incident_id"])
            _print_rows(rows, args.json, incident_line)
    return 0


def cmd_calendar(args: argparse.Namespace, settings: Settings) -> int:
    from datetime import date

    from services.cli.report import event_line
    from services.sink.storage import opened_store

    with opened_store(settings) as store:
        since = date.today().isoformat() if args.upcoming else args.since
        rows = store.events(since=since)
        for row in rows:
            row["history"] = store.event_history(row["event_id"])
        if args.ics:
            from services.diplo_calendar.ics import to_ics

            args.ics.write_bytes(to_ics(rows))
            print(f"wrote {len(rows)} events to {args.ics}")
            return 0
        _print_rows(rows, args.json, event_line)
    return 0


def cmd_deadletter(args: argparse.Namespace, settings: Settings) -> int:
    from services.cli import deadletters
    from services.sink.storage import opened_store

    with opened_store(settings) as store:
        if args.action == "list":
            rows = store.deadletters()
            _print_rows(rows, args.json, deadletters.line)
            return 0
        rows = deadletters.select(store, args.id, args.all, args.include_replayed)
        count = deadletters.replay(settings, store, rows)
        print(f"replayed {count} dead letter{'s' if count != 1 else ''}")
    return 0


def cmd_bench(args: argparse.Namespace, settings: Settings) -> int:
    from services.benchmark.run import render, run, run_soak, summary

    if args.soak:
        report = run_soak(args.soak, args.every)
    else:
        report = run(
            args.articles, rounds=args.rounds, scaling=not args.no_scaling, latency_articles=args.latency_articles
        )
    text = render(report)
    print(summary(report))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(text + "\n")
        print(f"all figures: {args.json}")
    else:
        print(text)
    return 0


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    from services.evaluation.run import evaluate

    result = evaluate(args.gold_dir, args.articles_dir)
    if args.json:
        print(json.dumps(result.as_dict(), indent=2))
    else:
        print("\n".join(result.lines(verbose=args.verbose)))
    return 0 if result.articles else 1


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="sitrep", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)

    w = sub.add_parser("worker", help="run one service (a Faust worker) until SIGTERM")
    w.add_argument("service", choices=["extractor", "linker", "incidents", "calendar", "sink"])
    w.add_argument(
        "--metrics-port", type=int, help="override the service's fixed metrics port (for extra processes on one host)"
    )
    w.set_defaults(func=cmd_worker)

    sub.add_parser("broker", help="run the embedded Tansu broker and create the topics").set_defaults(func=cmd_broker)
    sub.add_parser("topics", help="create sitrep's topics on the configured Kafka").set_defaults(func=cmd_topics)

    f = sub.add_parser("feed", help="publish article files, or follow live RSS/Atom sources, to articles.raw")
    f.add_argument("paths", nargs="*", type=Path)
    f.add_argument("--sources", type=Path, help="follow the feeds listed in this YAML file (see sources.example.yaml)")
    f.add_argument("--once", action="store_true", help="with --sources: poll every source once, then stop")
    f.add_argument("--rate", type=float, help="articles per second (default: as fast as possible)")
    f.add_argument("--serve-metrics", action="store_true", help="serve /metrics while feeding")
    f.set_defaults(func=cmd_feed)

    sub.add_parser("up", help="broker (unless external) and every service; Ctrl-C stops all").set_defaults(func=cmd_up)

    d = sub.add_parser("demo", help="up + feed the seeds + wait for the store + print the report")
    d.add_argument("paths", nargs="*", type=Path, default=[SEEDS])
    d.add_argument("--timeout", type=float, default=120.0)
    d.add_argument("--verbose", action="store_true", help="stream the services' logs")
    d.set_defaults(func=cmd_demo)

    e = sub.add_parser("extract", help="run every extractor in-process, no Kafka; one JSON object per article")
    e.add_argument("paths", nargs="+", type=Path)
    e.add_argument("--json", action="store_true", help="JSON output (the only format; kept for clarity)")
    e.add_argument("--pretty", action="store_true")
    e.set_defaults(func=cmd_extract)

    s = sub.add_parser("schemas", help="write (or --check) the JSON Schemas of the message models")
    s.add_argument("--dir", type=Path, default=Path("schemas"))
    s.add_argument("--check", action="store_true")
    s.set_defaults(func=cmd_schemas)

    sub.add_parser("report", help="print what the store holds").set_defaults(func=cmd_report)

    i = sub.add_parser("incidents", help="stored incident claims (deduplicated), or daily tallies")
    i.add_argument("--since", help="ISO date: only incidents on or after it")
    i.add_argument("--tallies", action="store_true", help="per day, attacker, weapon and claimant sums")
    i.add_argument("--history", action="store_true", help="with each source's figures (JSON output)")
    i.add_argument("--json", action="store_true")
    i.set_defaults(func=cmd_incidents)

    c = sub.add_parser("calendar", help="the diplomatic calendar, with each event's status history")
    when = c.add_mutually_exclusive_group()
    when.add_argument("--upcoming", action="store_true", help="only events from today on")
    when.add_argument("--since", help="ISO date")
    c.add_argument("--json", action="store_true")
    c.add_argument("--ics", type=Path, help="write an iCalendar file instead")
    c.set_defaults(func=cmd_calendar)

    dl = sub.add_parser("deadletter", help="list dead letters, or replay them into their original topics")
    dl.add_argument("action", choices=["list", "replay"])
    dl.add_argument("--id", action="append", help="a dead-letter id (repeatable)")
    dl.add_argument("--all", action="store_true", help="replay every dead letter not replayed yet")
    dl.add_argument("--include-replayed", action="store_true", help="with --all: also those replayed before")
    dl.add_argument("--json", action="store_true")
    dl.set_defaults(func=cmd_deadletter)

    b = sub.add_parser("bench", help="NLP limit vs transport vs whole pipeline; throughput, latency, CPU, memory")
    b.add_argument("--articles", type=int, default=1000)
    b.add_argument("--rounds", type=int, default=3, help="whole-pipeline runs, each between two raw-limit runs")
    b.add_argument("--latency-articles", type=int, default=100, help="articles for the steady 5/s latency run")
    b.add_argument("--no-scaling", action="store_true", help="skip the two-extractor run")
    b.add_argument("--soak", type=int, help="soak mode: this many articles, memory printed at intervals")
    b.add_argument("--every", type=int, default=1000, help="soak: articles between memory samples")
    b.add_argument("--json", type=Path, help="also write the figures here")
    b.set_defaults(func=cmd_bench)

    v = sub.add_parser("eval", help="precision, recall and F1 of the extractors against gold files")
    v.add_argument("gold_dir", type=Path)
    v.add_argument("articles_dir", type=Path)
    v.add_argument("--verbose", action="store_true", help="list every miss and every wrong value")
    v.add_argument("--json", action="store_true")
    v.set_defaults(func=cmd_eval)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    settings = _settings(args)
    configure_logging(settings.log_level, getattr(args, "service", None) or args.command)
    return int(args.func(args, settings))
