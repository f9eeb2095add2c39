"""A local news site for the live feeder's tests: feeds and pages from fixtures/, with scripted misbehaviour."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from aiohttp import web
from aiohttp.typedefs import Handler

FIXTURES = Path(__file__).parent / "fixtures"

#: Sent by the broadcaster feed, which has no ETag: only If-Modified-Since can make it answer 304.
BROADCASTER_MODIFIED = "Mon, 10 Feb 2025 12:00:00 GMT"
HUGE_PAGE_BYTES = 20_000_000


@dataclass(frozen=True)
class Hit:
    path: str
    headers: dict[str, str]
    at: float


@dataclass
class NewsServer:
    base: str = ""
    hits: list[Hit] = field(default_factory=list)
    #: 1: wire_world.rss.xml; 2: the same with wire_world_update.xml added at the top.
    wire_edition: int = 1
    flaky_page_up: bool = False
    huge_bytes_sent: int = 0
    huge_completed: bool = False

    def requests(self, path: str) -> list[Hit]:
        return [h for h in self.hits if h.path == path]

    def fixture(self, name: str) -> str:
        return (FIXTURES / name).read_text(encoding="utf-8").replace("{base}", self.base)

    def app(self) -> web.Application:
        app = web.Application(middlewares=[self._record])
        app.router.add_get("/wire.rss", self.wire)
        app.router.add_get("/broadcaster.atom", self.broadcaster)
        app.router.add_get("/limited.rss", self.limited)
        app.router.add_get("/deferred.rss", self.deferred)
        app.router.add_get("/slow.rss", self.slow)
        app.router.add_get("/moved.rss", self.moved)
        app.router.add_get("/gone.rss", self.gone)
        app.router.add_get("/pages/huge.html", self.huge)
        app.router.add_get("/pages/declared-huge.html", self.declared_huge)
        app.router.add_get("/pages/flaky.html", self.flaky)
        app.router.add_get("/pages/report.pdf", self.pdf)
        app.router.add_get("/hop/{n}", self.hop)
        app.router.add_get("/pages/{name}", self.page)
        return app

    @web.middleware
    async def _record(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        self.hits.append(Hit(request.path, dict(request.headers), time.monotonic()))
        return await handler(request)

    @staticmethod
    def _conditional(request: web.Request, body: str, *, etag: str | None, modified: str | None) -> web.Response:
        headers = {k: v for k, v in (("ETag", etag), ("Last-Modified", modified)) if v}
        if etag and request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers=headers)
        if not etag and modified and request.headers.get("If-Modified-Since") == modified:
            return web.Response(status=304, headers=headers)
        return web.Response(text=body, content_type="application/rss+xml", headers=headers)

    async def wire(self, request: web.Request) -> web.Response:
        body = self.fixture("wire_world.rss.xml")
        if self.wire_edition == 2:
            first = body.index("    <item>")
            body = body[:first] + self.fixture("wire_world_update.xml") + body[first:]
        modified = f"Sun, 09 Feb 2025 1{self.wire_edition}:00:00 GMT"
        return self._conditional(request, body, etag=f'"wire-{self.wire_edition}"', modified=modified)

    async def broadcaster(self, request: web.Request) -> web.Response:
        body = self.fixture("broadcaster.atom.xml")
        return self._conditional(request, body, etag=None, modified=BROADCASTER_MODIFIED)

    async def limited(self, request: web.Request) -> web.Response:
        if len(self.requests("/limited.rss")) == 1:
            return web.Response(status=429, headers={"Retry-After": "1"}, text="slow down")
        return self._conditional(request, self.fixture("limited.rss.xml"), etag='"limited-1"', modified=None)

    async def deferred(self, request: web.Request) -> web.Response:
        return self._conditional(request, self.fixture("deferred.rss.xml"), etag='"deferred-1"', modified=None)

    async def slow(self, request: web.Request) -> web.Response:
        await asyncio.sleep(2.0)
        return web.Response(text=self.fixture("limited.rss.xml"), content_type="application/rss+xml")

    async def moved(self, request: web.Request) -> web.Response:
        return web.Response(text=self.fixture("not_a_feed.html"), content_type="text/html")

    async def gone(self, request: web.Request) -> web.Response:
        return web.Response(status=500, text="internal error")

    async def page(self, request: web.Request) -> web.Response:
        path = FIXTURES / "pages" / request.match_info["name"]
        if not path.is_file():
            raise web.HTTPNotFound()
        return web.Response(body=path.read_bytes(), content_type="text/html", charset="utf-8")

    async def huge(self, request: web.Request) -> web.StreamResponse:
        # Chunked, no Content-Length: only counting while reading can stop it.
        response = web.StreamResponse(headers={"Content-Type": "text/html; charset=utf-8"})
        response.enable_chunked_encoding()
        await response.prepare(request)
        chunk = b"<p>" + b"The briefing continued with questions from the floor. " * 1200 + b"</p>\n"
        try:
            await response.write(b"<html><body><article>")
            while self.huge_bytes_sent < HUGE_PAGE_BYTES:
                await response.write(chunk)
                self.huge_bytes_sent += len(chunk)
            await response.write_eof()
            self.huge_completed = True
        except (ConnectionResetError, asyncio.CancelledError):
            pass
        return response

    async def declared_huge(self, request: web.Request) -> web.Response:
        return web.Response(body=b"<p>x</p>" * 100_000, content_type="text/html")

    async def flaky(self, request: web.Request) -> web.Response:
        if not self.flaky_page_up:
            return web.Response(status=503, text="maintenance")
        return web.Response(
            body=(FIXTURES / "pages" / "grain-corridor.html").read_bytes(), content_type="text/html", charset="utf-8"
        )

    async def pdf(self, request: web.Request) -> web.Response:
        return web.Response(body=b"%PDF-1.7 not a web page", content_type="application/pdf")

    async def hop(self, request: web.Request) -> web.Response:
        n = int(request.match_info["n"])
        if n == 0:
            return web.Response(text="arrived", content_type="text/html")
        raise web.HTTPFound(f"/hop/{n - 1}")


@pytest.fixture
async def news() -> AsyncIterator[NewsServer]:
    server = NewsServer()
    # The slow feed's handler must not hold up the teardown once its client has given up.
    runner = web.AppRunner(server.app(), handler_cancellation=True, shutdown_timeout=0.5)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    server.base = f"http://{host}:{port}"
    try:
        yield server
    finally:
        await runner.cleanup()
