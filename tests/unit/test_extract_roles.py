"""Example tables for roles: where a role is read (one list per pattern) and how it is normalized.

Each case is ``(text, person, expected_role)``: the first mention of ``person`` (a canonical name)
must carry ``expected_role``. Known gaps are ``xfail(strict=True)``.
"""

from __future__ import annotations

import pytest
from _pytest.mark.structures import ParameterSet

from services.extractor.extract import enrich
from services.extractor.gazetteer import default_gazetteer
from services.extractor.roles import normalize
from tests.factories import article

Case = tuple[str, str, str | None] | ParameterSet


def _ids(cases: list[Case]) -> list[str]:
    return [str(c.values[0] if isinstance(c, ParameterSet) else c[0]) for c in cases]


def role_of(text: str, person: str) -> str | None:
    roles = [e.role for e in enrich(article(text)).entities if e.label == "PERSON" and e.canonical == person]
    assert roles, f"{person} not found"
    return next((r for r in roles if r), None)


TITLE_BEFORE: list[Case] = [
    ("Deputy Foreign Minister Mikhail Galuzin said.", "Mikhail Galuzin", "Deputy Foreign Minister of Russia"),
    ("Ukrainian President Volodymyr Zelenskyy said.", "Volodymyr Zelenskyy", "President of Ukraine"),
    ("Ukraine's foreign minister Andrii Sybiha spoke.", "Andrii Sybiha", "Foreign Minister of Ukraine"),
    ("U.S. Secretary of State Marco Rubio flew in.", "Marco Rubio", "Secretary of State of the United States"),
    ("Kyiv Mayor Vitali Klitschko said two people died.", "Vitali Klitschko", "Mayor of Kyiv"),
    # a governor governs the region named after the city
    ("Zaporizhzhia Governor Ivan Fedorov said.", "Ivan Fedorov", "Governor of Zaporizhzhia Oblast"),
    ("Saudi Crown Prince Mohammed bin Salman hosted the talks.", "Mohammed bin Salman", "Crown Prince of Saudi Arabia"),
    # a person's possessive is kept as written
    ("Trump's envoy Steve Witkoff will travel.", "Steve Witkoff", "Trump's envoy"),
    ("Zelenskyy's chief of staff Andriy Yermak attended.", "Andriy Yermak", "Zelenskyy's chief of staff"),
    # an organization's role is kept as stated
    ("Kremlin spokesman Dmitry Peskov said.", "Dmitry Peskov", "Kremlin spokesman"),
    (
        "European Commission President Ursula von der Leyen arrived.",
        "Ursula von der Leyen",
        "European Commission President",
    ),
    # a plural title covers a list of names
    (
        "U.S. Senators Lindsey Graham and Richard Blumenthal visited Kyiv.",
        "Richard Blumenthal",
        "Senator of the United States",
    ),
    # a title in the gazetteer alias itself
    ("King Charles will receive him.", "Charles III", "King of the United Kingdom"),
    ("Pope Leo received Zelenskyy.", "Pope Leo XIV", "Pope"),
    # a rank between the office and the name is no part of the office ...
    ("Air Force commander Lieutenant General Mykola Oleshchuk spoke.", "Mykola Oleshchuk", "Air Force Commander"),
    # ... but the last word of "Secretary General" is no rank
    ("NATO Secretary General Jens Stoltenberg spoke.", "Jens Stoltenberg", "NATO Secretary General"),
    # "of" joins a title only after an office: "health" is none
    ("They fretted about the health of U.S. President Joe Biden.", "Joe Biden", "President of the United States"),
    # a word that dates the office stays in front of it
    (
        "Stoltenberg hands over to former Dutch Prime Minister Mark Rutte in October.",
        "Mark Rutte",
        "Former Prime Minister of the Netherlands",
    ),
    # capitalized words between an owner and the title name the portfolio
    (
        "Ukrainian Strategic Industries Minister Oleksandr Kamyshin said output rose.",
        "Oleksandr Kamyshin",
        "Strategic Industries Minister of Ukraine",
    ),
    (
        "U.S. Treasury Secretary Scott Bessent said sanctions would stay.",
        "Scott Bessent",
        "Treasury Secretary of the United States",
    ),
    # ... but without an owner before them they are not read ("Monday")
    ("On Monday Defence Minister Rustem Umerov said.", "Rustem Umerov", "Defence Minister of Ukraine"),
    ("House Speaker Mike Johnson said he would not back it.", "Mike Johnson", "House Speaker"),
    (
        "Republican presidential candidate Donald Trump said he would meet Zelenskyy.",
        "Donald Trump",
        "Republican Presidential Candidate",
    ),
    ("Putin and his spokesman Dmitry Peskov declined to comment.", "Dmitry Peskov", "Putin's spokesman"),
    # "his" is the person the sentence names with a possessive
    (
        "Trump's envoy Steve Witkoff and his son-in-law Jared Kushner held talks.",
        "Jared Kushner",
        "Trump's son-in-law",
    ),
]

APPOSITION_AFTER: list[Case] = [
    (
        "Keith Kellogg, Trump's envoy for Ukraine-Russia negotiations, will visit.",
        "Keith Kellogg",
        "Trump's envoy for Ukraine-Russia negotiations",
    ),
    # the title of the possessor is not part of the role
    (
        "Keith Kellogg, President Donald Trump's special envoy for Ukraine and Russia, will attend.",
        "Keith Kellogg",
        "Trump's special envoy for Ukraine and Russia",
    ),
    ("Andrii Sybiha, Ukraine's foreign minister, said.", "Andrii Sybiha", "Foreign Minister of Ukraine"),
    ("Igor Kobzev, governor of the Irkutsk region, said.", "Igor Kobzev", "Governor of Irkutsk Oblast"),
    (
        "Vyacheslav Gladkov, governor of Russia's Belgorod region, said.",
        "Vyacheslav Gladkov",
        "Governor of Belgorod Oblast",
    ),
    ("Artem Kobzar, Sumy's acting mayor, wrote.", "Artem Kobzar", "Acting Mayor of Sumy"),
    (
        "Stefan Kornelius, the German government's spokesman, said.",
        "Stefan Kornelius",
        "Government Spokesman of Germany",
    ),
    ("Steve Witkoff, the U.S. envoy who has met Putin, said.", "Steve Witkoff", "Envoy of the United States"),
    # a relative clause that names an office
    (
        "Grigory Karasin, who heads the international affairs committee of Russia's upper house, will lead.",
        "Grigory Karasin",
        "head of the international affairs committee of Russia's upper house",
    ),
    # "the region's" is the region named before
    (
        "Missile strikes on Zaporizhzhia killed three, said Ivan Fedorov, the region's governor.",
        "Ivan Fedorov",
        "Governor of Zaporizhzhia Oblast",
    ),
    # a rank alone gives way to the office
    ("Lieutenant General Mykola Oleshchuk, the Air Force commander, said.", "Mykola Oleshchuk", "Air Force Commander"),
    ("Vladimir Medinsky, a Kremlin aide who headed Russia's delegation, spoke.", "Vladimir Medinsky", "Kremlin aide"),
    # an adjective in "-ing" after "the" does not cut the phrase short
    (
        "Vyacheslav Gladkov, governor of the neighbouring Belgorod region, said.",
        "Vyacheslav Gladkov",
        "Governor of Belgorod Oblast",
    ),
    # "the conference" is the organization named before whose name ends so
    (
        "The Munich Security Conference opens on Friday. Christoph Heusgen, the veteran German diplomat who "
        "chairs the conference, said.",
        "Christoph Heusgen",
        "chair of the Munich Security Conference",
    ),
    # two offices joined by "and": the first
    (
        "Kirill Dmitriev, the head of the Russian Direct Investment Fund and Putin's envoy, arrived.",
        "Kirill Dmitriev",
        "head of the Russian Direct Investment Fund",
    ),
]

APPOSITION_BEFORE: list[Case] = [
    ("The head of the SBU, Vasyl Maliuk, reported.", "Vasyl Maliuk", "head of the SBU"),
    ("He said that the SBU chief, Vasyl Maliuk, had reported.", "Vasyl Maliuk", "SBU chief"),
    (
        "Trump's envoy for Ukraine-Russia negotiations, Keith Kellogg, will visit.",
        "Keith Kellogg",
        "Trump's envoy for Ukraine-Russia negotiations",
    ),
    # the office comes before the comma, the rank after it
    (
        "Ukraine's commander-in-chief, General Oleksandr Syrskyi, said troops advanced.",
        "Oleksandr Syrskyi",
        "Commander-in-Chief of Ukraine",
    ),
    # "its" is the organization named last
    (
        "Ukraine's military intelligence agency confirmed the plan. Its spokesman, Andriy Yusov, said more.",
        "Andriy Yusov",
        "Spokesman of the Defence Intelligence of Ukraine",
    ),
]

COUNTERPART: list[Case] = [
    # the office of the person named before, in the country the phrase gives
    (
        "Russian Foreign Minister Sergei Lavrov met his Turkish counterpart, Hakan Fidan, in Moscow.",
        "Hakan Fidan",
        "Foreign Minister of Turkey",
    ),
    # an office the text does not state comes from the gazetteer title
    ("Zelenskyy met his Polish counterpart Andrzej Duda in Warsaw.", "Andrzej Duda", "President of Poland"),
]

PREDICATE: list[Case] = [
    # "became the <title>"; an ordinal before the country describes the person, not the office
    (
        "Narendra Modi became the first Indian prime minister to visit Ukraine.",
        "Narendra Modi",
        "Prime Minister of India",
    ),
    ("Volodymyr Zelenskyy is the Ukrainian president.", "Volodymyr Zelenskyy", "President of Ukraine"),
    ("Donald Trump was the first president to visit.", "Donald Trump", "President of the United States"),
]

BARE_OFFICE: list[Case] = [
    # the country comes from the person's gazetteer affiliation
    ("Defence Minister Rustem Umerov attended.", "Rustem Umerov", "Defence Minister of Ukraine"),
    ("President Donald Trump said.", "Donald Trump", "President of the United States"),
    # or from the gazetteer title when it starts with the office
    ("Mayor Vitali Klitschko said.", "Vitali Klitschko", "Mayor of Kyiv"),
    ("the bloc's foreign policy chief Kaja Kallas said.", "Kaja Kallas", "Foreign Policy Chief of the European Union"),
    ("Kharkiv was hit again, regional governor Oleh Syniehubov said.", "Oleh Syniehubov", "Governor of Kharkiv Oblast"),
    # a governor with no region of his own governs the one his sentence names before him
    (
        "In the Leningrad region, Governor Alexander Drozdenko said a drone was downed.",
        "Alexander Drozdenko",
        "Governor of Leningrad Oblast",
    ),
    # a spokesman speaks for the organization the sentence names before him
    ("The Kremlin rejected it, with spokesman Dmitry Peskov saying so.", "Dmitry Peskov", "Kremlin spokesman"),
    ("At the Pentagon, spokesman Major Charlie Dietz said Ukraine decides.", "Charlie Dietz", "Pentagon spokesman"),
]

NO_ROLE: list[Case] = [
    ("Zelenskyy met Trump.", "Volodymyr Zelenskyy", None),
    ("Marc Fogel, who was freed this week, thanked Trump.", "Marc Fogel", None),
    # a military rank is not a role
    ("General Valerii Zaluzhnyi visited the front.", "Valerii Zaluzhnyi", None),
    # whose counterpart is not known: no role rather than a wrong one
    ("He met his Turkish counterpart, Hakan Fidan.", "Hakan Fidan", None),
    ("Olena Zelenska, his wife, attended.", "Olena Zelenska", None),
    # a predicate without an owner is a title only if it is a known office
    ("Volodymyr Zelenskyy was the first foreign leader at the summit.", "Volodymyr Zelenskyy", None),
]


@pytest.mark.parametrize(("text", "person", "expected"), TITLE_BEFORE, ids=_ids(TITLE_BEFORE))
def test_title_before(text: str, person: str, expected: str) -> None:
    assert role_of(text, person) == expected


@pytest.mark.parametrize(("text", "person", "expected"), APPOSITION_AFTER, ids=_ids(APPOSITION_AFTER))
def test_apposition_after(text: str, person: str, expected: str) -> None:
    assert role_of(text, person) == expected


@pytest.mark.parametrize(("text", "person", "expected"), APPOSITION_BEFORE, ids=_ids(APPOSITION_BEFORE))
def test_apposition_before(text: str, person: str, expected: str) -> None:
    assert role_of(text, person) == expected


@pytest.mark.parametrize(("text", "person", "expected"), COUNTERPART, ids=_ids(COUNTERPART))
def test_counterpart(text: str, person: str, expected: str) -> None:
    assert role_of(text, person) == expected


@pytest.mark.parametrize(("text", "person", "expected"), PREDICATE, ids=_ids(PREDICATE))
def test_predicate(text: str, person: str, expected: str) -> None:
    assert role_of(text, person) == expected


@pytest.mark.parametrize(("text", "person", "expected"), BARE_OFFICE, ids=_ids(BARE_OFFICE))
def test_bare_office(text: str, person: str, expected: str) -> None:
    assert role_of(text, person) == expected


@pytest.mark.parametrize(("text", "person", "expected"), NO_ROLE, ids=_ids(NO_ROLE))
def test_no_role(text: str, person: str, expected: None) -> None:
    assert role_of(text, person) is expected


NORMALIZE: list[tuple[str, str]] = [
    ("Ukrainian President", "President of Ukraine"),
    ("Russian Deputy Foreign Minister", "Deputy Foreign Minister of Russia"),
    ("U.S. Defense Secretary", "Defense Secretary of the United States"),
    ("British Defence Secretary", "Defence Secretary of the United Kingdom"),
    ("Britain's Defence Secretary", "Defence Secretary of the United Kingdom"),
    ("German defense minister", "Defence Minister of Germany"),
    ("Russia's chief negotiator", "Chief Negotiator of Russia"),
    ("Kharkiv Mayor", "Mayor of Kharkiv"),
    ("governor of the Kharkiv Region", "Governor of Kharkiv Oblast"),
    ("NATO Secretary-General", "NATO Secretary-General"),
    ("Trump's envoy for Ukraine-Russia negotiations", "Trump's envoy for Ukraine-Russia negotiations"),
    ("head of Kyiv's city military administration", "head of Kyiv's city military administration"),
    ("the Kremlin's foreign policy aide", "Kremlin's foreign policy aide"),
    ("former Dutch Prime Minister", "Former Prime Minister of the Netherlands"),
    ("the first Indian prime minister", "Prime Minister of India"),
    ("governor of the neighbouring Belgorod region", "Governor of Belgorod Oblast"),
    ("Ukraine's commander-in-chief", "Commander-in-Chief of Ukraine"),
    ("the Russian-installed governor of Sevastopol", "Russian-installed Governor of Sevastopol"),
]


@pytest.mark.parametrize(("phrase", "expected"), NORMALIZE, ids=[p for p, _ in NORMALIZE])
def test_normalize(phrase: str, expected: str) -> None:
    gazetteer = default_gazetteer()
    people = {"Trump": "Donald Trump"}
    assert normalize(phrase, None, gazetteer, people=people.get) == expected
