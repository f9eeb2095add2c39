"""Stable ids and the article's own date."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from shared.models import Article, Dateline, article_id_for, incident_id_for, normalize_url

URLS = [
    ("https://Example.com/a/b/?utm_source=x&id=3#top", "https://example.com/a/b?id=3"),
    ("https://example.com/a/b", "https://example.com/a/b"),
    ("HTTPS://EXAMPLE.COM/", "https://example.com/"),
    ("https://example.com/x?b=2&a=1&fbclid=zz", "https://example.com/x?a=1&b=2"),
]


@pytest.mark.parametrize(("url", "expected"), URLS, ids=[u for u, _ in URLS])
def test_normalize_url(url: str, expected: str) -> None:
    assert normalize_url(url) == expected


def test_same_story_same_id_across_tracking_links() -> None:
    when = datetime(2025, 2, 10, tzinfo=UTC)
    a = article_id_for(url="https://x.test/story?utm_medium=rss", source="a", title="t", published_at=when)
    b = article_id_for(url="https://x.test/story/", source="b", title="other", published_at=when)
    assert a == b


def test_id_without_url_uses_source_title_and_time() -> None:
    when = datetime(2025, 2, 10, tzinfo=UTC)
    a = article_id_for(url=None, source="Wire", title="Drones  over Kyiv", published_at=when)
    b = article_id_for(url=None, source="wire", title="Drones over Kyiv", published_at=when)
    c = article_id_for(
        url=None, source="wire", title="Drones over Kyiv", published_at=datetime(2025, 2, 11, tzinfo=UTC)
    )
    assert a == b != c


def test_incident_identity_ignores_counts_but_not_claimant() -> None:
    day = date(2025, 2, 9)
    ua = incident_id_for(
        claimant="Ukrainian Air Force", attacker="Russia", weapon="drone", occurred_on=day, cumulative=False
    )
    ru = incident_id_for(claimant="Russia", attacker="Ukraine", weapon="drone", occurred_on=day, cumulative=False)
    assert ua != ru
    assert ua == incident_id_for(
        claimant="ukrainian air force", attacker="russia", weapon="drone", occurred_on=day, cumulative=False
    )


def test_incident_identity_wave_only_when_given() -> None:
    day = date(2025, 2, 9)
    base = {"claimant": "Russian Ministry of Defence", "attacker": "Ukraine", "weapon": "missile", "occurred_on": day}
    plain = incident_id_for(**base, cumulative=False)
    assert plain == incident_id_for(**base, cumulative=False, wave=None)
    assert plain == "48e67559de323708"  # the identity before waves existed is unchanged
    day_wave = incident_id_for(**base, cumulative=False, wave="day")
    night_wave = incident_id_for(**base, cumulative=False, wave="night")
    assert len({plain, day_wave, night_wave}) == 3


def test_anchor_date_prefers_dateline() -> None:
    base = {
        "id": "abcdef0123456789",
        "source": "wire",
        "title": "t",
        "text": "KYIV, Feb 8 - text",
        "published_at": datetime(2025, 2, 10, 1, tzinfo=UTC),
        "ingested_at": datetime(2025, 2, 10, 1, tzinfo=UTC),
    }
    assert Article.model_validate(base).anchor_date == date(2025, 2, 10)
    dated = Article.model_validate(
        {**base, "dateline": Dateline(place="Kyiv", date=date(2025, 2, 8), text="KYIV, Feb 8 -")}
    )
    assert dated.anchor_date == date(2025, 2, 8)
