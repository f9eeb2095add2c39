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
    ("chair of the defence committee", "Chairman of the Defence Committee", True),
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


def test_sets_ignore_diacritics_and_match_any_gazetteer_form() -> None:
    """The gold may spell a name without its diacritics or give another of the entity's names."""
    s = score_sets({"Rzeszów", "Group of Seven", "North Ossetia"}, ["Rzeszow", "G7", "North Ossetia–Alania"], "x")
    assert (s.tp, s.fp, s.fn) == (3, 0, 0)


PEOPLE_FORMS = [
    ("Viktor Orbán", {"name": "Viktor Orban", "aliases": ["Orban"]}, True),
    ("Recep Tayyip Erdogan", {"name": "Tayyip Erdogan", "aliases": ["Erdogan"]}, True),
    # a surname alone is not looked up: the gazetteer's Kuleba is not the gold's
    ("Dmytro Kuleba", {"name": "Oleksii Kuleba", "aliases": ["Kuleba"]}, False),
]


@pytest.mark.parametrize(("predicted", "gold", "same"), PEOPLE_FORMS, ids=[p for p, _, _ in PEOPLE_FORMS])
def test_people_by_another_form_of_the_name(predicted: str, gold: dict[str, object], same: bool) -> None:
    score, _ = score_people({predicted: None}, [{**gold, "role": None}], "x")
    assert score.tp == (1 if same else 0)


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


def test_events_pair_by_best_overlap_not_first_match() -> None:
    gold = [
        {
            "event": "summit",
            "participants": ["A", "B", "C"],
            "location": "X",
            "start": "2025-01-05",
            "end": "2025-01-06",
        },
        {"event": "meeting", "participants": ["A", "D"], "location": "X", "start": "2025-01-04", "end": "2025-01-04"},
    ]
    predicted = [
        {"title": "meeting", "participants": ["A", "D"], "location": "X", "start": "2025-01-04", "end": "2025-01-04"},
        {
            "title": "summit",
            "participants": ["A", "B", "C"],
            "location": "X",
            "start": "2025-01-05",
            "end": "2025-01-06",
        },
    ]
    score, dates, _ = score_events(predicted, gold, "x")
    assert (score.tp, dates.right) == (2, 2)


def _event(title: str, people: list[str], start: str, end: str, status: str = "held", kind: str = "meeting") -> dict:
    return {
        "event": title,
        "title": title,
        "kind": kind,
        "participants": people,
        "location": "X",
        "start": start,
        "end": end,
        "status": status,
    }


def _unplaced(title: str, people: list[str]) -> dict:
    return {**_event(title, people, "2025-01-09", "2025-01-09"), "location": None}


MONDAY_MEETING = _event("meeting", ["A", "B"], "2025-01-06", "2025-01-06")
FRIDAY_CALL = _event("call", ["A", "B"], "2025-01-10", "2025-01-10", kind="call")
HELD_ROUND = _event("round 1", ["A", "B"], "2025-01-06", "2025-01-06", status="held", kind="talks")
NEXT_ROUND = _event("round 2", ["A", "B"], "2025-01-20", "2025-01-20", status="scheduled", kind="talks")
# (gold, predicted, (tp, fp, fn), dates right, status right): each row failed with the greedy pairing,
# which gave a prediction to the first gold event it matched, or to the one it shared most people with.
PAIRINGS = [
    ("same people, meeting then call", [MONDAY_MEETING, FRIDAY_CALL], [FRIDAY_CALL, MONDAY_MEETING], (2, 0, 0), 2, 2),
    ("same people, held and scheduled round", [HELD_ROUND, NEXT_ROUND], [NEXT_ROUND, HELD_ROUND], (2, 0, 0), 2, 2),
    (
        "one prediction per neighbour: the agreeing one is paired, the other is missed",
        [MONDAY_MEETING, FRIDAY_CALL],
        [FRIDAY_CALL],
        (1, 0, 1),
        1,
        1,
    ),
    (
        "more pairs beat more shared people (no place given)",
        [_unplaced("a", ["A", "B"]), _unplaced("b", ["A"])],
        [_unplaced("x", ["A", "B"]), _unplaced("y", ["B"])],
        (2, 0, 0),
        2,
        2,
    ),
]


@pytest.mark.parametrize(
    ("gold", "predicted", "counts", "dates_right", "status_right"),
    [row[1:] for row in PAIRINGS],
    ids=[row[0] for row in PAIRINGS],
)
def test_events_pair_optimally(
    gold: list[dict], predicted: list[dict], counts: tuple[int, int, int], dates_right: int, status_right: int
) -> None:
    score, dates, status = score_events(predicted, gold, "x")
    assert (score.tp, score.fp, score.fn) == counts
    assert (dates.right, status.right) == (dates_right, status_right)


def test_events_pairing_is_deterministic_and_never_loosens_matching() -> None:
    """A prediction sharing neither a participant nor the place stays an extra, however well its
    dates agree; and scoring the same lists twice gives the same pairs."""
    gold = [MONDAY_MEETING]
    stranger = {**MONDAY_MEETING, "participants": ["C"], "location": "Y"}
    score, dates, _ = score_events([stranger], gold, "x")
    assert (score.tp, score.fp, score.fn, dates.right) == (0, 1, 1, 0)
    first = score_events([FRIDAY_CALL, MONDAY_MEETING], [MONDAY_MEETING, FRIDAY_CALL], "x")
    again = score_events([FRIDAY_CALL, MONDAY_MEETING], [MONDAY_MEETING, FRIDAY_CALL], "x")
    assert first == again
