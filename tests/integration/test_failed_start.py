"""A worker that cannot start makes the pipeline's start fail at once, saying which worker and why."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from services.cli.supervisor import free_block, isolated_pipeline
from shared.settings import METRICS_PORT_OFFSETS

pytestmark = pytest.mark.integration


def test_a_worker_whose_port_is_taken_is_reported_with_its_error(tmp_path: Path) -> None:
    base = free_block(len(METRICS_PORT_OFFSETS))
    with socket.socket() as held:
        held.bind(("127.0.0.1", base + METRICS_PORT_OFFSETS["linker"]))
        held.listen()
        with (
            pytest.raises(RuntimeError) as failure,
            isolated_pipeline(tmp_path, services=("linker",), timeout=60, SITREP_METRICS_BASE_PORT=str(base)),
        ):
            pass
    message = str(failure.value)
    assert message.startswith("linker exited with code 1")
    assert "address already in use" in message
