"""Reading article files (``.txt`` with a manifest or sidecar, ``.json``, ``.jsonl``, folders) into Articles.

Pure: nothing here talks to Kafka. Each input becomes an :class:`Article` or a
:class:`Rejection` that says which file, which line and why.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from shared.models import Article, Dateline, article_id_for
from shared.sanitize import clean_text, implausible_date

SIDECAR_SUFFIX = ".meta.json"

_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}  # noqa: SIM905
# "KYIV, Feb 8 (Reuters) -" / "MOSCOW, March 3 -": a place in capitals, a date, a dash.
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z .'’-]{1,40}?(?:, [A-Z][A-Za-z. ]{1,20}?)?),\s+"
    r"(?P<month>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2})"
    r"(?:\s*\([^)]{1,40}\))?\s*[-–—]+\s*"
)


@dataclass(frozen=True)
class Rejection:
    where: str
    reason: str


Loaded = Article | Rejection


def parse_dateline(text: str, published: date) -> Dateline | None:
    m = _DATELINE.match(text)
    if m is None:
        return None
    month = _MONTHS.get(m.group("month")[:3].lower())
    if month is None:
        return None
    day = int(m.group("day"))
    try:
        when = date(published.year, month, day)
    except ValueError:
        return None
    # A dateline is never weeks after its own publication: "Dec 31" read in January is last year.
    if (when - published).days > 7:
        when = date(published.year - 1, month, day)
    return Dateline(place=m.group("place").strip().title(), date=when, text=m.group(0).strip())


def _as_datetime(value: Any) -> datetime | None:
    if value in (None, ""):
        return None
    parsed = value if isinstance(value, datetime) else datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        raise ValueError(f"published_at {value!r} has no time zone")
    return parsed


def build_article(
    meta: dict[str, Any], text: str, *, now: datetime | None = None, allow_missing_date: bool = False
) -> Article:
    """Assemble and validate an Article from metadata and text; raises ValueError with a reason."""
    now = now or datetime.now(UTC)
    unknown = set(meta) - {
        "id",
        "file",
        "url",
        "source",
        "title",
        "text",
        "published_at",
        "language",
        "provenance",
        "dateline",
    }
    if unknown:
        raise ValueError(f"unknown fields {sorted(unknown)}")
    published = _as_datetime(meta.get("published_at"))
    inferred = False
    if published is None:
        if not allow_missing_date:
            raise ValueError("published_at is missing; replayed articles need their publication time")
        published, inferred = now, True
    problem = None if inferred else implausible_date(published, now)
    if problem:
        raise ValueError(problem)
    title = clean_text(str(meta.get("title") or ""))
    source = clean_text(str(meta.get("source") or ""))
    if not source:
        raise ValueError("source is missing")
    url = meta.get("url") or None
    text = clean_text(text)
    if not text:
        raise ValueError("text is empty (after removing markup)")
    return Article(
        id=str(meta.get("id") or article_id_for(url=url, source=source, title=title, published_at=published)),
        url=url,
        source=source,
        title=title,
        text=text,
        published_at=published,
        published_at_inferred=inferred,
        dateline=parse_dateline(text, published.date()),
        language=str(meta.get("language") or "en"),
        ingested_at=now,
    )


def _split_title(raw: str, title: str | None) -> tuple[str, str]:
    """A .txt file opens with its headline; the body follows after the first line."""
    first, _, rest = raw.lstrip("\ufeff").partition("\n")
    if title is None or first.strip() == title.strip():
        return first.strip(), rest.strip("\n")
    return title, raw.strip("\n")


def _manifest(folder: Path) -> dict[str, dict[str, Any]]:
    entries: dict[str, dict[str, Any]] = {}
    for path in sorted(folder.glob("manifest*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                try:
                    item = json.loads(line)
                    entries[str(item["file"])] = item
                except (json.JSONDecodeError, KeyError, TypeError) as exc:
                    raise ValueError(f"{path}:{number}: bad manifest line: {exc}") from exc
    return entries


def _load_txt(path: Path, manifest: dict[str, dict[str, Any]], **kw: Any) -> Loaded:
    sidecar = path.with_name(path.name.removesuffix(".txt") + SIDECAR_SUFFIX)
    meta = dict(manifest.get(path.name, {}))
    if sidecar.exists():
        meta.update(json.loads(sidecar.read_text(encoding="utf-8")))
    if not meta:
        return Rejection(str(path), f"no metadata: add it to {path.parent / 'manifest.jsonl'} or {sidecar.name}")
    try:
        raw = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        return Rejection(str(path), f"not valid UTF-8 at byte {exc.start}")
    title, text = _split_title(raw, meta.get("title"))
    meta["title"] = title
    meta.pop("file", None)
    meta.pop("provenance", None)
    return _build(str(path), meta, text, **kw)


def _build(where: str, meta: dict[str, Any], text: str, **kw: Any) -> Loaded:
    try:
        return build_article(meta, text, **kw)
    except ValidationError as exc:
        errors = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()[:5])
        return Rejection(where, errors)
    except (ValueError, TypeError) as exc:
        return Rejection(where, str(exc))


def _load_records(where: str, item: Any, **kw: Any) -> Loaded:
    if not isinstance(item, dict):
        return Rejection(where, f"expected a JSON object, got {type(item).__name__}")
    meta = dict(item)
    meta.pop("provenance", None)
    text = meta.pop("text", None)
    if not isinstance(text, str):
        return Rejection(where, "text is missing or not a string")
    meta.pop("schema_version", None)
    for key in ("dateline", "ingested_at", "published_at_inferred"):
        meta.pop(key, None)
    return _build(where, meta, text, **kw)


def load_paths(paths: list[Path], **kw: Any) -> Iterator[Loaded]:
    """Every article in ``paths`` (files or folders, recursively), in a stable order."""
    for path in paths:
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file())
            yield from _load_files(files, **kw)
        elif path.exists():
            yield from _load_files([path], **kw)
        else:
            yield Rejection(str(path), "no such file or folder")


def _load_files(files: list[Path], **kw: Any) -> Iterator[Loaded]:
    manifests: dict[Path, dict[str, dict[str, Any]]] = {}
    for path in files:
        name = path.name
        if name.startswith("manifest") or name.endswith(SIDECAR_SUFFIX) or name.startswith("."):
            continue
        if path.suffix == ".txt":
            if path.parent not in manifests:
                try:
                    manifests[path.parent] = _manifest(path.parent)
                except ValueError as exc:
                    yield Rejection(str(path.parent), str(exc))
                    manifests[path.parent] = {}
            yield _load_txt(path, manifests[path.parent], **kw)
        elif path.suffix == ".json":
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                yield Rejection(str(path), f"not JSON: {exc}")
                continue
            items = data if isinstance(data, list) else [data]
            for i, item in enumerate(items):
                yield _load_records(f"{path}[{i}]" if isinstance(data, list) else str(path), item, **kw)
        elif path.suffix == ".jsonl":
            for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
                if not line.strip():
                    continue
                try:
                    item = json.loads(line)
                except json.JSONDecodeError as exc:
                    yield Rejection(f"{path}:{number}", f"not JSON: {exc.msg}")
                    continue
                yield _load_records(f"{path}:{number}", item, **kw)
        else:
            yield Rejection(str(path), f"unsupported file type {path.suffix or '(none)'}: use .txt, .json or .jsonl")
