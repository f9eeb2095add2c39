"""Example tables for people: one person under many names, surnames, definite descriptions.

Each case is ``(text, expected)``: ``expected`` maps a mention's text to the canonical person it must
resolve to. Known gaps are ``xfail(strict=True)``.
"""

from __future__ import annotations

import datetime as dt

import pytest
from _pytest.mark.structures import ParameterSet

from services.extractor.extract import enrich
from services.extractor.gazetteer import Entry
from services.extractor.people import holds_on
from tests.factories import article

Case = tuple[str, dict[str, str]] | ParameterSet


def _ids(cases: list[Case]) -> list[str]:
    return [str(c.values[0] if isinstance(c, ParameterSet) else c[0]) for c in cases]


def people(text: str, published: dt.datetime | None = None) -> dict[str, str]:
    extra = {"published_at": published} if published else {}
    return {e.text: e.canonical for e in enrich(article(text, **extra)).entities if e.label == "PERSON"}


def check(text: str, expected: dict[str, str], published: dt.datetime | None = None) -> None:
    got = people(text, published)
    assert {k: got.get(k) for k in expected} == expected


ONE_PERSON: list[Case] = [
    (
        "President Volodymyr Zelenskyy spoke. Zelensky said later that Zelenskyy would go.",
        {"Volodymyr Zelenskyy": "Volodymyr Zelenskyy", "Zelensky": "Volodymyr Zelenskyy"},
    ),
    ("Donald J. Trump said. Trump added.", {"Donald J. Trump": "Donald Trump", "Trump": "Donald Trump"}),
    ("Recep Tayyip Erdoğan hosted the talks.", {"Recep Tayyip Erdoğan": "Recep Tayyip Erdogan"}),
]

SURNAMES: list[Case] = [
    # a person only the model knows: the later surname is the same person
    ("Marc Fogel, an American teacher, was freed. Fogel thanked Trump.", {"Fogel": "Marc Fogel"}),
    ("Oleksandr Vilkul said the city was hit. Vilkul added that two died.", {"Vilkul": "Oleksandr Vilkul"}),
    # a gazetteer person without a surname alias ("Fedorov" is ambiguous): the article decides
    ("Ivan Fedorov, the governor, said. Fedorov added more.", {"Fedorov": "Ivan Fedorov"}),
    # a gazetteer surname after another given name is a namesake, and so is the later bare surname
    (
        "Deputy Prime Minister Oleksii Kuleba said a man was killed. Kuleba added that heating was cut.",
        {"Oleksii Kuleba": "Oleksii Kuleba", "Kuleba": "Oleksii Kuleba"},
    ),
    # ... unless the article names the gazetteer's person in full too
    (
        "Dmytro Kuleba met Oleksii Kuleba in Kyiv.",
        {"Dmytro Kuleba": "Dmytro Kuleba", "Oleksii Kuleba": "Oleksii Kuleba"},
    ),
    # another transliteration of the same given name is the same person
    ("Alexander Syrskyi said the line held. Syrskyi added more.", {"Syrskyi": "Oleksandr Syrskyi"}),
    ("Georgy Tykhyi said the ministry would respond.", {"Tykhyi": "Heorhii Tykhyi"}),
    pytest.param(
        "Ivan Petrov met Oleh Petrov. Petrov said.",
        {"Petrov": "Ivan Petrov"},
        marks=pytest.mark.xfail(strict=True, reason="a surname two people share is left unresolved"),
    ),
]

DESCRIPTIONS: list[Case] = [
    # the office's holder named earlier in the article
    (
        "Ukrainian President Volodymyr Zelenskyy arrived. Rubio said the Ukrainian president owed an apology.",
        {"the Ukrainian president": "Volodymyr Zelenskyy"},
    ),
    # or known from the gazetteer title
    ("King Charles will receive the Ukrainian president.", {"the Ukrainian president": "Volodymyr Zelenskyy"}),
    ("Trump criticised the Russian leader.", {"the Russian leader": "Vladimir Putin"}),
    ("Putin dismissed the critics of the Kremlin leader.", {"the Kremlin leader": "Vladimir Putin"}),
    ("The U.S. president called Zelenskyy.", {"The U.S. president": "Donald Trump"}),
    ("Germany's chancellor spoke to Zelenskyy.", {"Germany's chancellor": "Olaf Scholz"}),  # February 2025
]


@pytest.mark.parametrize(("text", "expected"), ONE_PERSON, ids=_ids(ONE_PERSON))
def test_one_person_many_names(text: str, expected: dict[str, str]) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), SURNAMES, ids=_ids(SURNAMES))
def test_surname_resolution(text: str, expected: dict[str, str]) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), DESCRIPTIONS, ids=_ids(DESCRIPTIONS))
def test_definite_descriptions(text: str, expected: dict[str, str]) -> None:
    check(text, expected)


def test_description_is_read_on_the_article_date() -> None:
    """In May 2024 the U.S. president was Biden, and Scholz the German chancellor."""
    may_2024 = dt.datetime(2024, 5, 25, 12, tzinfo=dt.UTC)
    check("The U.S. president called Germany's chancellor.", {"The U.S. president": "Joe Biden"}, may_2024)
    check("Germany's chancellor called.", {"Germany's chancellor": "Olaf Scholz"}, may_2024)


def test_description_carries_the_role() -> None:
    (mention,) = [e for e in enrich(article("Trump criticised the Russian leader.")).entities if e.role]
    assert (mention.canonical, mention.role, mention.role_text) == (
        "Vladimir Putin",
        "President of Russia",
        "the Russian leader",
    )


def test_an_apposition_is_not_a_second_description() -> None:
    text = "Andrii Sybiha, Ukraine's foreign minister, said."
    assert [e.text for e in enrich(article(text)).entities if e.label == "PERSON"] == ["Andrii Sybiha"]


def _person(title: str) -> Entry:
    return Entry(id="person:x", label="PERSON", canonical="X", title=title)


HOLDS: list[tuple[str, dt.date | None, bool]] = [
    ("President of the United States", None, True),
    ("President of the United States (until January 2025)", None, False),
    ("President of the United States (until January 2025)", dt.date(2024, 5, 1), True),
    ("President of the United States (until January 2025)", dt.date(2025, 3, 1), False),
    ("Chancellor of Germany (from May 2025)", dt.date(2025, 4, 1), False),
    ("Chancellor of Germany (from May 2025)", dt.date(2025, 6, 1), True),
    ("Minister of Defence of Ukraine (Secretary of the NSDC from July 2025)", dt.date(2025, 6, 1), True),
    ("Minister of Defence of Ukraine (Secretary of the NSDC from July 2025)", dt.date(2025, 8, 1), False),
    ("Former Minister of Foreign Affairs of Ukraine (2020–2024)", None, False),
]


@pytest.mark.parametrize(("title", "on", "expected"), HOLDS, ids=[f"{t} on {o}" for t, o, _ in HOLDS])
def test_holds_on(title: str, on: dt.date | None, expected: bool) -> None:
    assert holds_on(_person(title), on) is expected
