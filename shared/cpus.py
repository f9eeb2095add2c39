"""Which cores each process of a local pipeline may run on.

The model stage is the bottleneck and runs its model in one thread per process; everything else
(the rule workers, the sink, the broker) needs well under a core between them. Niceness alone lets
the scheduler park a rule worker on the extractor's core for whole time slices when both become
runnable at once; giving each extractor's model thread a core of its own and everything else the
remaining cores removes that contention. The extractor's other threads (the event loop that
fetches, decodes and sends) go with the rest, so the model's core does the model's work only. The
model thread is found by its kernel name (:data:`MODEL_THREAD`), which the worker gives it. When
there are no more cores than extractor processes, nothing is pinned: every process may use every
core, as the scheduler would decide by itself.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
from collections.abc import Iterable, Mapping
from pathlib import Path

MODEL_SERVICE = "extractor"
#: The kernel name (at most 15 bytes) of the thread that runs an extractor's model.
MODEL_THREAD = "sitrep-model"
_PR_SET_NAME = 15


def plan_cpus(names: Iterable[str], cores: Iterable[int]) -> dict[str, frozenset[int]]:
    """The cores of each process name ("extractor", "extractor#2", "sink", "broker", ...).

    Extractor processes get one core each, in name order, from the lowest; the others share the
    cores left. With too few cores for that, every process gets every core.
    """
    available = sorted(set(cores))
    ordered = sorted(names, key=_instance_order)
    extractors = [n for n in ordered if is_model_service(n)]
    everything = frozenset(available)
    if not extractors or len(available) <= len(extractors):
        return {name: everything for name in ordered}
    own = {name: frozenset({core}) for name, core in zip(extractors, available, strict=False)}
    rest = everything - frozenset(c for cores_ in own.values() for c in cores_)
    return {name: own.get(name, rest) for name in ordered}


def _instance_order(name: str) -> tuple[str, int]:
    service, _, number = name.partition("#")
    return service, int(number) if number.isdigit() else 1


def is_model_service(name: str) -> bool:
    return name.split("#", 1)[0] == MODEL_SERVICE


def name_this_thread(name: str) -> None:
    """Give the calling thread a kernel name, shown in ``/proc/PID/task/TID/comm``.

    Python's thread names live in the interpreter only; the supervisor, another process, needs
    the kernel's. Where ``prctl`` is missing (not Linux) the thread keeps its name.
    """
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None).prctl(_PR_SET_NAME, name.encode()[:15], 0, 0, 0)


def thread_name(pid: int, tid: int) -> str | None:
    try:
        return (Path("/proc") / str(pid) / "task" / str(tid) / "comm").read_text().strip()
    except OSError:
        return None


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


def pin_model_apart(pid: int, model: frozenset[int], rest: frozenset[int]) -> None:
    """The model thread of ``pid`` on ``model``, its other threads (and later ones) on ``rest``."""
    for tid in threads_of(pid):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.sched_setaffinity(tid, model if thread_name(pid, tid) == MODEL_THREAD else rest)


def apply_plan(pids: Mapping[str, int], cores: Iterable[int]) -> dict[str, frozenset[int]]:
    """Plan the cores for the running processes and restrict each one to its share.

    An extractor with a core of its own keeps that core for its model thread; its other threads
    share the cores of the non-model processes.
    """
    available = frozenset(cores)
    plan = plan_cpus(pids, available)
    rest = available - frozenset(c for n, cpus in plan.items() if is_model_service(n) for c in cpus)
    for name, cpus in plan.items():
        if is_model_service(name) and rest and cpus != available:
            pin_model_apart(pids[name], cpus, rest)
        else:
            pin(pids[name], cpus)
    return plan


def model_thread_cores(pid: int) -> frozenset[int] | None:
    """The cores of the model thread of ``pid``, or None when it has none (not an extractor)."""
    for tid in threads_of(pid):
        if thread_name(pid, tid) == MODEL_THREAD:
            with contextlib.suppress(ProcessLookupError):
                return affinity(tid)
    return None


def usable_cores() -> frozenset[int]:
    """The cores this process may run on (a container's cpuset, not the host's count)."""
    return frozenset(os.sched_getaffinity(0))


def affinity(pid: int) -> frozenset[int]:
    return frozenset(os.sched_getaffinity(pid))
