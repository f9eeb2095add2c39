"""Following live news sources (RSS 2.0 and Atom feeds, and the pages they link to) into ``articles.raw``.

The one entry point is :func:`follow`; see ``README.md`` beside this file.
"""

from services.feeder.live.follow import FollowSummary, follow
from services.feeder.live.metrics import FollowMetrics
from services.feeder.live.sources import Source, SourcesError, load_sources

__all__ = ["FollowMetrics", "FollowSummary", "Source", "SourcesError", "follow", "load_sources"]
