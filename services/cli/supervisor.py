"""``sitrep up``: the embedded broker and every service as separate processes, logs prefixed, clean stop."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from shared.broker import EmbeddedBroker
from shared.cpus import apply_plan, usable_cores
from shared.kafka import ensure_topics, wait_for_broker
from shared.settings import METRICS_PORT_OFFSETS, Settings

log = logging.getLogger(__name__)

WORKERS = ("extractor", "linker", "incidents", "calendar", "sink")


def _pump(prefix: str, stream: IO[bytes], out: IO[str]) -> None:
    for raw in iter(stream.readline, b""):
        out.write(f"{prefix:>10} | {raw.decode('utf-8', 'replace').rstrip()}\n")
        out.flush()


@dataclass
class Pipeline:
    settings: Settings
    log_dir: Path | None = None
    echo: bool = True
    broker: EmbeddedBroker | None = None
    processes: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)
    ports: dict[str, int] = field(default_factory=dict)
    # Which workers to start; the benchmark runs the extractor alone to measure how it scales.
    services: tuple[str, ...] = WORKERS

    def start(self, timeout: float = 60.0) -> None:
        if self.settings.embedded_broker:
            self.broker = EmbeddedBroker(self.settings, self._log_path("broker"))
            self.broker.start()
        else:
            asyncio.run(wait_for_broker(self.settings, timeout=timeout))
        created = asyncio.run(ensure_topics(self.settings))
        if created:
            log.info("created topics %s", ", ".join(created))
        for name in self.services:
            self._spawn(name)
        self.wait_ready(timeout)
        self.place()

    def place(self) -> dict[str, frozenset[int]]:
        """Give each extractor process a core of its own and the rest the cores left (shared/cpus.py).

        Run again whenever the set of processes changes, so an added extractor takes a core of its
        own or, once there are as many extractors as cores, every process gets every core back.
        """
        if not self.settings.pin_cpus:
            return {}
        pids = {n: p.pid for n, p in self.processes.items() if p.poll() is None}
        if self.broker is not None and self.broker.process is not None and self.broker.process.poll() is None:
            pids["broker"] = self.broker.process.pid
        return apply_plan(pids, usable_cores())

    def _log_path(self, name: str) -> Path | None:
        if self.log_dir is None:
            return None
        self.log_dir.mkdir(parents=True, exist_ok=True)
        return self.log_dir / f"{name}.log"

    def _spawn(self, name: str) -> None:
        """Start ``name``: a service ("extractor") or an extra instance of one ("extractor#2")."""
        service = name.split("#", 1)[0]
        env = os.environ.copy()
        if service != "extractor" and self.settings.support_nice:
            env.setdefault("SITREP_WORKER_NICE", str(self.settings.support_nice))
        if name in self.ports:
            env["SITREP_METRICS_PORT"] = str(self.ports[name])
        process = subprocess.Popen(  # noqa: S603 - our own interpreter and module
            [sys.executable, "-m", "services.cli", "worker", service],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            env=env,
        )
        self.processes[name] = process
        target: IO[str] = sys.stderr
        path = self._log_path(name)
        if path is not None and not self.echo:
            target = path.open("a", encoding="utf-8")
        assert process.stdout is not None
        threading.Thread(target=_pump, args=(name, process.stdout, target), daemon=True).start()

    def add_instance(self, service: str, port: int, timeout: float = 60.0) -> str:
        """One more process of ``service`` in the same consumer group, with its own metrics port."""
        name = f"{service}#{sum(1 for n in self.processes if n.split('#')[0] == service) + 1}"
        self.ports[name] = port
        self._spawn(name)
        self._wait(name, timeout)
        self.place()
        return name

    def port(self, name: str) -> int:
        return self.ports.get(name) or self.settings.metrics_port_for(name.split("#", 1)[0])

    def health(self, name: str) -> dict[str, object] | None:
        port = self.port(name)
        url = f"http://{self.settings.metrics_host}:{port}/health/ready"
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                return dict(json.load(response))
        except (urllib.error.URLError, OSError, ValueError):
            return None

    def wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        waiting = set(self.services)
        while waiting and time.monotonic() < deadline:
            for name in list(waiting):
                if self.processes[name].poll() is not None:
                    raise RuntimeError(self._exit_report(name))
                state = self.health(name)
                if state and state.get("ready"):
                    waiting.discard(name)
            time.sleep(0.3)
        if waiting:
            raise TimeoutError(f"not ready after {timeout:.0f}s: {', '.join(sorted(waiting))}")

    def signal(self, name: str, sig: int) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.processes[name].pid, sig)

    def stop_one(self, name: str, timeout: float = 20.0) -> float:
        """SIGTERM one service and wait; returns how long it took to exit."""
        started = time.monotonic()
        self.signal(name, signal.SIGTERM)
        try:
            self.processes[name].wait(timeout)
        except subprocess.TimeoutExpired:
            self.signal(name, signal.SIGKILL)
            self.processes[name].wait()
        return time.monotonic() - started

    def kill(self, name: str) -> None:
        """SIGKILL: no chance to finish anything, as in a crash or an OOM kill."""
        self.signal(name, signal.SIGKILL)
        self.processes[name].wait()

    def restart(self, name: str, timeout: float = 60.0) -> None:
        if self.processes[name].poll() is None:
            self.stop_one(name)
        self._spawn(name)
        self._wait(name, timeout)
        self.place()

    def _exit_report(self, name: str) -> str:
        """Why ``name`` stopped: its exit code and the errors in its log, so a failed start explains itself."""
        report = f"{name} exited with code {self.processes[name].returncode}"
        path = self._log_path(name)
        if path is not None and path.exists() and not self.echo:
            time.sleep(0.2)  # the pump thread may still be copying the last lines
            lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
            # Faust logs a long, uniform shutdown after the error; the error lines are what tell why.
            errors = [line for line in lines if " ERROR " in line or " CRITICAL " in line]
            report += "; " + (
                "its errors:\n" + "\n".join(errors[-5:]) if errors else "end of its log:\n" + "\n".join(lines[-10:])
            )
        return report

    def _wait(self, name: str, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.processes[name].poll() is not None:
                raise RuntimeError(self._exit_report(name))
            state = self.health(name)
            if state and state.get("ready"):
                return
            time.sleep(0.3)
        raise TimeoutError(f"{name} not ready after {timeout:.0f}s")

    def failed(self) -> list[str]:
        return [n for n, p in self.processes.items() if p.poll() is not None]

    def stop(self, timeout: float = 20.0) -> None:
        for process in self.processes.values():
            if process.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        for name, process in self.processes.items():
            try:
                process.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                log.warning("%s did not stop within %.0fs; killing it", name, timeout)
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        if self.broker is not None:
            self.broker.stop()


@contextlib.contextmanager
def running(settings: Settings, **kw: object) -> Iterator[Pipeline]:
    pipeline = Pipeline(settings, **kw)  # type: ignore[arg-type]
    try:
        pipeline.start()
        yield pipeline
    finally:
        pipeline.stop()


def serve_forever(pipeline: Pipeline) -> int:
    """Block until Ctrl-C or SIGTERM, or until a service dies."""
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    while not stop.wait(1.0):
        dead = pipeline.failed()
        if dead:
            log.error("service(s) exited: %s", ", ".join(dead))
            return 1
    return 0


# Ports handed out for listeners are taken from below the kernel's ephemeral range: a port picked
# there can be taken, between the pick and the child's bind, as the source port of any outgoing
# connection (the workers' own Kafka clients), which is how a worker once failed to bind its
# metrics port in CI.
_LISTEN_FLOOR = 10000


def _ephemeral_floor() -> int:
    try:
        return int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 32768


def _bindable(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def free_block(size: int) -> int:
    """A base port with ``size`` consecutive free ports from it, outside the ephemeral range."""
    ceiling = _ephemeral_floor() - size
    if ceiling <= _LISTEN_FLOOR:
        raise RuntimeError("no room for listeners below the ephemeral port range")
    for _ in range(200):
        base = random.randrange(_LISTEN_FLOOR, ceiling)  # noqa: S311 - a port, not a secret
        if all(_bindable(base + offset) for offset in range(size)):
            return base
    raise RuntimeError("no block of free ports")


def free_port() -> int:
    return free_block(1)


@contextlib.contextmanager
def isolated_pipeline(
    folder: Path,
    *,
    extractors: int = 1,
    services: tuple[str, ...] = WORKERS,
    timeout: float = 120.0,
    **extra_env: str,
) -> Iterator[tuple[Pipeline, dict[str, str]]]:
    """A whole pipeline of its own (broker, ports, SQLite file under ``folder``), for tests and benchmarks.

    The settings travel as ``SITREP_*`` variables, as they would in production, because the services are
    child processes; the caller's environment is restored afterwards.
    """
    env = {
        "SITREP_KAFKA_BOOTSTRAP": f"127.0.0.1:{free_port()}",
        "SITREP_METRICS_BASE_PORT": str(free_block(len(METRICS_PORT_OFFSETS))),
        "SITREP_SQLITE_PATH": str(folder / "sitrep.sqlite3"),
        "SITREP_DATA_DIR": str(folder / "var"),
        **extra_env,
    }
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    pipeline = Pipeline(Settings(), log_dir=folder / "logs", echo=False, services=services)
    try:
        pipeline.start(timeout=timeout)
        for _ in range(extractors - 1):
            pipeline.add_instance("extractor", free_port())
        yield pipeline, env
    finally:
        pipeline.stop()
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
