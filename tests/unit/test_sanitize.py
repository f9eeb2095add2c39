"""Untrusted text becomes plain text; broken dates are named."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from shared.sanitize import clean_text, implausible_date

CLEAN = [
    ("plain text stays", "Russia launched 83 drones.", "Russia launched 83 drones."),
    ("tags removed", "<p>Russia launched <b>83</b> drones.</p>", "Russia launched 83 drones."),
    ("script body dropped", "Before<script>alert('x')</script> after", "Before after"),
    ("style body dropped", "<style>p{color:red}</style>Text", "Text"),
    ("entities decoded once", "Kyiv &amp; Kharkiv &lt;b&gt;", "Kyiv & Kharkiv <b>"),
    ("event handler attribute gone", '<img src=x onerror="steal()">Sumy', "Sumy"),
    ("comments dropped", "A<!-- hidden <script> -->B", "A B"),
    ("paragraph breaks kept", "<p>One.</p><p>Two.</p>", "One.\nTwo."),
    ("control characters", "Kyiv\x00\x07 under\x1b attack", "Kyiv under attack"),
    ("windows newlines", "One.\r\nTwo.", "One.\nTwo."),
    ("blank lines folded", "One.\n\n\n\nTwo.", "One.\n\nTwo."),
    ("a lone less-than sign is text", "3 < 5 drones", "3 < 5 drones"),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in CLEAN], ids=[n for n, _, _ in CLEAN])
def test_clean_text(text: str, expected: str) -> None:
    assert clean_text(text) == expected


NOW = datetime(2025, 2, 10, 12, tzinfo=UTC)
DATES = [
    (datetime(2025, 2, 10, tzinfo=UTC), None),
    (datetime(2025, 2, 11, 23, tzinfo=UTC), None),
    (datetime(2031, 1, 1, tzinfo=UTC), "in the future"),
    (datetime(1970, 1, 1, tzinfo=UTC), "before 1990"),
]


@pytest.mark.parametrize(("when", "problem"), DATES, ids=[d.isoformat() for d, _ in DATES])
def test_implausible_date(when: datetime, problem: str | None) -> None:
    reason = implausible_date(when, now=NOW)
    if problem is None:
        assert reason is None
    else:
        assert reason is not None and problem in reason


def test_checked_article_cleans_and_rejects() -> None:
    from shared.codec import DecodeError
    from shared.sanitize import checked_article
    from tests.factories import article

    cleaned = checked_article(article("<p>Russia launched <b>10</b> drones.</p>"), max_text_chars=1000, now=NOW)
    assert cleaned.text == "Russia launched 10 drones."
    untouched = article("Plain.")
    assert checked_article(untouched, max_text_chars=1000, now=NOW) is untouched
    cases = [
        (article("<script>x()</script>"), "empty_text"),
        (article("word " * 500), "text_too_large"),
        (article("ok", published_at=datetime(2031, 1, 1, tzinfo=UTC)), "implausible_date"),
    ]
    for bad, kind in cases:
        with pytest.raises(DecodeError) as info:
            checked_article(bad, max_text_chars=1000, now=NOW)
        assert info.value.error_type == kind
