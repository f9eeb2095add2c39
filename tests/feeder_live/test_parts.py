"""The live feeder's parts without Kafka: sources, keys, backoff, feeds, pages, state, polite HTTP."""

from __future__ import annotations

import asyncio
import itertools
import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from services.feeder.live.feeds import NotAFeed, parse_feed
from services.feeder.live.fetch import Fetcher, FetchError, Validators, backoff_delay, retry_after_seconds
from services.feeder.live.follow import KEEP_REJECTIONS, Follower, FollowSummary, PollFailure, source_backoff
from services.feeder.live.keys import entry_id, normalize_title, title_key
from services.feeder.live.metrics import FollowMetrics
from services.feeder.live.pages import NoMainText, extract_page
from services.feeder.live.sources import SourcesError, load_sources, parse_duration, parse_sources
from services.feeder.live.state import FeederState
from services.feeder.load import Rejection
from shared.models import Article, article_id_for
from shared.settings import Settings
from tests.feeder_live.conftest import FIXTURES, NewsServer

BASE = "http://news.example"


# --- sources.yaml --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "seconds"),
    [(30, 30.0), (2.5, 2.5), ("45", 45.0), ("45s", 45.0), ("5m", 300.0), ("1.5h", 5400.0), (" 2 m ", 120.0)],
)
def test_durations(value: Any, seconds: float) -> None:
    assert parse_duration(value) == seconds


@pytest.mark.parametrize("value", ["soon", "5 minutes", "-3s", "", True])
def test_bad_durations(value: Any) -> None:
    with pytest.raises(ValueError):
        parse_duration(value)


def test_sources_with_defaults() -> None:
    sources = parse_sources(
        {
            "defaults": {"poll_interval": "10m", "host_interval": "2s", "fetch_pages": True},
            "sources": [
                {"name": "Wire", "url": "https://wire.example/rss.xml", "kind": "rss", "language": "en"},
                {"name": "Broadcaster", "url": "https://tv.example/atom", "poll_interval": 60, "fetch_pages": False},
            ],
        }
    )
    wire, tv = sources
    assert (wire.kind, wire.poll_interval, wire.host_interval, wire.fetch_pages, wire.language) == (
        "rss",
        600.0,
        2.0,
        True,
        "en",
    )
    assert (tv.kind, tv.poll_interval, tv.fetch_pages, tv.language, tv.article_source) == (
        "auto",
        60.0,
        False,
        None,
        "Broadcaster",
    )
    assert tv.host == "tv.example"


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ([], "expected a mapping"),
        ({"feeds": []}, "unknown top-level keys ['feeds']"),
        ({"sources": {}}, "'sources' must be a list"),
        ({"sources": []}, "sources: List should have at least 1 item"),
        ({"sources": [{"name": "A"}]}, "sources[0] (A).url: Field required"),
        ({"sources": [{"name": "A", "url": "ftp://a.example/feed"}]}, "is not an http(s) URL"),
        ({"sources": [{"name": "A", "url": "https://a.example", "kind": "json"}]}, "sources[0] (A).kind"),
        ({"sources": [{"name": "A", "url": "https://a.example", "poll_interval": 0}]}, "poll_interval"),
        ({"sources": [{"name": "A", "url": "https://a.example", "poll_interval": "often"}]}, "is not a duration"),
        ({"sources": [{"name": "A", "url": "https://a.example", "colour": "red"}]}, "colour: Extra inputs"),
        ({"sources": [{"name": "  ", "url": "https://a.example"}]}, "name: must not be blank"),
        (
            {"sources": [{"name": "A", "url": "https://a.example"}, {"name": "a", "url": "https://b.example"}]},
            "source name 'a' is used twice",
        ),
        ({"defaults": {"url": "https://a.example"}, "sources": []}, "'defaults' cannot set name or url"),
    ],
)
def test_bad_sources_say_why(document: Any, message: str) -> None:
    with pytest.raises(SourcesError) as caught:
        parse_sources(document)
    assert message in str(caught.value)


def test_sources_file_errors_name_the_file(tmp_path: Path) -> None:
    path = tmp_path / "sources.yaml"
    path.write_text("sources: [unclosed\n")
    with pytest.raises(SourcesError, match=r"sources\.yaml: not valid YAML"):
        load_sources(path)
    with pytest.raises(SourcesError, match="cannot read"):
        load_sources(tmp_path / "missing.yaml")


def test_example_sources_file_is_valid() -> None:
    sources = load_sources(Path(__file__).parents[2] / "sources.example.yaml")
    assert len(sources) >= 3
    assert all(s.url.startswith("https://") for s in sources)


# --- dedup keys ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (f"{BASE}/story?utm_source=rss&utm_medium=feed", f"{BASE}/story", True),
        (f"{BASE}/story/", f"{BASE}/story#comments", True),
        ("HTTP://NEWS.EXAMPLE/story", f"{BASE}/story", True),
        (f"{BASE}/story?id=1&page=2", f"{BASE}/story?page=2&id=1", True),
        (f"{BASE}/story?id=1", f"{BASE}/story?id=2", False),
        (f"{BASE}/story", f"{BASE}/Story", False),
    ],
)
def test_entry_id_is_the_canonical_url(a: str, b: str, same: bool) -> None:
    def key(link: str) -> str:
        return entry_id(link=link, guid=None, title="t", text="", source="Wire", published=None)

    assert (key(a) == key(b)) is same
    assert key(a) == article_id_for(url=a, source="anything", title="", published_at=None)


def test_entry_id_without_a_link_is_stable() -> None:
    when = datetime(2025, 2, 9, 7, 40, tzinfo=UTC)
    by_title = entry_id(link=None, guid="g1", title="Talks", text="x", source="Wire", published=when)
    assert by_title == entry_id(link=None, guid="g2", title="Talks", text="y", source="Wire", published=when)
    assert by_title != entry_id(link=None, guid="g1", title="Talks", text="x", source="Other", published=when)
    by_guid = entry_id(link=None, guid="g1", title="", text="x", source="Wire", published=None)
    assert by_guid == entry_id(link=None, guid="g1", title="", text="y", source="Wire", published=None)
    empty = entry_id(link=None, guid=None, title="", text="", source="Wire", published=None)
    assert empty == entry_id(link=None, guid=None, title="", text="", source="Wire", published=None)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Air force says 61 of 83 drones downed", "AIR FORCE SAYS 61 OF 83 DRONES DOWNED", True),
        ("Air force says 61 of 83 drones downed", "Air force says: 61 of 83 drones downed!", True),
        ("Air force says 61 of 83 drones downed", "  Air  force says 61 of 83 drones   downed ", True),
        ("Zelenskyy – talks ‘possible’", "Zelenskyy - talks 'possible'", True),
        ("Air force says 61 of 83 drones downed", "Air force says 62 of 83 drones downed", False),
    ],
)
def test_title_keys(a: str, b: str, same: bool) -> None:
    assert (title_key("Wire", a) == title_key("Wire", b)) is same


def test_title_key_belongs_to_one_source() -> None:
    assert title_key("Wire", "Talks resume") != title_key("Broadcaster", "Talks resume")
    assert title_key("Wire", "Talks resume") == title_key(" wire ", "Talks resume")
    assert title_key("Wire", " ... ") is None
    assert normalize_title("Kyiv’s  mayor: ‘calm’") == "kyiv s mayor calm"


# --- backoff -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("attempt", "rand", "expected"),
    [(0, 0.0, 0.5), (0, 1.0, 1.0), (1, 0.0, 1.0), (2, 0.5, 3.0), (3, 1.0, 8.0), (5, 0.0, 5.0), (9, 1.0, 10.0)],
)
def test_retry_backoff_is_exponential_capped_and_jittered(attempt: int, rand: float, expected: float) -> None:
    assert backoff_delay(attempt, base=1.0, cap=10.0, rand=lambda: rand) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("failures", "interval", "cap", "rand", "expected"),
    [
        (1, 60.0, 3600.0, 1.0, 60.0),
        (1, 60.0, 3600.0, 0.0, 60.0),  # never sooner than the configured interval
        (2, 60.0, 3600.0, 1.0, 120.0),
        (4, 60.0, 3600.0, 0.0, 384.0),
        (10, 60.0, 3600.0, 1.0, 3600.0),
        (3, 7200.0, 3600.0, 1.0, 7200.0),  # a daily source is never polled more often than configured
        (0, 60.0, 3600.0, 1.0, 60.0),
    ],
)
def test_failing_source_backoff(failures: int, interval: float, cap: float, rand: float, expected: float) -> None:
    assert source_backoff(failures, interval=interval, cap=cap, rand=lambda: rand) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("120", 120.0),
        (" 7 ", 7.0),
        ("Mon, 10 Feb 2025 12:01:30 GMT", 90.0),
        ("Mon, 10 Feb 2025 11:00:00 GMT", 0.0),
        ("", None),
        (None, None),
        ("tomorrow", None),
        ("-5", None),
    ],
)
def test_retry_after(header: str | None, expected: float | None) -> None:
    now = datetime(2025, 2, 10, 12, 0, tzinfo=UTC)
    assert retry_after_seconds(header, now) == expected


# --- feeds ---------------------------------------------------------------------------------


def test_rss_entries() -> None:
    feed = parse_feed(
        (FIXTURES / "wire_world.rss.xml").read_text().replace("{base}", BASE).encode(), url=f"{BASE}/wire.rss"
    )
    assert (feed.kind, feed.language, feed.problem) == ("rss", "en-gb", None)
    copy, full, envoy, empty, undated, huge = feed.entries
    assert full.full_text is not None and full.full_text.startswith("KYIV, Feb 9 (Example Wire) - Russia launched")
    assert full.published == datetime(2025, 2, 9, 7, 40, tzinfo=UTC)
    assert full.author == "Wire staff"
    assert copy.full_text is None and copy.best_text.startswith("The same story")
    assert envoy.full_text is None and envoy.published is None and not envoy.date_unreadable
    assert (empty.link, empty.title, empty.best_text) == (None, "", "")
    assert undated.published is None and undated.date_unreadable
    assert huge.link == f"{BASE}/pages/huge.html"


def test_atom_entries_resolve_relative_links() -> None:
    feed = parse_feed((FIXTURES / "broadcaster.atom.xml").read_text().replace("{base}", BASE).encode(), url=BASE)
    ministers, grain = feed.entries
    assert feed.kind == "atom"
    assert ministers.published == datetime(2025, 2, 10, 8, 15, tzinfo=UTC)
    assert ministers.full_text is not None and ministers.full_text.startswith("WARSAW, Feb 10 - Foreign ministers")
    assert "<p>" not in ministers.full_text
    assert grain.link == f"{BASE}/pages/grain-corridor.html"
    assert grain.full_text is None and grain.language == "en"


@pytest.mark.parametrize(
    "body",
    [
        (FIXTURES / "not_a_feed.html").read_bytes(),
        b"\x00\x01\x02 binary garbage",
        b"",
        b'{"items": []}',
    ],
)
def test_not_a_feed(body: bytes) -> None:
    with pytest.raises(NotAFeed):
        parse_feed(body, url=BASE)


def test_a_body_that_looks_like_a_url_is_not_fetched() -> None:
    # feedparser fetches a string that looks like a URL; a hostile body must stay data.
    with pytest.raises(NotAFeed):
        parse_feed(b"http://127.0.0.1:9/internal", url=BASE)


def test_recovered_feed_reports_its_problem() -> None:
    feed = parse_feed(
        b"<rss version='2.0'><channel><item><title>A & B</title><description>x</description></item>",
        url=BASE,
    )
    assert feed.problem is not None and len(feed.entries) == 1


# --- pages ---------------------------------------------------------------------------------


def test_page_main_text_and_metadata() -> None:
    page = extract_page((FIXTURES / "pages" / "envoy-visit.html").read_bytes(), url=f"{BASE}/pages/envoy-visit.html")
    assert page.text.startswith("WASHINGTON, Feb 8 (Example Wire) - The U.S. special envoy")
    assert "energy grid this winter." in page.text
    for boilerplate in ("Subscribe", "Most read", "gadgets", "Copyright", "cookies", "analytics", "By Maria"):
        assert boilerplate not in page.text
    assert page.title == "Envoy to visit Kyiv ahead of security conference"
    assert page.published == datetime(2025, 2, 8, 16, 5, tzinfo=UTC)
    assert (page.author, page.site_name) == ("Maria Example", "Example Wire")


def test_page_without_a_date() -> None:
    page = extract_page((FIXTURES / "pages" / "grain-corridor.html").read_bytes(), url=f"{BASE}/g")
    assert page.published is None
    assert page.text.startswith("ISTANBUL - Joint inspections")
    assert "Share this story" not in page.text and "external linking" not in page.text
    assert (page.author, page.site_name) == ("Europe desk", "Example Broadcaster")


@pytest.mark.parametrize(
    "html",
    [(FIXTURES / "pages" / "nav-only.html").read_bytes(), b"", b"<html><body></body></html>", b"\x89PNG\r\n"],
)
def test_page_without_main_text(html: bytes) -> None:
    with pytest.raises(NoMainText):
        extract_page(html, url=BASE)


# --- state ---------------------------------------------------------------------------------


def test_state_survives_a_restart_and_prunes(tmp_path: Path) -> None:
    path = tmp_path / "state" / "feeder_state.sqlite3"
    state = FeederState(path)
    day = 86400.0
    state.record("a" * 16, "t1", source="Wire", status="published", now=1000.0)
    state.record("b" * 16, None, source="Wire", status="rejected", now=1000.0, reason="no_text: empty")
    state.poll_succeeded(
        "Wire", f"{BASE}/rss", Validators('"v1"', "Sun, 09 Feb 2025 11:00:00 GMT"), now=1000.0, next_poll=1300.0
    )
    assert state.poll_failed("Broken", f"{BASE}/broken", "timeout: slow", now=1000.0, next_poll=1060.0) == 1
    assert state.poll_failed("Broken", f"{BASE}/broken", "timeout: slow", now=1060.0, next_poll=1180.0) == 2
    state.close()

    state = FeederState(path)
    window = 3 * day
    assert state.seen_status("a" * 16, None, now=2000.0, title_window_s=window) == "published"
    assert state.seen_status("b" * 16, None, now=2000.0, title_window_s=window) == "rejected"
    assert state.seen_status("c" * 16, "t1", now=2000.0, title_window_s=window) == "published"
    assert state.seen_status("c" * 16, "t1", now=1000.0 + window + 1, title_window_s=window) is None
    assert state.seen_status("c" * 16, None, now=2000.0, title_window_s=window) is None
    wire = state.source("Wire")
    assert (wire.validators.etag, wire.failures, wire.next_poll) == ('"v1"', 0, 1300.0)
    assert wire.validators_for(f"{BASE}/rss").headers() == {
        "If-None-Match": '"v1"',
        "If-Modified-Since": "Sun, 09 Feb 2025 11:00:00 GMT",
    }
    assert wire.validators_for(f"{BASE}/moved-rss") == Validators()
    broken = state.source("Broken")
    assert (broken.failures, broken.next_poll, broken.last_error) == (2, 1180.0, "timeout: slow")
    assert state.source("Unknown").failures == 0

    state.touch(["a" * 16], now=1000.0 + 20 * day)
    assert state.prune(now=1000.0 + 31 * day, retention_s=30 * day) == 1  # b: not in any feed for 31 days
    assert state.seen_status("a" * 16, None, now=0, title_window_s=window) == "published"
    state.poll_succeeded("Broken", f"{BASE}/broken", Validators(), now=5000.0, next_poll=5060.0)
    assert (state.source("Broken").failures, state.source("Broken").last_error) == (0, None)
    state.close()


# --- polite HTTP ---------------------------------------------------------------------------


def _settings(tmp_path: Path, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "data_dir": tmp_path,
        "feeder_timeout_s": 0.5,
        "feeder_retries": 1,
        "feeder_retry_base_s": 0.05,
        "feeder_retry_max_s": 0.1,
        "feeder_max_response_bytes": 200_000,
        "feeder_max_redirects": 3,
    }
    return Settings(**(values | overrides))


async def _error(fetcher: Fetcher, url: str, **kw: Any) -> FetchError:
    with pytest.raises(FetchError) as caught:
        await fetcher.get(url, host_interval=0, **kw)
    return caught.value


async def test_fetch_limits(news: NewsServer, tmp_path: Path) -> None:
    async with Fetcher(_settings(tmp_path)) as fetcher:
        ok = await fetcher.get(f"{news.base}/hop/3", host_interval=0)
        assert (ok.status, ok.body, ok.final_url) == (200, b"arrived", f"{news.base}/hop/0")
        assert news.requests("/hop/3")[0].headers["User-Agent"].startswith("sitrep-feeder/0.1 (+https://")

        too_many = await _error(fetcher, f"{news.base}/hop/4")
        assert too_many.kind == "too_many_redirects" and not too_many.transient

        declared = await _error(fetcher, f"{news.base}/pages/declared-huge.html")
        assert (declared.kind, declared.reason) == ("too_large", "Content-Length 800000 exceeds the 200000-byte cap")

        streamed = await _error(fetcher, f"{news.base}/pages/huge.html")
        assert (streamed.kind, streamed.reason) == ("too_large", "body exceeds the 200000-byte cap; stopped reading")

        not_html = await _error(fetcher, f"{news.base}/pages/report.pdf", html_only=True)
        assert (not_html.kind, not_html.reason) == ("not_html", "content type 'application/pdf' is not a web page")

        missing = await _error(fetcher, f"{news.base}/pages/nowhere.html")
        assert (missing.kind, missing.transient) == ("http_4xx", False)
        assert len(news.requests("/pages/nowhere.html")) == 1  # a 404 is not retried

        bad = await _error(fetcher, "file:///etc/passwd")
        assert bad.kind == "bad_url"
    await asyncio.sleep(0.2)
    assert not news.huge_completed and news.huge_bytes_sent < 5_000_000


async def test_fetch_retries_5xx_with_backoff_then_gives_up(news: NewsServer, tmp_path: Path) -> None:
    async with Fetcher(_settings(tmp_path, feeder_retries=2)) as fetcher:
        error = await _error(fetcher, f"{news.base}/gone.rss")
    assert (error.kind, error.reason) == ("http_5xx", "HTTP 500 Internal Server Error")
    hits = news.requests("/gone.rss")
    assert len(hits) == 3
    assert hits[1].at - hits[0].at >= 0.025 and hits[2].at - hits[1].at >= 0.05


async def test_fetch_waits_out_retry_after(news: NewsServer, tmp_path: Path) -> None:
    async with Fetcher(_settings(tmp_path)) as fetcher:
        result = await fetcher.get(f"{news.base}/limited.rss", host_interval=0)
    first, second = news.requests("/limited.rss")
    assert result.status == 200 and result.validators.etag == '"limited-1"'
    assert second.at - first.at >= 1.0


async def test_fetch_gives_up_on_a_long_retry_after(news: NewsServer, tmp_path: Path) -> None:
    async with Fetcher(_settings(tmp_path, feeder_max_retry_after_s=0.5)) as fetcher:
        error = await _error(fetcher, f"{news.base}/limited.rss")
    assert (error.kind, error.retry_after) == ("rate_limited", 1.0)
    assert len(news.requests("/limited.rss")) == 1


async def test_conditional_request_and_timeout(news: NewsServer, tmp_path: Path) -> None:
    async with Fetcher(_settings(tmp_path)) as fetcher:
        first = await fetcher.get(f"{news.base}/wire.rss", host_interval=0)
        again = await fetcher.get(f"{news.base}/wire.rss", host_interval=0, validators=first.validators)
        assert (first.status, again.status, again.not_modified, again.body) == (200, 304, True, b"")
        assert news.requests("/wire.rss")[1].headers["If-None-Match"] == '"wire-1"'

        started = time.monotonic()
        timeout = await _error(fetcher, f"{news.base}/slow.rss")
    assert (timeout.kind, timeout.transient) == ("timeout", True)
    assert len(news.requests("/slow.rss")) == 2
    assert time.monotonic() - started < 1.8


async def test_requests_to_one_host_are_spaced(news: NewsServer, tmp_path: Path) -> None:
    async with Fetcher(_settings(tmp_path)) as fetcher:
        await asyncio.gather(
            *(fetcher.get(f"{news.base}/pages/grain-corridor.html", host_interval=0.2) for _ in range(3))
        )
    times = [h.at for h in news.requests("/pages/grain-corridor.html")]
    assert [round(b - a, 1) >= 0.2 for a, b in itertools.pairwise(times)] == [True, True]


def test_a_long_run_keeps_its_summary_small() -> None:
    summary = FollowSummary()
    for n in range(1, 4):
        summary.add_failure(PollFailure("Broken", "timeout", "slow", n, 60.0 * n))
    summary.add_failure(PollFailure("Moved", "not_a_feed", "html", 1, 60.0))
    for n in range(KEEP_REJECTIONS + 5):
        summary.add_rejection(Rejection(f"Wire: entry #{n}", "no_text: empty"))
    assert (summary.polls, summary.failed_polls, summary.rejected_count) == (4, 4, KEEP_REJECTIONS + 5)
    assert [(f.source, f.consecutive) for f in summary.failures] == [("Broken", 3), ("Moved", 1)]
    assert len(summary.rejected) == KEEP_REJECTIONS and summary.rejected[-1].where.endswith(f"#{KEEP_REJECTIONS + 4}")
    assert summary.lines()[:3] == [
        "polls 4 (not modified 0, failed 4), published 0, duplicates skipped 0, "
        f"rejected {KEEP_REJECTIONS + 5}, deferred to the next poll 0",
        "  failed Broken: timeout: slow (3 in a row; next poll in 180s)",
        "  failed Moved: not_a_feed: html (1 in a row; next poll in 60s)",
    ]


class ListPublisher:
    def __init__(self) -> None:
        self.articles: list[Article] = []

    async def publish(self, article: Article) -> None:
        self.articles.append(article)


async def test_a_broken_state_file_backs_off_instead_of_republishing(
    news: NewsServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    settings = _settings(tmp_path, feeder_source_backoff_max_s=0.4)
    (source,) = parse_sources(
        {
            "sources": [
                {
                    "name": "Broadcaster",
                    "url": f"{news.base}/broadcaster.atom",
                    "poll_interval": 0.1,
                    "host_interval": 0,
                }
            ]
        }
    )
    state = FeederState(tmp_path / "state.sqlite3")

    def disk_full(*args: Any, **kwargs: Any) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    for method in ("record", "poll_succeeded", "poll_failed"):
        monkeypatch.setattr(state, method, disk_full)
    publisher = ListPublisher()
    stop = asyncio.Event()
    async with Fetcher(settings) as fetcher:
        follower = Follower(settings, [source], state, fetcher, publisher, FollowMetrics.create())
        asyncio.get_running_loop().call_later(1.0, stop.set)
        await asyncio.wait_for(follower.run_until(stop), timeout=5)
    state.close()
    # Each poll publishes the oldest entry before the state refuses it: a tight loop would publish hundreds.
    assert 2 <= len(publisher.articles) <= 6
    assert "the poll could not be recorded; next try in" in caplog.text
