"""Example tables for the temporal normalizer, one list per rule family.

Each case is ``(sentence, anchor, expected_start, expected_end, expected_granularity,
expected_text)``: the sentence must hold exactly one date expression and it must come back with
those values. Known gaps are ``pytest.param(..., marks=xfail(strict=True))`` so that fixing one
shows up as an unexpected pass. The conventions tested here are set out in the docstring of
``shared.timex``.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest

from shared.timex import DateSpan, Granularity, Tense, find_dates, tense_of

MON = date(2025, 2, 10)  # the seed article's dateline
WED = date(2025, 2, 12)
THU = date(2025, 2, 13)
FRI = date(2025, 2, 14)
SAT = date(2025, 2, 15)
SUN = date(2025, 2, 16)

D = date


def gap(*case: Any, reason: str) -> Any:
    """A case the normalizer does not handle yet."""
    return pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason=reason))


def ids(cases: Sequence[Any]) -> list[str]:
    """Test ids that show the sentence, for plain tuples and pytest.param alike."""
    return [str(getattr(case, "values", case)[0]) for case in cases]


SEED_CASES = [
    (
        "Vice President JD Vance is expected to attend the Munich Security Conference in southern Germany next weekend",
        MON,
        D(2025, 2, 15),
        D(2025, 2, 16),
        "week",
        "next weekend",
    ),
    # The text leaves out a preposition that only places the date ("on").
    (
        "Keith Kellogg, is scheduled to visit Ukraine on February 20.",
        MON,
        D(2025, 2, 20),
        D(2025, 2, 20),
        "day",
        "February 20",
    ),
    (
        "On Sunday night, Ukraine's air force reported downing 61 of 83 Russian drones",
        MON,
        D(2025, 2, 9),
        D(2025, 2, 9),
        "day",
        "Sunday night",
    ),
]

WEEKDAY_CASES = [
    # Past: the latest such weekday on or before the anchor; the anchor's own weekday is the anchor.
    ("Zelensky met Macron in Paris on Thursday.", MON, D(2025, 2, 6), D(2025, 2, 6), "day", "Thursday"),
    ("The foreign ministers spoke by phone on Monday.", MON, D(2025, 2, 10), D(2025, 2, 10), "day", "Monday"),
    ("The foreign ministers spoke by phone last Monday.", MON, D(2025, 2, 3), D(2025, 2, 3), "day", "last Monday"),
    ("Thursday's talks in Riyadh ended without a deal.", MON, D(2025, 2, 6), D(2025, 2, 6), "day", "Thursday"),
    ("Explosions were heard in Kyiv early Saturday.", MON, D(2025, 2, 8), D(2025, 2, 8), "day", "early Saturday"),
    ("Russia launched missiles late on Sunday.", MON, D(2025, 2, 9), D(2025, 2, 9), "day", "late on Sunday"),
    # "Later on <weekday>" orders the day's events; in a past sentence it is no future word.
    ("Later on Friday, the envoy flew to Doha.", MON, D(2025, 2, 7), D(2025, 2, 7), "day", "Friday"),
    ("Tusk spoke to Sanchez later on Saturday.", WED, D(2025, 2, 8), D(2025, 2, 8), "day", "Saturday"),
    (
        "Drones hit Odesa on Saturday morning, the governor said.",
        MON,
        D(2025, 2, 8),
        D(2025, 2, 8),
        "day",
        "Saturday morning",
    ),
    # Future: the anchor itself when it is that weekday, else the earliest such weekday after it.
    ("Rubio will travel to Riyadh on Thursday.", MON, D(2025, 2, 13), D(2025, 2, 13), "day", "Thursday"),
    (
        "Zelenskyy is due to hold talks with Starmer on Saturday.",
        SAT,
        D(2025, 2, 15),
        D(2025, 2, 15),
        "day",
        "Saturday",
    ),
    ("Trump was due to speak with Zelenskyy later on Monday.", MON, D(2025, 2, 10), D(2025, 2, 10), "day", "Monday"),
    ("EU ministers were expected to meet in Brussels on Friday.", FRI, D(2025, 2, 14), D(2025, 2, 14), "day", "Friday"),
    # ... unless the sentence says the event repeats one: then it is the following week's.
    ("The envoys will meet again on Monday.", MON, D(2025, 2, 17), D(2025, 2, 17), "day", "Monday"),
    ("The envoys will meet again on Thursday.", MON, D(2025, 2, 13), D(2025, 2, 13), "day", "Thursday"),
    # Present: the anchor itself when it is that weekday, else the nearer one.
    ("The Security Council meets on Monday.", MON, D(2025, 2, 10), D(2025, 2, 10), "day", "Monday"),
    ("The summit is on Friday.", THU, D(2025, 2, 14), D(2025, 2, 14), "day", "Friday"),
    ("Talks in Jeddah are on Tuesday.", THU, D(2025, 2, 11), D(2025, 2, 11), "day", "Tuesday"),
    # Modifiers override the tense.
    ("Negotiators met last Thursday in Istanbul.", MON, D(2025, 2, 6), D(2025, 2, 6), "day", "last Thursday"),
    ("Ukraine held commemorations this past Sunday.", MON, D(2025, 2, 9), D(2025, 2, 9), "day", "this past Sunday"),
    # "last" never names the day before the story: that one is "on Thursday" or "yesterday".
    ("The envoys met Putin late last Thursday.", FRI, D(2025, 2, 6), D(2025, 2, 6), "day", "late last Thursday"),
    ("Talks were held last Friday and Saturday.", FRI, D(2025, 2, 7), D(2025, 2, 8), "day", "last Friday and Saturday"),
    # "last" names a day of the week before the story's, Monday to Sunday: a day of the story's own
    # week is told without it ("spoke on Wednesday"), so a Friday's "last Wednesday" is nine days back.
    ("The ministers spoke last Wednesday.", FRI, D(2025, 2, 5), D(2025, 2, 5), "day", "last Wednesday"),
    ("The envoys flew to Riyadh last Thursday.", SAT, D(2025, 2, 6), D(2025, 2, 6), "day", "last Thursday"),
    ("Kyiv hosted the talks last Saturday.", MON, D(2025, 2, 8), D(2025, 2, 8), "day", "last Saturday"),
    ("The two leaders spoke last Tuesday.", THU, D(2025, 2, 4), D(2025, 2, 4), "day", "last Tuesday"),
    # A Sunday story's week is over: its "last Wednesday" is four days back, never the day before.
    ("The ministers met last Wednesday.", SUN, D(2025, 2, 12), D(2025, 2, 12), "day", "last Wednesday"),
    ("The ministers met last Saturday.", SUN, D(2025, 2, 8), D(2025, 2, 8), "day", "last Saturday"),
    (
        "Witkoff is due to arrive this coming Saturday.",
        MON,
        D(2025, 2, 15),
        D(2025, 2, 15),
        "day",
        "this coming Saturday",
    ),
    # "this Thursday" is in the anchor's ISO week, even when that day has passed.
    ("The delegation is due to arrive this Thursday.", MON, D(2025, 2, 13), D(2025, 2, 13), "day", "this Thursday"),
    (
        "Officials will review the talks held this Thursday.",
        FRI,
        D(2025, 2, 13),
        D(2025, 2, 13),
        "day",
        "this Thursday",
    ),
    # "next Thursday" is the Thursday of the following ISO week, not the coming Thursday.
    ("Witkoff is due to arrive next Thursday.", MON, D(2025, 2, 20), D(2025, 2, 20), "day", "next Thursday"),
    ("Witkoff is due to arrive next Thursday.", SUN, D(2025, 2, 20), D(2025, 2, 20), "day", "next Thursday"),
    # "Thursday of last week", "Friday next week": that day of the week named, whatever the tense.
    (
        "He had been due to arrive on Thursday of last week.",
        MON,
        D(2025, 2, 6),
        D(2025, 2, 6),
        "day",
        "Thursday of last week",
    ),
    ("Leaders meet in Brussels on Friday next week.", MON, D(2025, 2, 21), D(2025, 2, 21), "day", "Friday next week"),
    # ... and so are two days joined before the week.
    (
        "Modi will be in Moscow from Monday to Wednesday next week.",
        MON,
        D(2025, 2, 17),
        D(2025, 2, 19),
        "day",
        "from Monday to Wednesday next week",
    ),
    (
        "The ministers meet in Ankara on Monday and Tuesday next week.",
        FRI,
        D(2025, 2, 17),
        D(2025, 2, 18),
        "day",
        "Monday and Tuesday next week",
    ),
    (
        "Talks were held on Thursday and Friday last week.",
        WED,
        D(2025, 2, 6),
        D(2025, 2, 7),
        "day",
        "Thursday and Friday last week",
    ),
    ("The envoys met on Tuesday this week.", SUN, D(2025, 2, 11), D(2025, 2, 11), "day", "Tuesday this week"),
    # Each date takes the tense of the nearest tense word in its own clause.
    (
        "The talks will take place in Riyadh, officials said on Tuesday.",
        WED,
        D(2025, 2, 11),
        D(2025, 2, 11),
        "day",
        "Tuesday",
    ),
    (
        "Trump and Putin spoke on Wednesday and agreed that their teams will begin negotiations.",
        THU,
        D(2025, 2, 12),
        D(2025, 2, 12),
        "day",
        "Wednesday",
    ),
    # Ranges of weekdays start at the first day as the tense places it.
    (
        "The ministers met from Monday to Wednesday.",
        THU,
        D(2025, 2, 10),
        D(2025, 2, 12),
        "day",
        "from Monday to Wednesday",
    ),
    (
        "Shells fell on Kherson between Saturday and Sunday.",
        MON,
        D(2025, 2, 8),
        D(2025, 2, 9),
        "day",
        "between Saturday and Sunday",
    ),
    # A deadline has no start; with no tense word it looks ahead.
    ("Kyiv must respond by Friday.", MON, None, D(2025, 2, 14), "day", "by Friday"),
    ("Russia must answer by Friday.", THU, None, D(2025, 2, 14), "day", "by Friday"),
    ("On sunday, the ministers met in Warsaw.", MON, D(2025, 2, 9), D(2025, 2, 9), "day", "sunday"),
]

NIGHT_CASES = [
    # A night is dated to the evening it began.
    (
        "Russia launched 147 drones overnight, Ukraine's air force said.",
        MON,
        D(2025, 2, 9),
        D(2025, 2, 9),
        "day",
        "overnight",
    ),
    ("Overnight, Russia attacked energy sites in Poltava.", MON, D(2025, 2, 9), D(2025, 2, 9), "day", "Overnight"),
    ("The talks will continue overnight.", MON, D(2025, 2, 10), D(2025, 2, 10), "day", "overnight"),
    ("Air defences were active last night over Kyiv.", MON, D(2025, 2, 9), D(2025, 2, 9), "day", "last night"),
    ("Sirens are expected tonight in Kharkiv.", MON, D(2025, 2, 10), D(2025, 2, 10), "day", "tonight"),
    (
        "Russia attacked Kharkiv overnight on Saturday, officials said.",
        MON,
        D(2025, 2, 8),
        D(2025, 2, 8),
        "day",
        "overnight on Saturday",
    ),
    (
        "Explosions rocked Kharkiv overnight into Sunday.",
        MON,
        D(2025, 2, 8),
        D(2025, 2, 8),
        "day",
        "overnight into Sunday",
    ),
    (
        "Russia fired missiles on Saturday night into Sunday.",
        MON,
        D(2025, 2, 8),
        D(2025, 2, 8),
        "day",
        "Saturday night into Sunday",
    ),
    (
        "Russia struck Kyiv on the night of February 9.",
        MON,
        D(2025, 2, 9),
        D(2025, 2, 9),
        "day",
        "the night of February 9",
    ),
    (
        "Drones attacked Poltava on the night of February 9 to 10.",
        MON,
        D(2025, 2, 9),
        D(2025, 2, 9),
        "day",
        "the night of February 9 to 10",
    ),
    (
        "Kyiv came under attack on the night of 9-10 February.",
        MON,
        D(2025, 2, 9),
        D(2025, 2, 9),
        "day",
        "the night of 9-10 February",
    ),
    # The early hours are named after the day they fall on, not the evening before.
    (
        "Russia attacked in the early hours of Sunday.",
        MON,
        D(2025, 2, 9),
        D(2025, 2, 9),
        "day",
        "the early hours of Sunday",
    ),
]

RELATIVE_DAY_CASES = [
    ("Ukraine and the US will sign the deal today.", MON, D(2025, 2, 10), D(2025, 2, 10), "day", "today"),
    ("Lavrov spoke to Rubio yesterday.", MON, D(2025, 2, 9), D(2025, 2, 9), "day", "yesterday"),
    ("Kellogg arrives in Kyiv tomorrow.", MON, D(2025, 2, 11), D(2025, 2, 11), "day", "tomorrow"),
    ("The talks continued yesterday morning.", MON, D(2025, 2, 9), D(2025, 2, 9), "day", "yesterday morning"),
    ("Sybiha met Kallas earlier today.", MON, D(2025, 2, 10), D(2025, 2, 10), "day", "earlier today"),
    ("Zelensky addressed parliament this morning.", MON, D(2025, 2, 10), D(2025, 2, 10), "day", "this morning"),
    # A part of the day with no day named is the anchor's; a night belongs to the evening before.
    ("In the evening Fidan met the Russian delegation.", THU, D(2025, 2, 13), D(2025, 2, 13), "day", "the evening"),
    ("The talks resumed in the afternoon.", THU, D(2025, 2, 13), D(2025, 2, 13), "day", "the afternoon"),
    ("The delegations met the day before.", MON, D(2025, 2, 9), D(2025, 2, 9), "day", "the day before"),
    (
        "The ministers spoke the day before yesterday.",
        MON,
        D(2025, 2, 8),
        D(2025, 2, 8),
        "day",
        "the day before yesterday",
    ),
    ("The ceasefire expired two days ago.", MON, D(2025, 2, 8), D(2025, 2, 8), "day", "two days ago"),
    (
        "Prisoners were exchanged a couple of days ago.",
        MON,
        D(2025, 2, 8),
        D(2025, 2, 8),
        "day",
        "a couple of days ago",
    ),
    ("A prisoner exchange is planned in two days.", MON, D(2025, 2, 12), D(2025, 2, 12), "day", "in two days"),
    ("The monitors will report in 10 days.", MON, D(2025, 2, 20), D(2025, 2, 20), "day", "in 10 days"),
    # Counted weeks and months keep the day but say how precise they are.
    ("Negotiators are to meet again in two weeks.", MON, D(2025, 2, 24), D(2025, 2, 24), "week", "in two weeks"),
    ("The ministers will meet in a week's time.", MON, D(2025, 2, 17), D(2025, 2, 17), "week", "in a week's time"),
    ("The summit took place a week ago.", MON, D(2025, 2, 3), D(2025, 2, 3), "week", "a week ago"),
    ("The strike came three weeks ago.", MON, D(2025, 1, 20), D(2025, 1, 20), "week", "three weeks ago"),
    ("The envoy last visited a month ago.", MON, D(2025, 1, 10), D(2025, 1, 10), "month", "a month ago"),
    ("Kyiv expects an answer within two weeks.", MON, None, D(2025, 2, 24), "week", "within two weeks"),
    # A rounding word before the count leaves the deadline as it is.
    (
        "The envoys hope to sit down again within roughly two weeks.",
        MON,
        None,
        D(2025, 2, 24),
        "week",
        "within roughly two weeks",
    ),
    # "the next" makes a count a deadline too; a fortnight is two weeks.
    (
        "The sides should meet within the next two weeks.",
        MON,
        None,
        D(2025, 2, 24),
        "week",
        "within the next two weeks",
    ),
    ("A deal is due in the next 10 days.", MON, None, D(2025, 2, 20), "day", "in the next 10 days"),
    ("The envoys will return in a fortnight.", MON, D(2025, 2, 24), D(2025, 2, 24), "week", "in a fortnight"),
    ("The talks began a fortnight ago.", MON, D(2025, 1, 27), D(2025, 1, 27), "week", "a fortnight ago"),
]

WEEKEND_CASES = [
    ("Leaders will meet in London this weekend.", MON, D(2025, 2, 15), D(2025, 2, 16), "week", "this weekend"),
    ("Leaders are meeting in London this weekend.", SUN, D(2025, 2, 15), D(2025, 2, 16), "week", "this weekend"),
    # "next weekend" is the coming one from Monday to Thursday, the one after from Friday on.
    ("The talks will resume next weekend.", THU, D(2025, 2, 15), D(2025, 2, 16), "week", "next weekend"),
    ("The talks will resume next weekend.", FRI, D(2025, 2, 22), D(2025, 2, 23), "week", "next weekend"),
    ("The talks will resume next weekend.", SAT, D(2025, 2, 22), D(2025, 2, 23), "week", "next weekend"),
    ("The talks will resume next weekend.", SUN, D(2025, 2, 22), D(2025, 2, 23), "week", "next weekend"),
    ("The envoys met last weekend.", MON, D(2025, 2, 8), D(2025, 2, 9), "week", "last weekend"),
    ("The envoys met last weekend.", SUN, D(2025, 2, 8), D(2025, 2, 9), "week", "last weekend"),
    ("The envoys met this past weekend.", MON, D(2025, 2, 8), D(2025, 2, 9), "week", "this past weekend"),
    # "the weekend" follows the tense.
    ("Officials met in Jeddah over the weekend.", MON, D(2025, 2, 8), D(2025, 2, 9), "week", "the weekend"),
    ("The leaders will meet at the weekend.", WED, D(2025, 2, 15), D(2025, 2, 16), "week", "the weekend"),
    ("The leaders will meet at the weekend.", SAT, D(2025, 2, 15), D(2025, 2, 16), "week", "the weekend"),
    ("The leaders met at the weekend.", WED, D(2025, 2, 8), D(2025, 2, 9), "week", "the weekend"),
    ("Strikes are expected over the weekend.", THU, D(2025, 2, 15), D(2025, 2, 16), "week", "the weekend"),
    # A weekend sentence with its verb in another clause takes the main verb's tense.
    (
        "Over the weekend, diplomats who met in Riyadh in private will hold talks.",
        WED,
        D(2025, 2, 15),
        D(2025, 2, 16),
        "week",
        "the weekend",
    ),
]

WEEK_CASES = [
    ("Trump said talks will start next week.", MON, D(2025, 2, 17), D(2025, 2, 23), "week", "next week"),
    ("The EU is discussing new sanctions this week.", MON, D(2025, 2, 10), D(2025, 2, 16), "week", "this week"),
    ("Rutte visited Kyiv last week.", MON, D(2025, 2, 3), D(2025, 2, 9), "week", "last week"),
    ("Kellogg will visit Kyiv later this week.", MON, D(2025, 2, 11), D(2025, 2, 16), "week", "later this week"),
    ("The envoys met earlier this week.", THU, D(2025, 2, 10), D(2025, 2, 13), "week", "earlier this week"),
    ("A decision is expected early next week.", MON, D(2025, 2, 17), D(2025, 2, 19), "week", "early next week"),
    ("A decision is expected late next week.", MON, D(2025, 2, 20), D(2025, 2, 23), "week", "late next week"),
    ("A decision is expected by the end of next week.", MON, None, D(2025, 2, 23), "week", "by the end of next week"),
    (
        "Talks could resume at the end of next week.",
        MON,
        D(2025, 2, 21),
        D(2025, 2, 23),
        "week",
        "the end of next week",
    ),
    ("A draft is due by the end of the week.", MON, None, D(2025, 2, 16), "week", "by the end of the week"),
    ("Talks are planned for the week of March 3.", MON, D(2025, 3, 3), D(2025, 3, 9), "week", "the week of March 3"),
    ("Talks are planned for the week of March 5.", MON, D(2025, 3, 3), D(2025, 3, 9), "week", "the week of March 5"),
    # "the past week", "the coming week" are rolling seven days.
    ("Russia launched 1,200 drones over the past week.", MON, D(2025, 2, 3), D(2025, 2, 9), "week", "the past week"),
    ("More talks are expected in the coming week.", MON, D(2025, 2, 11), D(2025, 2, 17), "week", "the coming week"),
    ("TALKS WILL RESUME NEXT WEEK", MON, D(2025, 2, 17), D(2025, 2, 23), "week", "NEXT WEEK"),
    # "earlier/later in the week" is the anchor's week, as "earlier/later this week" is.
    ("The envoys met earlier in the week.", THU, D(2025, 2, 10), D(2025, 2, 13), "week", "earlier in the week"),
    ("Moscow will name its team later in the week.", MON, D(2025, 2, 11), D(2025, 2, 16), "week", "later in the week"),
    ("Ministers will meet later in the month.", MON, D(2025, 2, 11), D(2025, 2, 28), "month", "later in the month"),
    ("Leaders will meet again later in the year.", MON, D(2025, 2, 11), D(2025, 12, 31), "month", "later in the year"),
    # A count of days or weeks "earlier"/"later" with no day named before it counts from the anchor.
    ("The previous record was set a week earlier.", MON, D(2025, 2, 3), D(2025, 2, 3), "week", "a week earlier"),
    ("The envoys are to return a week later.", MON, D(2025, 2, 17), D(2025, 2, 17), "week", "a week later"),
    ("Firefighters were still at work two days later.", MON, D(2025, 2, 12), D(2025, 2, 12), "day", "two days later"),
    ("The ministers met the following week.", MON, D(2025, 2, 17), D(2025, 2, 23), "week", "the following week"),
    ("The talks had collapsed the previous week.", MON, D(2025, 2, 3), D(2025, 2, 9), "week", "the previous week"),
    # Halves of a month, a week or a year.
    (
        "A vote is planned in the second half of March.",
        MON,
        D(2025, 3, 16),
        D(2025, 3, 31),
        "month",
        "the second half of March",
    ),
    (
        "Talks could open in the first half of next year.",
        MON,
        D(2026, 1, 1),
        D(2026, 6, 30),
        "month",
        "the first half of next year",
    ),
    (
        "Delivery is due in the second half of next month.",
        MON,
        D(2025, 3, 16),
        D(2025, 3, 31),
        "month",
        "the second half of next month",
    ),
    # Month-end and year-end deadlines.
    ("A deal is expected by year-end.", MON, None, D(2025, 12, 31), "month", "by year-end"),
    ("The money should arrive before the year's end.", MON, None, D(2025, 12, 31), "month", "before the year's end"),
    ("A deal is expected late last month.", MON, D(2025, 1, 21), D(2025, 1, 31), "month", "late last month"),
    # "the week after next" is the ISO week two after the anchor's.
    ("The talks resume the week after next.", WED, D(2025, 2, 24), D(2025, 3, 2), "week", "the week after next"),
]

MONTH_CASES = [
    ("Leaders will meet again later this month.", MON, D(2025, 2, 11), D(2025, 2, 28), "month", "later this month"),
    ("The envoys met earlier this month.", MON, D(2025, 2, 1), D(2025, 2, 10), "month", "earlier this month"),
    ("Sanctions are being discussed this month.", MON, D(2025, 2, 1), D(2025, 2, 28), "month", "this month"),
    ("The summit will be held next month.", MON, D(2025, 3, 1), D(2025, 3, 31), "month", "next month"),
    ("The summit was held last month.", MON, D(2025, 1, 1), D(2025, 1, 31), "month", "last month"),
    ("Aid should arrive early next month.", MON, D(2025, 3, 1), D(2025, 3, 10), "month", "early next month"),
    ("The EU will decide in early March.", MON, D(2025, 3, 1), D(2025, 3, 10), "month", "early March"),
    ("A vote is planned for mid-March.", MON, D(2025, 3, 11), D(2025, 3, 20), "month", "mid-March"),
    ("A vote is planned for late March.", MON, D(2025, 3, 21), D(2025, 3, 31), "month", "late March"),
    ("A vote is planned at the end of March.", MON, D(2025, 3, 21), D(2025, 3, 31), "month", "the end of March"),
    (
        "A donor conference is planned for the beginning of April.",
        MON,
        D(2025, 4, 1),
        D(2025, 4, 10),
        "month",
        "the beginning of April",
    ),
    ("A deal could come by mid-March.", MON, None, D(2025, 3, 20), "month", "by mid-March"),
    # A month alone: future on or after the anchor's month, past on or before, present the nearer.
    ("The talks will resume in March.", MON, D(2025, 3, 1), D(2025, 3, 31), "month", "March"),
    ("The ministers met in March.", MON, D(2024, 3, 1), D(2024, 3, 31), "month", "March"),
    ("The talks will resume in January.", MON, D(2026, 1, 1), D(2026, 1, 31), "month", "January"),
    ("The ministers met in January.", MON, D(2025, 1, 1), D(2025, 1, 31), "month", "January"),
    ("The ministers met in February.", MON, D(2025, 2, 1), D(2025, 2, 28), "month", "February"),
    ("The talks will resume in February.", MON, D(2025, 2, 1), D(2025, 2, 28), "month", "February"),
    ("The summit is in August.", MON, D(2025, 8, 1), D(2025, 8, 31), "month", "August"),
    ("The summit is in December.", MON, D(2024, 12, 1), D(2024, 12, 31), "month", "December"),
    # Deadlines.
    ("A deal is expected by the end of the month.", MON, None, D(2025, 2, 28), "month", "by the end of the month"),
    # "before" sets a deadline as "by" does.
    (
        "Trump said he would probably meet Putin before the end of the month.",
        MON,
        None,
        D(2025, 2, 28),
        "month",
        "before the end of the month",
    ),
    ("A draft is due before Friday.", MON, None, D(2025, 2, 14), "day", "before Friday"),
    ("A deal is expected by the end of March.", MON, None, D(2025, 3, 31), "month", "by the end of March"),
    ("A deal is expected by the end of the year.", MON, None, D(2025, 12, 31), "month", "by the end of the year"),
    ("A deal is expected by the end of 2026.", MON, None, D(2026, 12, 31), "month", "by the end of 2026"),
    # Month and year.
    ("The offensive began in March 2025.", MON, D(2025, 3, 1), D(2025, 3, 31), "month", "March 2025"),
    ("The front has barely moved since February 2022.", MON, D(2022, 2, 1), D(2022, 2, 28), "month", "February 2022"),
    ("The treaty was signed in June of 2024.", MON, D(2024, 6, 1), D(2024, 6, 30), "month", "June of 2024"),
    # Parts of a year, by the thirds of a month ("early" January-April); a bare "this year" is no date.
    ("Trump said a deal could come later this year.", MON, D(2025, 2, 11), D(2025, 12, 31), "month", "later this year"),
    ("The strike happened earlier this year.", MON, D(2025, 1, 1), D(2025, 2, 10), "month", "earlier this year"),
    # A bare "next year" is the whole year; a bare "this year" stays no date.
    ("The two leaders will meet again next year.", MON, D(2026, 1, 1), D(2026, 12, 31), "month", "next year"),
    ("A summit is planned for early next year.", MON, D(2026, 1, 1), D(2026, 4, 30), "month", "early next year"),
    ("Elections could be held in late 2026.", MON, D(2026, 9, 1), D(2026, 12, 31), "month", "late 2026"),
    (
        "A summit could come before the end of the year.",
        MON,
        None,
        D(2025, 12, 31),
        "month",
        "before the end of the year",
    ),
]

ABSOLUTE_CASES = [
    ("The envoy will visit Kyiv on Feb. 20.", MON, D(2025, 2, 20), D(2025, 2, 20), "day", "Feb. 20"),
    # A day of the month alone is in the anchor's month or a neighbouring one, by the tense.
    ("The envoys will meet again on the 20th.", MON, D(2025, 2, 20), D(2025, 2, 20), "day", "the 20th"),
    ("The envoys will meet again on the 3rd.", MON, D(2025, 3, 3), D(2025, 3, 3), "day", "the 3rd"),
    ("The envoys met on the 28th.", MON, D(2025, 1, 28), D(2025, 1, 28), "day", "the 28th"),
    # A postponement's new date is still to come, whatever tense the sentence is in.
    ("The meeting was pushed back to March 3.", D(2025, 3, 1), D(2025, 3, 3), D(2025, 3, 3), "day", "March 3"),
    ("The summit was delayed until Feb. 20.", D(2025, 2, 18), D(2025, 2, 20), D(2025, 2, 20), "day", "Feb. 20"),
    ("The envoy will visit Kyiv on Feb 20.", MON, D(2025, 2, 20), D(2025, 2, 20), "day", "Feb 20"),
    ("The talks will resume on 20 February.", MON, D(2025, 2, 20), D(2025, 2, 20), "day", "20 February"),
    ("The talks will resume on February 20th.", MON, D(2025, 2, 20), D(2025, 2, 20), "day", "February 20th"),
    (
        "The talks will resume on the 20th of February.",
        MON,
        D(2025, 2, 20),
        D(2025, 2, 20),
        "day",
        "the 20th of February",
    ),
    (
        "The memorandum was signed on February 20, 2025.",
        MON,
        D(2025, 2, 20),
        D(2025, 2, 20),
        "day",
        "February 20, 2025",
    ),
    ("The memorandum was signed on 20 Feb 2025.", MON, D(2025, 2, 20), D(2025, 2, 20), "day", "20 Feb 2025"),
    ("The memorandum is dated 2025-02-20.", MON, D(2025, 2, 20), D(2025, 2, 20), "day", "2025-02-20"),
    (
        "Talks will be held on Thursday, February 20, in Riyadh.",
        MON,
        D(2025, 2, 20),
        D(2025, 2, 20),
        "day",
        "Thursday, February 20",
    ),
    ("The invasion began on February 24, 2022.", MON, D(2022, 2, 24), D(2022, 2, 24), "day", "February 24, 2022"),
    # Ranges.
    (
        "The Munich Security Conference runs February 14-16.",
        MON,
        D(2025, 2, 14),
        D(2025, 2, 16),
        "day",
        "February 14-16",
    ),
    ("The conference runs February 14 to 16.", MON, D(2025, 2, 14), D(2025, 2, 16), "day", "February 14 to 16"),
    ("The conference runs 14-16 February.", MON, D(2025, 2, 14), D(2025, 2, 16), "day", "14-16 February"),
    ("The conference runs Feb. 14\u201316.", MON, D(2025, 2, 14), D(2025, 2, 16), "day", "Feb. 14\u201316"),
    ("The conference runs 14\u201416 February.", MON, D(2025, 2, 14), D(2025, 2, 16), "day", "14\u201416 February"),
    ("The conference runs Feb. 14-16, 2025.", MON, D(2025, 2, 14), D(2025, 2, 16), "day", "Feb. 14-16, 2025"),
    ("G7 leaders will gather in Kananaskis on June 15-17.", MON, D(2025, 6, 15), D(2025, 6, 17), "day", "June 15-17"),
    ("Zelensky is expected in Kananaskis on June 15-16.", MON, D(2025, 6, 15), D(2025, 6, 16), "day", "June 15-16"),
    (
        "The conference will run from February 14 to February 16.",
        MON,
        D(2025, 2, 14),
        D(2025, 2, 16),
        "day",
        "from February 14 to February 16",
    ),
    ("Talks are expected between March 3 and 5.", MON, D(2025, 3, 3), D(2025, 3, 5), "day", "between March 3 and 5"),
    ("Talks are expected between 3 and 5 March.", MON, D(2025, 3, 3), D(2025, 3, 5), "day", "between 3 and 5 March"),
    ("The drills will run February 28-March 2.", MON, D(2025, 2, 28), D(2025, 3, 2), "day", "February 28-March 2"),
    ("The drills will run December 30-January 2.", MON, D(2025, 12, 30), D(2026, 1, 2), "day", "December 30-January 2"),
    (
        "The General Assembly's high-level week will run Sept. 23-29.",
        MON,
        D(2025, 9, 23),
        D(2025, 9, 29),
        "day",
        "Sept. 23-29",
    ),
    # The year when none is given.
    ("The Assembly heard Zelensky on Sept. 25.", MON, D(2024, 9, 25), D(2024, 9, 25), "day", "Sept. 25"),
    ("The delegation will arrive on February 5.", MON, D(2025, 2, 5), D(2025, 2, 5), "day", "February 5"),
    ("The delegation will arrive on February 1.", MON, D(2026, 2, 1), D(2026, 2, 1), "day", "February 1"),
    ("The two leaders met on February 12.", MON, D(2024, 2, 12), D(2024, 2, 12), "day", "February 12"),
    ("The deadline is January 31.", MON, D(2025, 1, 31), D(2025, 1, 31), "day", "January 31"),
    ("The anniversary of the invasion is February 24.", MON, D(2025, 2, 24), D(2025, 2, 24), "day", "February 24"),
    ("The talks took place on February 29.", MON, D(2024, 2, 29), D(2024, 2, 29), "day", "February 29"),
    ("May 9 parades were held across Russia.", MON, D(2024, 5, 9), D(2024, 5, 9), "day", "May 9"),
    ("Ukraine must reply by February 20.", MON, None, D(2025, 2, 20), "day", "by February 20"),
    # A named weekday picks the year when the tense alone would pick the wrong one.
    (
        "The strike on Sumy on Sunday, April 13, killed 35.",
        MON,
        D(2025, 4, 13),
        D(2025, 4, 13),
        "day",
        "Sunday, April 13",
    ),
    (
        "Leaders will meet on the weekend of March 1.",
        MON,
        D(2025, 3, 1),
        D(2025, 3, 2),
        "week",
        "the weekend of March 1",
    ),
    (
        "Leaders will meet over the weekend of March 1-2.",
        MON,
        D(2025, 3, 1),
        D(2025, 3, 2),
        "week",
        "the weekend of March 1-2",
    ),
    # "and" makes a range of two consecutive days without "between"; "14 and 20" is two days.
    (
        "The talks will take place on February 14 and 15.",
        MON,
        D(2025, 2, 14),
        D(2025, 2, 15),
        "day",
        "February 14 and 15",
    ),
    ("Leaders meet in The Hague on June 24 and 25.", MON, D(2025, 6, 24), D(2025, 6, 25), "day", "June 24 and 25"),
    (
        "The summit is next Tuesday and Wednesday.",
        WED,
        D(2025, 2, 18),
        D(2025, 2, 19),
        "day",
        "next Tuesday and Wednesday",
    ),
    (
        "The ministers meet on Tuesday and Wednesday.",
        MON,
        D(2025, 2, 11),
        D(2025, 2, 12),
        "day",
        "Tuesday and Wednesday",
    ),
    gap(
        "The meeting is set for 20/02/2025.",
        MON,
        D(2025, 2, 20),
        D(2025, 2, 20),
        "day",
        "20/02/2025",
        reason="slashed numeric dates are ambiguous (day/month or month/day) and not read",
    ),
    # Counted hours are a deadline in whole days, rounded up; only "within" (or "in the next") looks ahead.
    ("A decision is expected within 48 hours.", MON, None, D(2025, 2, 12), "day", "within 48 hours"),
    ("Kyiv wants an answer within 36 hours.", MON, None, D(2025, 2, 12), "day", "within 36 hours"),
    ("Moscow must reply in the next 24 hours.", MON, None, D(2025, 2, 11), "day", "in the next 24 hours"),
    # A yearless month or day with its year in words.
    ("The strike on the dam came in June last year.", MON, D(2024, 6, 1), D(2024, 6, 30), "month", "June last year"),
    ("The treaty was signed on Dec. 25 last year.", MON, D(2024, 12, 25), D(2024, 12, 25), "day", "Dec. 25 last year"),
    (
        "The summit will be held in March next year.",
        MON,
        D(2026, 3, 1),
        D(2026, 3, 31),
        "month",
        "March next year",
    ),
    # "last/this/next" before a month name.
    ("Troops crossed into Kursk last August.", MON, D(2024, 8, 1), D(2024, 8, 31), "month", "last August"),
    # "next March" is the first March after the anchor's month; in February, "next February" is a year on.
    ("The envoys will meet again next March.", MON, D(2025, 3, 1), D(2025, 3, 31), "month", "next March"),
    ("The envoys will meet again next February.", MON, D(2026, 2, 1), D(2026, 2, 28), "month", "next February"),
    # "last year's" names a thing, not the year of the month before it.
    ("In March, last year's deal lapsed.", MON, D(2024, 3, 1), D(2024, 3, 31), "month", "March"),
    # A postponement's new month, even in a past sentence.
    ("The visit was moved to December, she said.", MON, D(2025, 12, 1), D(2025, 12, 31), "month", "December"),
    ("The talks were put off until April.", MON, D(2025, 4, 1), D(2025, 4, 30), "month", "April"),
    # Fixed-date holidays are yearless dates.
    (
        "Russia struck the grid on Christmas Day.",
        D(2024, 12, 27),
        D(2024, 12, 25),
        D(2024, 12, 25),
        "day",
        "Christmas Day",
    ),
    (
        "Strikes on New Year's Eve killed two.",
        D(2025, 1, 2),
        D(2024, 12, 31),
        D(2024, 12, 31),
        "day",
        "New Year's Eve",
    ),
    (
        "A truce is proposed for Christmas Eve.",
        D(2024, 12, 2),
        D(2024, 12, 24),
        D(2024, 12, 24),
        "day",
        "Christmas Eve",
    ),
    # A bare holiday name followed by a part of day is that holiday's day, as "Sunday morning" is.
    (
        "Sirens sounded across the capital on Christmas morning.",
        D(2024, 12, 26),
        D(2024, 12, 25),
        D(2024, 12, 25),
        "day",
        "Christmas morning",
    ),
    # A deadline given as a span of counts is by the later one.
    (
        "The guarantees would be put on paper within seven to 10 days.",
        MON,
        None,
        D(2025, 2, 20),
        "day",
        "within seven to 10 days",
    ),
    # Counted years ago, and counts of days past 99.
    ("The grain deal was brokered a year ago.", MON, D(2024, 2, 10), D(2024, 2, 10), "month", "a year ago"),
    ("The siege began 100 days ago.", MON, D(2024, 11, 2), D(2024, 11, 2), "day", "100 days ago"),
]

SEASON_CASES = [
    # Northern-hemisphere seasons in whole months; winter runs December to February.
    ("A peace summit is planned for this autumn.", MON, D(2025, 9, 1), D(2025, 11, 30), "month", "this autumn"),
    ("Jets are due to arrive this summer.", MON, D(2025, 6, 1), D(2025, 8, 31), "month", "this summer"),
    ("Air defence crews are on duty this winter.", MON, D(2024, 12, 1), D(2025, 2, 28), "month", "this winter"),
    (
        "Talks stalled after three rounds this summer.",
        D(2025, 10, 6),
        D(2025, 6, 1),
        D(2025, 8, 31),
        "month",
        "this summer",
    ),
    # "next" is the one after "this": in February, next spring is the following year's.
    ("An offensive is expected next spring.", MON, D(2026, 3, 1), D(2026, 5, 31), "month", "next spring"),
    ("An offensive is expected next spring.", D(2025, 10, 6), D(2026, 3, 1), D(2026, 5, 31), "month", "next spring"),
    ("Russia hit the grid hard last winter.", D(2024, 11, 4), D(2023, 12, 1), D(2024, 2, 29), "month", "last winter"),
    (
        "The grid will be tested in the coming winter.",
        D(2024, 10, 7),
        D(2024, 12, 1),
        D(2025, 2, 28),
        "month",
        "the coming winter",
    ),
    # "in the spring" follows the tense, as "in March" does.
    ("The plants were hit in the spring.", D(2024, 12, 2), D(2024, 3, 1), D(2024, 5, 31), "month", "the spring"),
    ("A new round is due in the spring.", D(2024, 12, 2), D(2025, 3, 1), D(2025, 5, 31), "month", "the spring"),
    ("The talks broke down in the spring of 2022.", MON, D(2022, 3, 1), D(2022, 5, 31), "month", "the spring of 2022"),
    (
        "The worst strikes came in the winter of 2022-2023.",
        MON,
        D(2022, 12, 1),
        D(2023, 2, 28),
        "month",
        "the winter of 2022-2023",
    ),
    ("Leaders will meet in the fall.", D(2025, 6, 2), D(2025, 9, 1), D(2025, 11, 30), "month", "the fall"),
]

VAGUE_CASES = [
    ("Zelensky said talks could start in the coming weeks.", MON, None, None, "unknown", "in the coming weeks"),
    ("A prisoner swap is expected in the coming days.", MON, None, None, "unknown", "in the coming days"),
    ("The talks could resume soon.", MON, None, None, "unknown", "soon"),
    ("Trump hopes to meet Putin in the near future.", MON, None, None, "unknown", "in the near future"),
    ("The summit was postponed to a later date.", MON, None, None, "unknown", "a later date"),
    ("The summit will now take place at a later date.", MON, None, None, "unknown", "at a later date"),
    ("The visit was postponed to an unspecified date.", MON, None, None, "unknown", "an unspecified date"),
    ("The visit will happen at an unspecified date.", MON, None, None, "unknown", "at an unspecified date"),
    ("A deal could be reached within days.", MON, None, None, "unknown", "within days"),
    ("More aid is expected in the weeks ahead.", MON, None, None, "unknown", "in the weeks ahead"),
    # "a few" is no number: kept as a time said, not guessed as a day.
    ("Zelensky said he would meet Trump a few days ago.", MON, None, None, "unknown", "a few days ago"),
    ("The envoys met several weeks ago.", MON, None, None, "unknown", "several weeks ago"),
    ("A deal could come within hours.", MON, None, None, "unknown", "within hours"),
]

FIND_DATES_CASES = [
    *SEED_CASES,
    *WEEKDAY_CASES,
    *NIGHT_CASES,
    *RELATIVE_DAY_CASES,
    *WEEKEND_CASES,
    *WEEK_CASES,
    *MONTH_CASES,
    *ABSOLUTE_CASES,
    *SEASON_CASES,
    *VAGUE_CASES,
]


def assert_span(span: DateSpan, sentence: str, expected: tuple[date | None, date | None, str, str]) -> None:
    assert (span.start, span.end, span.granularity, span.text) == expected
    assert sentence[span.char_start : span.char_end] == span.text


@pytest.mark.parametrize(
    ("sentence", "anchor", "expected_start", "expected_end", "expected_granularity", "expected_text"),
    FIND_DATES_CASES,
    ids=ids(FIND_DATES_CASES),
)
def test_find_dates(
    sentence: str,
    anchor: date,
    expected_start: date | None,
    expected_end: date | None,
    expected_granularity: Granularity,
    expected_text: str,
) -> None:
    spans = find_dates(sentence, anchor)
    assert len(spans) == 1, spans
    assert_span(spans[0], sentence, (expected_start, expected_end, expected_granularity, expected_text))


NO_DATE_CASES = [
    ("Drones flew over Kyiv in the night.", MON),
    ("Troops will march 5 km to the front.", MON),
    ("Kyiv wants a ceasefire as soon as possible.", MON),
    ("Zelensky arrived the day before the summit.", MON),
    ("Ukraine's air force said it downed 61 of 83 drones.", MON),
    ("A meeting on February 30 was impossible.", MON),
    ("Markets in Kyiv are closed on Sundays.", MON),
    ("In two days of talks, the sides agreed on little.", MON),
    ("The delegation stayed at Mar-a-Lago.", MON),
    ("Moscow may 3 times reject the offer.", MON),
    ("He served 20 years in the army.", MON),
    # "overnight" before a word of travel says how someone came, not when.
    ("The delegation reached Kyiv on an overnight train from Przemysl.", MON),
    ("Blinken took an overnight flight to Riyadh.", MON),
    # An ordinal with a noun after it is no day of the month; a bare "this year" is no date.
    ("The talks mark the 20th anniversary of the treaty.", MON),
    ("It was the 3rd round of talks this year.", MON),
    # A season needs a word that makes it a time ("this", "next", "in the"), and is no season before "of".
    ("Kyiv prepares for a spring counteroffensive.", MON),
    ("Temperatures are expected to fall to minus 20.", MON),
    ("The fall of Bakhmut was a blow.", MON),
    ("Power plants were hit in the fall of Avdiivka.", MON),
    ("Attacks have continued since the spring.", MON),
    # Two counts with no "within" name no one day.
    ("A deal could come in two or three weeks.", MON),
    # Hours that look back are no deadline.
    ("It was the third attack on Kyiv in 24 hours.", MON),
    ("Russia said it had downed the drones within 24 hours.", MON),
    # A first or a superlative counts back over the span: "since", not a day ahead.
    ("The ministers held their first direct round in four weeks.", MON),
    ("Lviv saw the heaviest shelling in two months.", MON),
    # A day's step with no day before it is left to the caller, who counts it from the last event.
    ("NATO ministers met the following day.", MON),
    ("The envoys had arrived a day earlier.", MON),
]


@pytest.mark.parametrize(("sentence", "anchor"), NO_DATE_CASES, ids=ids(NO_DATE_CASES))
def test_no_date(sentence: str, anchor: date) -> None:
    assert find_dates(sentence, anchor) == []


MULTI_DATE_CASES = [
    # Two days not consecutive are two dates; the second borrows the first one's month.
    (
        "Witkoff will meet Putin on February 14 and 20.",
        MON,
        [(D(2025, 2, 14), D(2025, 2, 14), "day", "February 14"), (D(2025, 2, 20), D(2025, 2, 20), "day", "20")],
    ),
    (
        "The envoys met on 3 February and on 7.",
        MON,
        [(D(2025, 2, 3), D(2025, 2, 3), "day", "3 February"), (D(2025, 2, 7), D(2025, 2, 7), "day", "7")],
    ),
    # A count "later"/"earlier" after a day the sentence names counts from that day.
    (
        "Rubio met Lavrov on Tuesday and Zelensky two days later.",
        MON,
        [(D(2025, 2, 4), D(2025, 2, 4), "day", "Tuesday"), (D(2025, 2, 6), D(2025, 2, 6), "day", "two days later")],
    ),
    (
        "The envoys met on February 3 and again the following day.",
        MON,
        [
            (D(2025, 2, 3), D(2025, 2, 3), "day", "February 3"),
            (D(2025, 2, 4), D(2025, 2, 4), "day", "the following day"),
        ],
    ),
    (
        "The talks opened on March 3 and a week later moved to Geneva.",
        MON,
        [(D(2025, 3, 3), D(2025, 3, 3), "day", "March 3"), (D(2025, 3, 10), D(2025, 3, 10), "week", "a week later")],
    ),
    # A weekday whose own clause has no tense word takes the main clause's verb, not a verb of a
    # clause opened by "who", "since", "after" ....
    (
        "On Friday, leaders who met in Paris last week will gather in Rome.",
        WED,
        [(D(2025, 2, 14), D(2025, 2, 14), "day", "Friday"), (D(2025, 2, 3), D(2025, 2, 9), "week", "last week")],
    ),
    (
        "The meeting on Friday, the first since talks collapsed in January, will be held in Geneva.",
        WED,
        [(D(2025, 2, 14), D(2025, 2, 14), "day", "Friday"), (D(2025, 1, 1), D(2025, 1, 31), "month", "January")],
    ),
    (
        "On Monday, after the envoys left Riyadh, the ministers signed the memorandum.",
        WED,
        [(D(2025, 2, 10), D(2025, 2, 10), "day", "Monday")],
    ),
    # A number after "and" that is no day.
    (
        "The strike on February 14 killed 3 and 20 were wounded.",
        MON,
        [(D(2024, 2, 14), D(2024, 2, 14), "day", "February 14")],
    ),
    (
        "On Thursday, officials said, talks that stalled in Istanbul will resume.",
        FRI,
        [(D(2025, 2, 13), D(2025, 2, 13), "day", "Thursday")],
    ),
    (
        "Zelensky said on Sunday he would meet Vance on Friday.",
        MON,
        [(D(2025, 2, 9), D(2025, 2, 9), "day", "Sunday"), (D(2025, 2, 14), D(2025, 2, 14), "day", "Friday")],
    ),
    (
        "Vance, who met Zelensky on Friday, will travel to Riyadh next week.",
        MON,
        [(D(2025, 2, 7), D(2025, 2, 7), "day", "Friday"), (D(2025, 2, 17), D(2025, 2, 23), "week", "next week")],
    ),
    (
        "The ministers met in January and will meet again in March.",
        MON,
        [(D(2025, 1, 1), D(2025, 1, 31), "month", "January"), (D(2025, 3, 1), D(2025, 3, 31), "month", "March")],
    ),
    (
        "Russia launched drones overnight; talks are expected in the coming days.",
        MON,
        [(D(2025, 2, 9), D(2025, 2, 9), "day", "overnight"), (None, None, "unknown", "in the coming days")],
    ),
    (
        "The Munich conference will open on Friday, February 14, and end on Sunday.",
        MON,
        [
            (D(2025, 2, 14), D(2025, 2, 14), "day", "Friday, February 14"),
            (D(2025, 2, 16), D(2025, 2, 16), "day", "Sunday"),
        ],
    ),
]


@pytest.mark.parametrize(("sentence", "anchor", "expected"), MULTI_DATE_CASES, ids=ids(MULTI_DATE_CASES))
def test_several_dates_in_order(
    sentence: str, anchor: date, expected: list[tuple[date | None, date | None, str, str]]
) -> None:
    spans = find_dates(sentence, anchor)
    assert len(spans) == len(expected), spans
    for span, want in zip(spans, expected, strict=True):
        assert_span(span, sentence, want)
    assert all(a.char_end <= b.char_start for a, b in itertools.pairwise(spans))


FORCED_TENSE_CASES = [
    ("The envoys meet on Thursday.", MON, "past", D(2025, 2, 6)),
    ("The envoys meet on Thursday.", MON, "future", D(2025, 2, 13)),
    ("The envoys meet on Thursday.", MON, "present", D(2025, 2, 13)),
    ("The envoys meet on Monday.", MON, "present", D(2025, 2, 10)),
    ("The envoys meet on Saturday.", MON, "present", D(2025, 2, 8)),
    ("The envoys meet on February 12.", MON, "past", D(2024, 2, 12)),
    ("The envoys meet on February 12.", MON, "future", D(2025, 2, 12)),
]


@pytest.mark.parametrize(("sentence", "anchor", "tense", "expected"), FORCED_TENSE_CASES, ids=ids(FORCED_TENSE_CASES))
def test_tense_argument_overrides_the_sentence(sentence: str, anchor: date, tense: Tense, expected: date) -> None:
    (span,) = find_dates(sentence, anchor, tense)
    assert span.start == span.end == expected


TENSE_CASES = [
    (
        "Vice President JD Vance is expected to attend the Munich Security Conference in southern Germany next weekend",
        "future",
    ),
    ("Keith Kellogg, is scheduled to visit Ukraine on February 20.", "future"),
    ("Putin plans to visit Beijing.", "future"),
    ("The ministers are set to sign the agreement.", "future"),
    ("The envoy is due to arrive on Friday.", "future"),
    ("The upcoming talks in Istanbul have drawn attention.", "future"),
    ("Foreign ministers will meet next week.", "future"),
    ("The talks will be held in Riyadh, the Kremlin said.", "future"),
    ("On Sunday night, Ukraine's air force reported downing 61 of 83 Russian drones", "past"),
    ("Zelensky met Macron in Paris.", "past"),
    ("Erdogan hosted the delegations in Istanbul.", "past"),
    ("The two presidents talked for ninety minutes.", "past"),
    ("The summit was held in Jeddah.", "past"),
    ("The talks took place behind closed doors.", "past"),
    ("Rubio visited Kyiv and spoke to reporters.", "past"),
    ("Russia launched 83 drones overnight, the air force said.", "past"),
    ("Delegations arrived in Istanbul for the talks.", "past"),
    ("Ukrainian forces repelled the assault.", "past"),
    ("The Kremlin said nothing.", "past"),
    ("Ukraine says it needs more air defence.", "present"),
    ("Kyiv remains under curfew.", "present"),
    ("United States officials are in Riyadh.", "present"),
    ("The proposed ceasefire is on the table.", "present"),
    gap("The delay is due to bad weather.", "present", reason='"is due to" is read as a schedule, not a cause'),
]


@pytest.mark.parametrize(("sentence", "expected"), TENSE_CASES, ids=ids(TENSE_CASES))
def test_tense_of(sentence: str, expected: Tense) -> None:
    assert tense_of(sentence) == expected


def test_vocabulary_names_its_source() -> None:
    from shared import timex

    raw = json.loads(timex._DATA_FILE.read_text(encoding="utf-8"))
    assert raw["source"] and raw["_comment"]
    assert raw["months"]["sept"] == 9


def test_date_span_is_frozen() -> None:
    span = find_dates("Talks are set for next week.", MON)[0]
    with pytest.raises(AttributeError):
        span.start = None  # type: ignore[misc]


def test_a_part_of_a_named_day_is_that_day() -> None:
    # "On Tuesday ..., in the afternoon": the afternoon of the Tuesday the sentence named.
    spans = find_dates("On Tuesday the envoy saw the mayor, and in the afternoon he toured a hospital.", D(2025, 2, 13))
    assert [(s.text, s.start) for s in spans] == [("Tuesday", D(2025, 2, 11)), ("the afternoon", D(2025, 2, 11))]
