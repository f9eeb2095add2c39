"""``READS`` is what ``sitrep demo`` checks to know the pipeline drained: it must be what each service subscribes to."""

from __future__ import annotations

import importlib

import pytest

from services.sink.storage.sqlite import SQLiteStore
from shared.settings import Settings
from shared.topics import READS

MODULES = {
    "extractor": "services.extractor.agents",
    "linker": "services.linker.agents",
    "incidents": "services.incidents.agents",
    "calendar": "services.diplo_calendar.agents",
    "sink": "services.sink.agents",
}


@pytest.mark.parametrize("service", sorted(MODULES))
def test_each_service_reads_exactly_the_topics_declared_for_it(service: str, settings: Settings) -> None:
    build = importlib.import_module(MODULES[service]).build
    app = build(settings, store=SQLiteStore(settings.data_dir / "t.db")) if service == "sink" else build(settings)
    subscribed = {name for agent in app.agents.values() for name in agent.channel.topics}
    assert subscribed == {spec.name for spec in READS[service]}


def test_every_service_has_its_reads() -> None:
    assert set(READS) == set(MODULES)
