"""Which cores each process of a local pipeline may run on.

The model stage is the bottleneck and runs one thread per process; everything else (the rule
workers, the sink, the broker) needs well under a core between them. Niceness alone lets the
scheduler park a rule worker on the extractor's core for whole time slices when both become
runnable at once; giving each extractor process a core of its own and the others the remaining
cores removes that contention. When there are no more cores than extractor processes, nothing is
pinned: every process may use every core, as the scheduler would decide by itself.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Mapping
from pathlib import Path

MODEL_SERVICE = "extractor"


def plan_cpus(names: Iterable[str], cores: Iterable[int]) -> dict[str, frozenset[int]]:
    """The cores of each process name ("extractor", "extractor#2", "sink", "broker", ...).

    Extractor processes get one core each, in name order, from the lowest; the others share the
    cores left. With too few cores for that, every process gets every core.
    """
    available = sorted(set(cores))
    ordered = sorted(names, key=_instance_order)
    extractors = [n for n in ordered if n.split("#", 1)[0] == MODEL_SERVICE]
    everything = frozenset(available)
    if not extractors or len(available) <= len(extractors):
        return {name: everything for name in ordered}
    own = {name: frozenset({core}) for name, core in zip(extractors, available, strict=False)}
    rest = everything - frozenset(c for cores_ in own.values() for c in cores_)
    return {name: own.get(name, rest) for name in ordered}


def _instance_order(name: str) -> tuple[str, int]:
    service, _, number = name.partition("#")
    return service, int(number) if number.isdigit() else 1


def threads_of(pid: int) -> list[int]:
    """Every thread id of a process; empty when it has exited."""
    try:
        return [int(tid) for tid in os.listdir(Path("/proc") / str(pid) / "task")]
    except (FileNotFoundError, ProcessLookupError):
        return []


def pin(pid: int, cores: frozenset[int]) -> None:
    """Restrict every current thread of ``pid`` to ``cores``; threads started later inherit it."""
    for tid in threads_of(pid):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.sched_setaffinity(tid, cores)


def apply_plan(pids: Mapping[str, int], cores: Iterable[int]) -> dict[str, frozenset[int]]:
    """Plan the cores for the running processes and restrict each one to its share."""
    plan = plan_cpus(pids, cores)
    for name, cpus in plan.items():
        pin(pids[name], cpus)
    return plan


def usable_cores() -> frozenset[int]:
    """The cores this process may run on (a container's cpuset, not the host's count)."""
    return frozenset(os.sched_getaffinity(0))


def affinity(pid: int) -> frozenset[int]:
    return frozenset(os.sched_getaffinity(pid))
