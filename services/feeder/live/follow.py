"""Following live sources: poll each feed on its own schedule and publish its new articles to ``articles.raw``.

An entry becomes an article from its own full text, else (``fetch_pages``) from its page's main text, else
from its summary. Each entry is published, skipped as a duplicate, rejected with a reason, or deferred to
the next poll (its page could not be fetched this time); nothing half-parsed is published, and no single
entry, page or source stops the others.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import signal
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, Protocol

from aiokafka.errors import KafkaError
from pydantic import ValidationError

from services.feeder.live.feeds import FeedEntry, NotAFeed, ParsedFeed, parse_feed
from services.feeder.live.fetch import Fetcher, FetchError, Validators
from services.feeder.live.keys import entry_id, title_key
from services.feeder.live.metrics import FollowMetrics
from services.feeder.live.pages import NoMainText, PageContent, extract_page
from services.feeder.live.sources import Source, load_sources
from services.feeder.live.state import FeederState, state_path
from services.feeder.load import Rejection, build_article
from shared.codec import encode
from shared.kafka import new_producer
from shared.models import Article, normalize_url
from shared.settings import Settings
from shared.topics import ARTICLES_RAW, key_of

log = logging.getLogger(__name__)

FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
#: How often a long-running follower drops old seen-entry records.
PRUNE_EVERY_S = 3600.0
KEEP_REJECTIONS = 1000

Outcome = Literal["published", "duplicate", "rejected", "deferred", "skipped"]


@dataclass(frozen=True)
class PollFailure:
    source: str
    kind: str
    reason: str
    #: Failed polls in a row, this one included.
    consecutive: int
    retry_in: float


@dataclass
class FollowSummary:
    """What a run did. Counts are totals; the lists are kept short so that a run of months stays small."""

    polls: int = 0
    failed_polls: int = 0
    not_modified: int = 0
    published: int = 0
    duplicates: int = 0
    deferred: int = 0
    rejected_count: int = 0
    #: The most recent rejections (at most ``KEEP_REJECTIONS``).
    rejected: list[Rejection] = field(default_factory=list)
    #: The latest failure of each source that failed.
    failures: list[PollFailure] = field(default_factory=list)

    def add_rejection(self, rejection: Rejection) -> None:
        self.rejected_count += 1
        self.rejected = [*self.rejected[-(KEEP_REJECTIONS - 1) :], rejection]

    def add_failure(self, failure: PollFailure) -> None:
        self.polls += 1
        self.failed_polls += 1
        self.failures = [f for f in self.failures if f.source != failure.source] + [failure]

    def lines(self) -> list[str]:
        out = [
            f"polls {self.polls} (not modified {self.not_modified}, failed {self.failed_polls}), "
            f"published {self.published}, duplicates skipped {self.duplicates}, "
            f"rejected {self.rejected_count}, deferred to the next poll {self.deferred}"
        ]
        out += [
            f"  failed {f.source}: {f.kind}: {f.reason} ({f.consecutive} in a row; next poll in {_secs(f.retry_in)})"
            for f in self.failures
        ]
        out += [f"  rejected {r.where}: {r.reason}" for r in self.rejected]
        return out


def _secs(seconds: float) -> str:
    return f"{seconds:.1f}s" if seconds < 10 else f"{seconds:.0f}s"


def source_backoff(failures: int, *, interval: float, cap: float, rand: Callable[[], float] = random.random) -> float:
    """Seconds before polling a source again after ``failures`` failed polls in a row.

    The poll interval doubles per failure up to ``cap`` (or the interval itself, when that is longer), and
    is never shortened; up to a fifth of it is random so that sources that failed together (one outage) do
    not all come back at once.
    """
    delay = min(max(cap, interval), interval * 2.0 ** max(0, failures - 1))
    return max(interval, delay * (0.8 + 0.2 * rand()))


class Publisher(Protocol):
    async def publish(self, article: Article) -> None: ...


class KafkaPublisher:
    def __init__(self, settings: Settings) -> None:
        self._producer = new_producer(settings)
        self._started = False

    async def start(self) -> None:
        await self._producer.start()
        self._started = True

    async def stop(self) -> None:
        if self._started:
            await self._producer.stop()
            self._started = False

    async def publish(self, article: Article) -> None:
        # Waiting for the acknowledgement is what lets the state record the entry as published.
        await self._producer.send_and_wait(
            ARTICLES_RAW.name, encode(article), key=key_of(ARTICLES_RAW, article).encode()
        )


class _Rejected(Exception):
    def __init__(self, code: str, detail: str) -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail


class _Deferred(Exception):
    pass


def _language(*tags: str | None) -> str:
    for tag in tags:
        if tag and tag.strip():
            return tag.strip().replace("_", "-").split("-")[0].lower()
    return "en"


def _validation_reason(exc: ValueError) -> str:
    if isinstance(exc, ValidationError):
        return "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()[:5])
    return str(exc)


async def _stopped_within(stop: asyncio.Event, seconds: float) -> bool:
    try:
        await asyncio.wait_for(stop.wait(), timeout=max(0.0, seconds))
    except TimeoutError:
        return False
    return True


class Follower:
    def __init__(
        self,
        settings: Settings,
        sources: list[Source],
        state: FeederState,
        fetcher: Fetcher,
        publisher: Publisher,
        metrics: FollowMetrics,
        *,
        summary: FollowSummary | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.settings = settings
        self.sources = sources
        self.state = state
        self.fetcher = fetcher
        self.publisher = publisher
        self.metrics = metrics
        self.summary = summary if summary is not None else FollowSummary()
        self.clock = clock
        self._semaphore = asyncio.Semaphore(settings.feeder_concurrency)
        # Ids being processed right now: two sources carrying one story are polled concurrently.
        self._claimed: set[str] = set()
        for source in sources:
            known = state.source(source.name)
            metrics.healthy.labels(source=source.name).set(0 if known.failures else 1)
            metrics.consecutive_failures.labels(source=source.name).set(known.failures)
            if known.last_success is not None:
                metrics.last_success.labels(source=source.name).set(known.last_success)

    # --- scheduling ------------------------------------------------------------------

    async def run_once(self) -> None:
        results = await asyncio.gather(*(self._poll_limited(s) for s in self.sources), return_exceptions=True)
        for source, result in zip(self.sources, results, strict=True):
            if isinstance(result, Exception):
                log.error("%s: the poll could not be recorded: %r", source.name, result)

    async def run_until(self, stop: asyncio.Event) -> None:
        tasks = [
            asyncio.create_task(self._follow(source, stop), name=f"follow {source.name}") for source in self.sources
        ]
        try:
            while not await _stopped_within(stop, PRUNE_EVERY_S):
                try:
                    self.prune()
                except sqlite3.Error:
                    log.exception("pruning the feeder state failed; trying again in %s", _secs(PRUNE_EVERY_S))
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

    async def _follow(self, source: Source, stop: asyncio.Event) -> None:
        errors = 0
        while not stop.is_set():
            try:
                wait = self.due_in(source)
                if wait > 0 and await _stopped_within(stop, wait):
                    return
                await self._poll_limited(source)
                errors = 0
            except Exception:
                # The state file itself failed (disk full, say): the schedule it keeps is gone, so back off
                # here, or the same entries would be fetched and published again and again.
                errors += 1
                delay = source_backoff(
                    errors, interval=source.poll_interval, cap=self.settings.feeder_source_backoff_max_s
                )
                log.exception("%s: the poll could not be recorded; next try in %s", source.name, _secs(delay))
                if await _stopped_within(stop, delay):
                    return

    def due_in(self, source: Source) -> float:
        """Seconds until the source's next poll; the schedule (and a backoff) survives restarts."""
        known = self.state.source(source.name)
        if known.failures and known.next_poll is not None:
            due = known.next_poll
        elif known.last_poll is not None:
            # From the interval in force, so that a shorter interval in sources.yaml applies at once.
            due = known.last_poll + source.poll_interval
        else:
            return 0.0
        return due - self.clock()

    def prune(self) -> int:
        removed = self.state.prune(now=self.clock(), retention_s=self.settings.feeder_seen_retention_days * 86400)
        if removed:
            log.info(
                "pruned %d seen entries not in any feed for %g days", removed, self.settings.feeder_seen_retention_days
            )
        return removed

    async def _poll_limited(self, source: Source) -> None:
        async with self._semaphore:
            await self.poll(source)

    # --- one poll --------------------------------------------------------------------

    async def poll(self, source: Source) -> None:
        """Poll one source; every failure is recorded, none escapes."""
        try:
            await self._poll(source)
        except KafkaError as exc:
            self._failed(source, "publish", f"{type(exc).__name__}: {exc}", target="publish")
        except Exception as exc:  # a bug met on one source must not stop the others
            log.exception("%s: unexpected error while polling", source.name)
            self._failed(source, "internal", f"{type(exc).__name__}: {exc}")

    async def _poll(self, source: Source) -> None:
        known = self.state.source(source.name)
        validators = known.validators_for(source.url)
        try:
            result = await self.fetcher.get(
                source.url, host_interval=source.host_interval, validators=validators, accept=FEED_ACCEPT
            )
        except FetchError as exc:
            self._failed(source, exc.kind, exc.reason, retry_after=exc.retry_after)
            return
        if result.not_modified:
            self.summary.not_modified += 1
            kept = Validators(
                result.validators.etag or validators.etag, result.validators.last_modified or validators.last_modified
            )
            self._succeeded(source, kept, result="not_modified")
            return
        try:
            feed = await asyncio.to_thread(
                parse_feed, result.body, url=result.final_url, content_type=result.content_type
            )
        except NotAFeed as exc:
            self._failed(source, "not_a_feed", str(exc))
            return
        self._note_feed(source, feed)
        outcomes: list[Outcome] = []
        seen_again: list[str] = []
        # Feeds list the newest first; publishing the oldest first keeps the topic roughly in time order.
        for entry in reversed(feed.entries):
            outcomes.append(await self._entry(source, feed, entry, seen_again))
        self.state.touch(seen_again, now=self.clock())
        # A deferred entry must be in the next answer, so the feed is then asked for unconditionally.
        self._succeeded(source, validators if "deferred" in outcomes else result.validators, result="ok")
        log.info(
            "%s: %d entries: %s",
            source.name,
            len(outcomes),
            ", ".join(f"{o} {outcomes.count(o)}" for o in dict.fromkeys(outcomes)) or "none",
        )

    def _note_feed(self, source: Source, feed: ParsedFeed) -> None:
        if source.kind != "auto" and feed.kind != source.kind:
            log.warning(
                "%s: configured as %s but the document is %s; reading it anyway", source.name, source.kind, feed.version
            )
        if feed.problem:
            log.warning(
                "%s: the feed is not well-formed (%s); using the entries that could be read", source.name, feed.problem
            )

    async def _entry(self, source: Source, feed: ParsedFeed, entry: FeedEntry, seen_again: list[str]) -> Outcome:
        now = self.clock()
        publisher = source.article_source
        article_id = entry_id(
            link=entry.link,
            guid=entry.guid,
            title=entry.title,
            text=entry.best_text,
            source=publisher,
            published=entry.published,
        )
        tkey = title_key(publisher, entry.title)
        if article_id in self._claimed:
            return self._duplicate(source)
        status = self.state.seen_status(
            article_id, tkey, now=now, title_window_s=self.settings.feeder_title_window_hours * 3600
        )
        if status == "rejected":
            seen_again.append(article_id)
            return "skipped"  # reported when it was rejected
        if status is not None:
            # A new URL under a title already published: remember the id too, so it stays a duplicate.
            self.state.record(article_id, tkey, source=source.name, status="duplicate", now=now)
            return self._duplicate(source)
        self._claimed.add(article_id)
        try:
            try:
                article = await self._article(source, feed, entry, article_id, now)
            except _Rejected as rejected:
                self._reject(source, entry, article_id, tkey, rejected)
                return "rejected"
            except _Deferred as deferred:
                self.summary.deferred += 1
                self.metrics.deferred.labels(source=source.name).inc()
                log.info("%s: %s deferred to the next poll: %s", source.name, self._where(entry), deferred)
                return "deferred"
            await self.publisher.publish(article)
            self.state.record(article_id, tkey, source=source.name, status="published", now=now)
        finally:
            self._claimed.discard(article_id)
        self.summary.published += 1
        self.metrics.new_articles.labels(source=source.name).inc()
        log.debug("%s: published %s (%s)", source.name, article.id, self._where(entry))
        return "published"

    async def _article(
        self, source: Source, feed: ParsedFeed, entry: FeedEntry, article_id: str, now: float
    ) -> Article:
        text = entry.full_text
        page: PageContent | None = None
        if text is None and source.fetch_pages and entry.link:
            page = await self._page(source, entry)
            text = page.text
        text = text or entry.best_text
        if not text:
            missing = "no text, no summary" + (" and no link to fetch" if source.fetch_pages else "")
            raise _Rejected("no_text", f"the entry has {missing}")
        if len(text) > self.settings.max_text_chars:
            raise _Rejected("text_too_large", f"{len(text)} characters; the limit is {self.settings.max_text_chars}")
        published = entry.published or (page.published if page else None)
        if published is None and entry.date_unreadable:
            raise _Rejected("bad_date", "the entry states a date that cannot be read")
        meta: dict[str, Any] = {
            "id": article_id,
            # Stored without tracking parameters: the same form the id is computed from.
            "url": normalize_url(entry.link) if entry.link else None,
            "source": source.article_source,
            "title": entry.title or (page.title if page else None) or "",
            "published_at": published,
            "language": _language(source.language, entry.language, feed.language, page.language if page else None),
        }
        try:
            return build_article(meta, text, now=datetime.fromtimestamp(now, UTC), allow_missing_date=True)
        except (ValueError, TypeError) as exc:
            reason = _validation_reason(exc) if isinstance(exc, ValueError) else str(exc)
            raise _Rejected("invalid", reason) from exc

    async def _page(self, source: Source, entry: FeedEntry) -> PageContent:
        assert entry.link is not None
        try:
            result = await self.fetcher.get(
                entry.link, host_interval=source.host_interval, accept=PAGE_ACCEPT, html_only=True
            )
        except FetchError as exc:
            self.metrics.fetch_errors.labels(source=source.name, target="page", kind=exc.kind).inc()
            if exc.transient:
                raise _Deferred(f"page {exc.kind}: {exc.reason}") from exc
            raise _Rejected(f"page_{exc.kind}", exc.reason) from exc
        try:
            return await asyncio.to_thread(extract_page, result.body, url=result.final_url)
        except NoMainText as exc:
            raise _Rejected("page_no_text", str(exc)) from exc
        except Exception as exc:  # broken markup raises many kinds of lxml errors
            raise _Rejected("page_unreadable", f"{type(exc).__name__}: {exc}") from exc

    # --- outcomes ----------------------------------------------------------------------

    @staticmethod
    def _where(entry: FeedEntry) -> str:
        return entry.link or (f"{entry.title!r}" if entry.title else f"entry #{entry.index + 1}")

    def _duplicate(self, source: Source) -> Outcome:
        self.summary.duplicates += 1
        self.metrics.duplicates.labels(source=source.name).inc()
        return "duplicate"

    def _reject(self, source: Source, entry: FeedEntry, article_id: str, tkey: str | None, why: _Rejected) -> None:
        where = f"{source.name}: {self._where(entry)}"
        reason = f"{why.code}: {why.detail}"
        # Remembered, so that a page that will never do is not fetched again at every poll.
        self.state.record(article_id, tkey, source=source.name, status="rejected", now=self.clock(), reason=reason)
        self.summary.add_rejection(Rejection(where, reason))
        self.metrics.rejected.labels(source=source.name, reason=why.code).inc()
        log.warning("rejected %s: %s", where, reason)

    def _succeeded(self, source: Source, validators: Validators, *, result: str) -> None:
        now = self.clock()
        self.summary.polls += 1
        self.state.poll_succeeded(source.name, source.url, validators, now=now, next_poll=now + source.poll_interval)
        self.metrics.polls.labels(source=source.name, result=result).inc()
        self.metrics.last_success.labels(source=source.name).set(now)
        self.metrics.healthy.labels(source=source.name).set(1)
        self.metrics.consecutive_failures.labels(source=source.name).set(0)

    def _failed(
        self, source: Source, kind: str, reason: str, *, retry_after: float | None = None, target: str = "feed"
    ) -> None:
        now = self.clock()
        failures = self.state.source(source.name).failures + 1
        delay = source_backoff(failures, interval=source.poll_interval, cap=self.settings.feeder_source_backoff_max_s)
        if retry_after is not None:
            delay = max(delay, retry_after)
        self.state.poll_failed(source.name, source.url, f"{kind}: {reason}", now=now, next_poll=now + delay)
        self.metrics.polls.labels(source=source.name, result="error").inc()
        self.metrics.fetch_errors.labels(source=source.name, target=target, kind=kind).inc()
        self.metrics.healthy.labels(source=source.name).set(0)
        self.metrics.consecutive_failures.labels(source=source.name).set(failures)
        self.summary.add_failure(PollFailure(source.name, kind, reason, failures, delay))
        log.warning(
            "%s: poll failed: %s: %s; %d in a row, next poll in %s", source.name, kind, reason, failures, _secs(delay)
        )


@contextlib.contextmanager
def _stop_on_signals(stop: asyncio.Event | None) -> Iterator[asyncio.Event]:
    """The caller's stop event, or one set by SIGINT/SIGTERM so that ``follow`` ends cleanly."""
    if stop is not None:
        yield stop
        return
    event = asyncio.Event()
    loop = asyncio.get_running_loop()
    installed = []
    for sig in (signal.SIGINT, signal.SIGTERM):
        # Not possible outside the main thread or on some platforms; the caller can still cancel.
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            loop.add_signal_handler(sig, event.set)
            installed.append(sig)
    try:
        yield event
    finally:
        for sig in installed:
            loop.remove_signal_handler(sig)


async def follow(
    settings: Settings,
    sources_path: Path,
    *,
    once: bool = False,
    stop: asyncio.Event | None = None,
    metrics: FollowMetrics | None = None,
) -> FollowSummary:
    """Follow the sources in ``sources_path`` until ``stop`` is set (or SIGINT/SIGTERM), or poll each once.

    Raises SourcesError for a sources file that cannot be used, before any request is made.
    """
    sources = load_sources(sources_path)
    metrics = metrics if metrics is not None else FollowMetrics.create()
    state = FeederState(state_path(settings))
    publisher = KafkaPublisher(settings)
    summary = FollowSummary()
    log.info("following %d sources; state in %s", len(sources), state.path)
    try:
        await publisher.start()
        async with Fetcher(settings) as fetcher:
            follower = Follower(settings, sources, state, fetcher, publisher, metrics, summary=summary)
            follower.prune()
            if once:
                await follower.run_once()
            else:
                with _stop_on_signals(stop) as event:
                    await follower.run_until(event)
    finally:
        await publisher.stop()
        state.close()
    return summary
