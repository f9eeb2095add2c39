"""Which cores each process of a local pipeline gets (shared/cpus.py)."""

from __future__ import annotations

import os
import threading

import pytest

from shared.cpus import affinity, pin, plan_cpus, threads_of, usable_cores

EVERY = ("extractor", "incidents", "calendar", "sink", "broker")

PLANS = [
    (
        "two cores: the extractor alone on the first",
        EVERY,
        {0, 1},
        {"extractor": {0}, "incidents": {1}, "calendar": {1}, "sink": {1}, "broker": {1}},
    ),
    (
        "four cores, two extractors: one each, the rest share two",
        (*EVERY, "extractor#2"),
        {0, 1, 2, 3},
        {"extractor": {0}, "extractor#2": {1}, **{name: {2, 3} for name in EVERY[1:]}},
    ),
    (
        "as many extractors as cores: nothing pinned",
        (*EVERY, "extractor#2"),
        {0, 1},
        {name: {0, 1} for name in (*EVERY, "extractor#2")},
    ),
    ("one core: nothing pinned", EVERY, {0}, {name: {0} for name in EVERY}),
    (
        "no extractor (the store alone): nothing pinned",
        ("sink", "broker"),
        {0, 1},
        {"sink": {0, 1}, "broker": {0, 1}},
    ),
    (
        "a container's cpuset: the cores it has, not from zero",
        ("extractor", "sink"),
        {4, 6, 7},
        {"extractor": {4}, "sink": {6, 7}},
    ),
    (
        "instance order by number, not by text: #10 after #2",
        ("extractor#10", "extractor#2", "extractor", "sink"),
        {0, 1, 2, 3, 4},
        {"extractor": {0}, "extractor#2": {1}, "extractor#10": {2}, "sink": {3, 4}},
    ),
]


@pytest.mark.parametrize(("case", "names", "cores", "expected"), PLANS, ids=[p[0] for p in PLANS])
def test_plan(case: str, names: tuple[str, ...], cores: set[int], expected: dict[str, set[int]]) -> None:
    assert plan_cpus(names, cores) == {name: frozenset(c) for name, c in expected.items()}, case


def test_pin_reaches_every_thread_of_a_process() -> None:
    cores = usable_cores()
    if len(cores) < 2:
        pytest.skip("one core: nothing to restrict")
    started = threading.Event()
    stop = threading.Event()

    def idle() -> None:
        started.set()
        stop.wait(10)

    worker = threading.Thread(target=idle)
    worker.start()
    started.wait(5)
    one = frozenset({min(cores)})
    try:
        pin(os.getpid(), one)
        assert {affinity(tid) for tid in threads_of(os.getpid())} == {one}
    finally:
        pin(os.getpid(), cores)
        stop.set()
        worker.join()
    assert affinity(os.getpid()) == cores
