"""Feeder parsing: file kinds, manifests and sidecars, datelines, and rejections with reasons."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from services.feeder.load import Rejection, load_paths, parse_dateline
from shared.models import Article

ROOT = Path(__file__).resolve().parents[2]


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_seed_folder_loads_with_manifest_metadata() -> None:
    loaded = list(load_paths([ROOT / "seeds"]))
    articles = [a for a in loaded if isinstance(a, Article)]
    assert [r for r in loaded if isinstance(r, Rejection)] == []
    seed = next(a for a in articles if a.title.startswith("Zelenskyy Appeals"))
    assert seed.published_at.date() == date(2025, 2, 10)
    assert seed.text.startswith("Ukrainian President Volodymyr Zelenskyy")
    assert seed.anchor_date == date(2025, 2, 10)


def test_ids_are_stable_between_loads() -> None:
    first = [a.id for a in load_paths([ROOT / "seeds"]) if isinstance(a, Article)]
    second = [a.id for a in load_paths([ROOT / "seeds"]) if isinstance(a, Article)]
    assert first == second


def test_sidecar_metadata(tmp_path: Path) -> None:
    _write(tmp_path / "x.txt", "Headline\n\nKYIV, Feb 8 (Wire) - Russia launched 10 drones.\n")
    _write(tmp_path / "x.meta.json", json.dumps({"source": "wire", "published_at": "2025-02-08T10:00:00Z"}))
    (article,) = list(load_paths([tmp_path]))
    assert isinstance(article, Article)
    assert article.title == "Headline"
    assert article.dateline is not None
    assert article.dateline.place == "Kyiv"
    assert article.anchor_date == date(2025, 2, 8)


def test_jsonl_mixed_good_and_bad(tmp_path: Path) -> None:
    good = {"source": "wire", "title": "A", "text": "Body", "published_at": "2025-02-08T10:00:00+00:00"}
    lines = [
        json.dumps(good),
        "{broken",
        json.dumps({**good, "text": ""}),
        json.dumps({**good, "published_at": None}),
        json.dumps({**good, "published_at": "2025-02-08T10:00:00"}),
        json.dumps({**good, "colour": "red"}),
        json.dumps([1, 2]),
    ]
    _write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    loaded = list(load_paths([tmp_path / "feed.jsonl"]))
    assert isinstance(loaded[0], Article)
    reasons = [r.reason for r in loaded[1:] if isinstance(r, Rejection)]
    assert len(reasons) == 6
    assert "not JSON" in reasons[0]
    assert "empty" in reasons[1]
    assert "published_at is missing" in reasons[2]
    assert "time zone" in reasons[3]
    assert "colour" in reasons[4]
    assert "JSON object" in reasons[5]
    assert all(":" in r.where for r in loaded[1:] if isinstance(r, Rejection))


def test_txt_without_metadata_is_rejected(tmp_path: Path) -> None:
    _write(tmp_path / "lonely.txt", "Title\n\nBody")
    (item,) = list(load_paths([tmp_path]))
    assert isinstance(item, Rejection)
    assert "no metadata" in item.reason


def test_unsupported_and_missing(tmp_path: Path) -> None:
    _write(tmp_path / "a.pdf", "%PDF")
    items = list(load_paths([tmp_path / "a.pdf", tmp_path / "nope.txt"]))
    assert [type(i) for i in items] == [Rejection, Rejection]
    assert "unsupported" in items[0].reason  # type: ignore[union-attr]
    assert "no such file" in items[1].reason  # type: ignore[union-attr]


DATELINES = [
    ("KYIV, Feb 8 (Reuters) - Russia", date(2025, 2, 10), "Kyiv", date(2025, 2, 8)),
    ("MOSCOW, March 3 - The Kremlin", date(2025, 3, 4), "Moscow", date(2025, 3, 3)),
    ("WASHINGTON, Dec. 31 - Officials", date(2025, 1, 2), "Washington", date(2024, 12, 31)),
    ("KYIV, Ukraine, Feb 8 - Text", date(2025, 2, 9), "Kyiv, Ukraine", date(2025, 2, 8)),
]


@pytest.mark.parametrize(("text", "published", "place", "when"), DATELINES, ids=[d[0] for d in DATELINES])
def test_datelines(text: str, published: date, place: str, when: date) -> None:
    dateline = parse_dateline(text, published)
    assert dateline is not None
    assert (dateline.place, dateline.date) == (place, when)


NO_DATELINES = ["Ukrainian President Volodymyr Zelenskyy has urged", "On Sunday night, Ukraine's air force"]


@pytest.mark.parametrize("text", NO_DATELINES)
def test_no_dateline(text: str) -> None:
    assert parse_dateline(text, date(2025, 2, 10)) is None


def test_markup_is_stripped_and_dates_checked(tmp_path: Path) -> None:
    good = {"source": "wire", "title": "<b>A</b>", "published_at": "2025-02-08T10:00:00+00:00"}
    lines = [
        json.dumps({**good, "text": "<p>Russia launched <script>evil()</script>10 drones.</p>"}),
        json.dumps({**good, "text": "<script>only()</script>"}),
        json.dumps({**good, "text": "x", "published_at": "2091-01-01T00:00:00+00:00"}),
        json.dumps({**good, "text": "x", "published_at": "1900-01-01T00:00:00+00:00"}),
    ]
    _write(tmp_path / "f.jsonl", "\n".join(lines))
    first, *rest = list(load_paths([tmp_path / "f.jsonl"]))
    assert isinstance(first, Article)
    assert first.text == "Russia launched 10 drones."
    assert first.title == "A"
    reasons = [r.reason for r in rest if isinstance(r, Rejection)]
    assert len(reasons) == 3
    assert "empty" in reasons[0]
    assert "future" in reasons[1]
    assert "before 1990" in reasons[2]
