"""The evaluation's matching rules, as example tables."""

from __future__ import annotations

import pytest

from services.evaluation.scoring import role_matches, score_events, score_incidents, score_people, score_sets

ROLES = [
    ("President of Ukraine", "President of Ukraine", True),
    ("Foreign Minister of Ukraine", "Ukraine's foreign minister", True),
    ("Governor of Dnipropetrovsk Oblast", "Governor of the Dnipropetrovsk region", True),
    ("Interior Minister of Ukraine", "Interior Minister", True),
    ("President of Ukraine", "President", True),
    ("President of Russia", "Prime Minister of Russia", False),
    ("Air Force Commander Lieutenant General", "Air Force Commander", False),
    ("Governor of Kharkiv Oblast", "Governor of Sumy Oblast", False),
    (None, "President", False),
]


@pytest.mark.parametrize(("predicted", "gold", "same"), ROLES, ids=[f"{p} ~ {g}" for p, g, _ in ROLES])
def test_role_matches(predicted: str | None, gold: str, same: bool) -> None:
    assert role_matches(predicted, gold) is same


def test_people_by_alias_and_roles() -> None:
    gold = [
        {"name": "Volodymyr Zelenskyy", "aliases": ["Zelensky"], "role": "President of Ukraine"},
        {"name": "Mikhail Galuzin", "aliases": [], "role": "Deputy Foreign Minister of Russia"},
    ]
    score, roles = score_people({"Zelensky": "President of Ukraine", "Keith Kellogg": None}, gold, "x")
    assert (score.tp, score.fp, score.fn) == (1, 1, 1)
    assert (roles.right, roles.total) == (1, 1)


def test_sets_ignore_case() -> None:
    s = score_sets({"kyiv", "Sumy"}, ["Kyiv", "Odesa"], "x")
    assert (s.tp, s.fp, s.fn) == (1, 1, 1)


def test_incidents_match_on_exact_counts_and_skip_ambiguous() -> None:
    gold = [
        {
            "claimant": "UAF",
            "attacker": "Russia",
            "weapon": "drone",
            "launched": 83,
            "destroyed": 61,
            "lost": 22,
            "date": "2025-02-09",
        },
        {
            "claimant": "UAF",
            "attacker": "Russia",
            "weapon": "missile",
            "launched": 7,
            "destroyed": 5,
            "lost": None,
            "ambiguous": True,
        },
    ]
    predicted = [
        {
            "attacker": "Russia",
            "weapon": "drone",
            "launched": 83,
            "destroyed": 61,
            "lost": 22,
            "occurred_on": "2025-02-10",
        },
        {"attacker": "Russia", "weapon": "missile", "launched": 7, "destroyed": 4, "lost": None},
    ]
    score, dates, _ = score_incidents(predicted, gold, "x")
    assert (score.tp, score.fp, score.fn) == (1, 0, 0)
    assert (dates.right, dates.total) == (0, 1)


def test_events_match_by_participant_or_place() -> None:
    gold = [
        {
            "event": "MSC",
            "participants": ["JD Vance"],
            "location": "Munich",
            "start": "2025-02-14",
            "end": "2025-02-16",
            "status": "scheduled",
        }
    ]
    predicted = [
        {
            "title": "x",
            "participants": [],
            "location": "Munich",
            "start": "2025-02-15",
            "end": "2025-02-16",
            "status": "held",
        }
    ]
    score, dates, status = score_events(predicted, gold, "x")
    assert (score.tp, dates.right, status.right) == (1, 0, 0)


def test_required_gold_items_are_paired_before_ambiguous_ones() -> None:
    gold = [
        {"event": "maybe", "participants": ["A"], "location": None, "ambiguous": True},
        {"event": "sure", "participants": ["A"], "location": None, "start": "2025-01-01", "end": "2025-01-01"},
    ]
    predicted = [{"title": "x", "participants": ["A"], "location": None, "start": "2025-01-01", "end": "2025-01-01"}]
    score, dates, _ = score_events(predicted, gold, "x")
    assert (score.tp, score.fn, score.fp) == (1, 0, 0)
    assert dates.right == 1
