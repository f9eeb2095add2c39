"""One log format for every process, so that ``sitrep up`` can interleave them readably."""

from __future__ import annotations

import logging
import sys


def configure_logging(level: str, service: str) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(f"%(asctime)s %(levelname)s [{service}] %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # aiokafka logs every rebalance step at INFO; that drowns the pipeline's own lines.
    logging.getLogger("aiokafka").setLevel(max(logging.WARNING, root.level))
