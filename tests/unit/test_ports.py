"""Listener ports for isolated pipelines come from below the kernel's ephemeral range.

A port from inside that range can be taken as the source port of an outgoing connection between
the moment it is picked and the moment a child process binds it.
"""

from __future__ import annotations

import random
import socket

import pytest

from services.cli.supervisor import _ephemeral_floor, free_block, free_port


def test_a_block_is_free_and_below_the_ephemeral_range() -> None:
    for _ in range(20):
        base = free_block(6)
        assert base >= 10000 and base + 6 <= _ephemeral_floor()
        for offset in range(6):
            with socket.socket() as s:
                s.bind(("127.0.0.1", base + offset))


def test_a_port_in_use_is_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as held:
        held.bind(("127.0.0.1", free_port()))
        held.listen()
        taken = held.getsockname()[1]
        draws = iter([taken, taken + 1 if taken + 1 < _ephemeral_floor() else taken - 1])
        monkeypatch.setattr(random, "randrange", lambda *_: next(draws))
        assert free_port() != taken


def test_the_floor_is_read_from_the_kernel() -> None:
    with open("/proc/sys/net/ipv4/ip_local_port_range", encoding="ascii") as f:
        assert _ephemeral_floor() == int(f.read().split()[0])
