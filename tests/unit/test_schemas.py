"""The JSON Schemas in schemas/ are generated from the models and must not drift."""

from __future__ import annotations

import json
from pathlib import Path

from shared.schemas import MODELS, check_schemas, render

ROOT = Path(__file__).resolve().parents[2]


def test_committed_schemas_match_models() -> None:
    assert check_schemas(ROOT / "schemas") == []


def test_drift_is_detected(tmp_path: Path) -> None:
    (tmp_path / "Article.json").write_text("{}\n")
    drift = check_schemas(tmp_path)
    assert any("Article.json differs" in line for line in drift)
    assert any("Incident.json is missing" in line for line in drift)


def test_schemas_forbid_extra_fields() -> None:
    for model in MODELS:
        schema = json.loads(render(model))
        assert schema["additionalProperties"] is False, model.__name__
        assert "schema_version" in schema["properties"], model.__name__
