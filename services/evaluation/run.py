"""Run every extractor over a labeled corpus and report precision, recall and F1 per fact type."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from services.diplo_calendar.events import extract_events
from services.evaluation.scoring import Ratio, Score, score_events, score_incidents, score_people, score_sets
from services.extractor.extract import enrich
from services.feeder.load import Rejection, load_paths
from services.incidents.claims import extract_incidents
from shared.models import Article, EnrichedArticle

_PLACES = frozenset({"GPE", "LOC", "FAC"})


@dataclass
class Report:
    articles: int = 0
    people: Score = field(default_factory=Score)
    roles: Ratio = field(default_factory=Ratio)
    organizations: Score = field(default_factory=Score)
    locations: Score = field(default_factory=Score)
    incidents: Score = field(default_factory=Score)
    incident_dates: Ratio = field(default_factory=Ratio)
    cumulative: Score = field(default_factory=Score)
    events: Score = field(default_factory=Score)
    event_dates: Ratio = field(default_factory=Ratio)
    event_status: Ratio = field(default_factory=Ratio)
    problems: list[str] = field(default_factory=list)

    def scores(self) -> dict[str, Score]:
        return {
            "people": self.people,
            "organizations": self.organizations,
            "locations": self.locations,
            "incidents (exact counts)": self.incidents,
            "cumulative totals": self.cumulative,
            "calendar events": self.events,
        }

    def ratios(self) -> dict[str, Ratio]:
        return {
            "roles right": self.roles,
            "incident dates right": self.incident_dates,
            "event start+end exact": self.event_dates,
            "event status right": self.event_status,
        }

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"articles": self.articles}
        for name, s in self.scores().items():
            out[name] = {"precision": s.precision, "recall": s.recall, "f1": s.f1, "tp": s.tp, "fp": s.fp, "fn": s.fn}
        for name, r in self.ratios().items():
            out[name] = {"value": r.value, "right": r.right, "total": r.total}
        return out

    def lines(self, verbose: bool = False) -> list[str]:
        out = [
            f"{self.articles} articles",
            f"{'fact':<26}{'precision':>10}{'recall':>10}{'F1':>8}{'tp':>6}{'fp':>6}{'fn':>6}",
        ]
        for name, s in self.scores().items():
            out.append(f"{name:<26}{s.precision:>10.3f}{s.recall:>10.3f}{s.f1:>8.3f}{s.tp:>6}{s.fp:>6}{s.fn:>6}")
        for name, r in self.ratios().items():
            out.append(f"{name:<26}{r.value:>10.3f}   ({r.right}/{r.total})")
        out += self.problems
        if verbose:
            for name, s in self.scores().items():
                if s.misses or s.extras:
                    out.append(f"\n-- {name} --")
                    out += [f"  {m}" for m in s.misses + s.extras]
            for name, r in self.ratios().items():
                if r.wrong:
                    out.append(f"\n-- {name}: wrong --")
                    out += [f"  {w}" for w in r.wrong]
        return out


def predictions(enriched: EnrichedArticle) -> dict[str, Any]:
    people: dict[str, str | None] = {}
    for e in enriched.entities:
        if e.label == "PERSON" and people.get(e.canonical) is None:
            people[e.canonical] = e.role
    return {
        "people": people,
        "organizations": {e.canonical for e in enriched.entities if e.label == "ORG"},
        "locations": {e.canonical for e in enriched.entities if e.label in _PLACES},
        "incidents": [i.model_dump(mode="json") for i in extract_incidents(enriched)],
        "calendar": [c.model_dump(mode="json") for c in extract_events(enriched)],
    }


def _article_for(articles_dir: Path, stem: str) -> Article | str:
    for suffix in (".txt", ".json"):
        path = articles_dir / f"{stem}{suffix}"
        if path.exists():
            (item,) = list(load_paths([path]))
            return item.reason if isinstance(item, Rejection) else item
    return f"no article file {stem}.txt or {stem}.json in {articles_dir}"


def evaluate(gold_dir: Path, articles_dir: Path) -> Report:
    report = Report()
    for gold_path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        where = str(gold.get("id") or gold_path.stem)
        article = _article_for(articles_dir, gold_path.stem)
        if isinstance(article, str):
            report.problems.append(f"{where}: {article}")
            continue
        report.articles += 1
        predicted = predictions(enrich(article))
        people, roles = score_people(predicted["people"], gold["people"], where)
        report.people.add(people)
        report.roles.add(roles)
        report.organizations.add(score_sets(predicted["organizations"], gold["organizations"], f"{where} org"))
        report.locations.add(score_sets(predicted["locations"], gold["locations"], f"{where} place"))
        incidents, dates, cumulative = score_incidents(predicted["incidents"], gold["incidents"], where)
        report.incidents.add(incidents)
        report.incident_dates.add(dates)
        report.cumulative.add(cumulative)
        events, event_dates, status = score_events(predicted["calendar"], gold["calendar"], where)
        report.events.add(events)
        report.event_dates.add(event_dates)
        report.event_status.add(status)
    return report
