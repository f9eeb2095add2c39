"""JSON Schemas of the message models, generated into ``schemas/``; never edited by hand."""

from __future__ import annotations

import json
from pathlib import Path

from shared.models import Article, CalendarEvent, DeadLetter, EnrichedArticle, Incident, Message, RecognizedArticle

MODELS: tuple[type[Message], ...] = (Article, RecognizedArticle, EnrichedArticle, Incident, CalendarEvent, DeadLetter)


def render(model: type[Message]) -> str:
    schema = model.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://sitrep.invalid/schemas/{model.__name__}.json"
    return json.dumps(schema, indent=2, sort_keys=True) + "\n"


def write_schemas(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for model in MODELS:
        path = folder / f"{model.__name__}.json"
        path.write_text(render(model), encoding="utf-8")
        paths.append(path)
    return paths


def check_schemas(folder: Path) -> list[str]:
    """Lines that say which schema files differ from the models; empty when none do."""
    drift = []
    for model in MODELS:
        path = folder / f"{model.__name__}.json"
        if not path.exists():
            drift.append(f"{path} is missing; run `sitrep schemas`")
        elif path.read_text(encoding="utf-8") != render(model):
            drift.append(f"{path} differs from {model.__name__}; run `sitrep schemas`")
    return drift
