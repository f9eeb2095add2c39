"""The sink agents write what they consume, idempotently, and store bad records as dead letters."""

from __future__ import annotations

from services.extractor.extract import enrich
from services.sink.agents import build
from services.sink.storage import SQLiteStore
from shared.codec import encode
from shared.settings import Settings
from tests.agents.conftest import eventually
from tests.factories import article, incident


async def test_sink_stores_articles_incidents_and_dead_letters(settings: Settings) -> None:
    store = SQLiteStore(settings.sqlite_path)
    app = build(settings, store=store)
    enriched = enrich(article("Ukrainian President Volodymyr Zelenskyy spoke in Kyiv."))
    async with app.agents["sink.articles.enriched"].test_context() as tester:
        await tester.put(value=encode(enriched), key=enriched.article.id.encode())
        await tester.put(value=encode(enriched), key=enriched.article.id.encode())  # a redelivery
        await tester.put(value=b"\xff\xfe", key=b"bad")
        await eventually(lambda: store.table_counts()["deadletters"] == 1)
    async with app.agents["sink.incidents"].test_context() as tester:
        await tester.put(value=encode(incident(enriched.article.id)), key=b"i")
        await eventually(lambda: store.table_counts()["incidents"] == 1)
    counts = store.table_counts()
    assert counts["articles"] == 1
    assert counts["incidents"] == 1
    (letter,) = store.deadletters()
    assert letter["error_type"] == "invalid_utf8"
    assert letter["stage"] == "sink"
    store.close()


async def test_an_id_collision_is_dead_lettered_not_overwritten(settings: Settings) -> None:
    store = SQLiteStore(settings.sqlite_path)
    app = build(settings, store=store)
    first = enrich(article("Russia launched 10 drones.", id="collide000000001", url="https://a.test/1"))
    other = enrich(article("Completely different story.", id="collide000000001", url="https://b.test/2"))
    revised = enrich(article("Russia launched 12 drones.", id="collide000000001", url="https://a.test/1"))
    async with app.agents["sink.articles.enriched"].test_context() as tester:
        await tester.put(value=encode(first), key=b"1")
        await eventually(lambda: store.table_counts()["articles"] == 1)
        await tester.put(value=encode(other), key=b"2")
        await eventually(lambda: store.table_counts()["deadletters"] == 1)
        await tester.put(value=encode(revised), key=b"3")
        await eventually(lambda: "12 drones" in store._rows("SELECT text FROM articles")[0]["text"])
    (letter,) = store.deadletters()
    assert letter["error_type"] == "id_collision"
    assert "https://b.test/2" in letter["reason"]
    assert store.table_counts()["articles"] == 1
    store.close()
