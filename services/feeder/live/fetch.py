"""Polite HTTP: conditional requests, per-host spacing, retries with backoff, Retry-After, a size cap.

Everything a request can run into ends as a :class:`FetchResult` or a :class:`FetchError` whose
``kind`` is a short, stable code (a metric label) and whose ``reason`` is for people.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal
from urllib.parse import urlsplit

import aiohttp

from shared.settings import Settings

log = logging.getLogger(__name__)

FetchErrorKind = Literal[
    "timeout",
    "network",
    "http_5xx",
    "http_4xx",
    "rate_limited",
    "too_large",
    "too_many_redirects",
    "bad_url",
    "not_html",
]

_CHUNK = 64 * 1024


class FetchError(Exception):
    def __init__(self, kind: FetchErrorKind, reason: str, *, retry_after: float | None = None) -> None:
        super().__init__(f"{kind}: {reason}")
        self.kind = kind
        self.reason = reason
        #: Seconds the server asked us to wait (429/503 with a Retry-After longer than we wait inline).
        self.retry_after = retry_after

    @property
    def transient(self) -> bool:
        """Worth trying again later (as opposed to a page that will never be acceptable)."""
        return self.kind in ("timeout", "network", "http_5xx", "rate_limited")


@dataclass(frozen=True)
class Validators:
    """What a server said about a representation, to ask next time only if it changed."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        out = {}
        if self.etag:
            out["If-None-Match"] = self.etag
        if self.last_modified:
            out["If-Modified-Since"] = self.last_modified
        return out


@dataclass(frozen=True)
class FetchResult:
    url: str
    #: After redirects.
    final_url: str
    status: int
    body: bytes
    content_type: str
    validators: Validators

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def backoff_delay(attempt: int, *, base: float, cap: float, rand: Callable[[], float] = random.random) -> float:
    """Delay before retry ``attempt`` (0 for the first): exponential, capped, with equal jitter.

    Half the delay is fixed so that a retry never comes right away; the other half is random so that
    many clients failing together do not come back together.
    """
    delay = min(cap, base * 2.0**attempt)
    return delay / 2 + rand() * delay / 2


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds from a Retry-After header: delta-seconds or an HTTP date; None when absent or unreadable."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class HostLimiter:
    """Spaces requests to one host by at least the interval its source asks for."""

    def __init__(self) -> None:
        self._locks: dict[str, asyncio.Lock] = {}
        self._last: dict[str, float] = {}

    async def wait(self, host: str, interval: float) -> None:
        lock = self._locks.setdefault(host, asyncio.Lock())
        async with lock:
            ready = self._last.get(host, float("-inf")) + interval
            delay = ready - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            self._last[host] = time.monotonic()


class Fetcher:
    """One aiohttp session for the whole run; use as an async context manager."""

    def __init__(self, settings: Settings, *, limiter: HostLimiter | None = None) -> None:
        self.settings = settings
        self.limiter = limiter or HostLimiter()
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> Fetcher:
        timeout = aiohttp.ClientTimeout(
            total=self.settings.feeder_timeout_s, connect=min(10.0, self.settings.feeder_timeout_s)
        )
        self._session = aiohttp.ClientSession(
            timeout=timeout,
            headers={"User-Agent": self.settings.feeder_user_agent},
            connector=aiohttp.TCPConnector(limit=4 * self.settings.feeder_concurrency, ttl_dns_cache=300),
            raise_for_status=False,
        )
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def get(
        self,
        url: str,
        *,
        host_interval: float,
        validators: Validators | None = None,
        accept: str = "*/*",
        html_only: bool = False,
    ) -> FetchResult:
        """GET ``url`` politely; raises FetchError after the retries are spent."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError("bad_url", f"{url!r} is not an http(s) URL")
        s = self.settings
        attempt = 0
        while True:
            await self.limiter.wait(parts.hostname, host_interval)
            try:
                return await self._once(url, validators, accept, html_only)
            except FetchError as exc:
                wait = self._retry_wait(exc, attempt)
                if wait is None:
                    raise
                log.info("%s: %s; retry %d/%d in %.1fs", url, exc.reason, attempt + 1, s.feeder_retries, wait)
            await asyncio.sleep(wait)
            attempt += 1

    def _retry_wait(self, exc: FetchError, attempt: int) -> float | None:
        s = self.settings
        if attempt >= s.feeder_retries or not exc.transient:
            return None
        if exc.retry_after is not None:
            # The server named its price: pay it when it is reasonable, otherwise give up for this poll.
            return exc.retry_after if exc.retry_after <= s.feeder_max_retry_after_s else None
        return backoff_delay(attempt, base=s.feeder_retry_base_s, cap=s.feeder_retry_max_s)

    async def _once(self, url: str, validators: Validators | None, accept: str, html_only: bool) -> FetchResult:
        assert self._session is not None, "use Fetcher as an async context manager"
        headers = {"Accept": accept, **(validators.headers() if validators else {})}
        try:
            # aiohttp gives up when the redirect count reaches max_redirects, hence the + 1.
            async with self._session.get(
                url,
                headers=headers,
                allow_redirects=self.settings.feeder_max_redirects > 0,
                max_redirects=self.settings.feeder_max_redirects + 1,
            ) as response:
                return await self._read(url, response, html_only)
        except aiohttp.TooManyRedirects as exc:
            raise FetchError("too_many_redirects", f"more than {self.settings.feeder_max_redirects} redirects") from exc
        except (aiohttp.InvalidURL, aiohttp.NonHttpUrlRedirectClientError) as exc:
            raise FetchError("bad_url", f"cannot follow {exc}") from exc
        except TimeoutError as exc:
            raise FetchError("timeout", f"no complete answer within {self.settings.feeder_timeout_s:g}s") from exc
        except aiohttp.ClientError as exc:
            raise FetchError("network", f"{type(exc).__name__}: {exc}") from exc

    async def _read(self, url: str, response: aiohttp.ClientResponse, html_only: bool) -> FetchResult:
        status = response.status
        validators = Validators(response.headers.get("ETag"), response.headers.get("Last-Modified"))
        content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
        final_url = str(response.url)
        if status == 304:
            return FetchResult(url, final_url, status, b"", content_type, validators)
        if status in (429, 503):
            # Without a (readable) Retry-After this is backed off like any transient failure.
            wait = retry_after_seconds(response.headers.get("Retry-After"))
            kind: FetchErrorKind = "rate_limited" if status == 429 else "http_5xx"
            hint = f", Retry-After {wait:g}s" if wait is not None else ""
            raise FetchError(kind, f"HTTP {status} {response.reason or ''}".strip() + hint, retry_after=wait)
        if status >= 500:
            raise FetchError("http_5xx", f"HTTP {status} {response.reason or ''}".strip())
        if status >= 400:
            raise FetchError("http_4xx", f"HTTP {status} {response.reason or ''}".strip())
        if 300 <= status < 400:
            raise FetchError("too_many_redirects", f"HTTP {status} and redirects are not followed")
        if status != 200:
            raise FetchError("http_4xx", f"unexpected HTTP {status}")
        if html_only and content_type and content_type not in ("text/html", "application/xhtml+xml"):
            raise FetchError("not_html", f"content type {content_type!r} is not a web page")
        body = await self._read_capped(response)
        return FetchResult(url, final_url, status, body, content_type, validators)

    async def _read_capped(self, response: aiohttp.ClientResponse) -> bytes:
        cap = self.settings.feeder_max_response_bytes
        if response.content_length is not None and response.content_length > cap:
            raise FetchError("too_large", f"Content-Length {response.content_length} exceeds the {cap}-byte cap")
        chunks: list[bytes] = []
        size = 0
        # Counted after decompression, so a small gzip bomb is caught as well.
        async for chunk in response.content.iter_chunked(_CHUNK):
            size += len(chunk)
            if size > cap:
                raise FetchError("too_large", f"body exceeds the {cap}-byte cap; stopped reading")
            chunks.append(chunk)
        return b"".join(chunks)
