"""Readable views of the store for the terminal."""

from __future__ import annotations

from services.sink.storage.base import Row, Store


def _count(value: object) -> str:
    return "-" if value is None else str(value)


def incident_line(row: Row) -> str:
    return (
        f"{row['occurred_on'] or 'undated'}  {row['claimant']} says {row['attacker'] or '?'} "
        f"{row['weapon']}{' (' + row['model'] + ')' if row['model'] else ''}: "
        f"launched {_count(row['launched'])}, destroyed {_count(row['destroyed'])}, lost {_count(row['lost'])}, "
        f"killed {_count(row['killed'])}, injured {_count(row['injured'])}"
        + (f"; where: {', '.join(row['locations'])}" if row["locations"] else "")
        + (" [cumulative]" if row["cumulative"] else "")
        + (f" [{', '.join(row['flags'])}]" if row["flags"] else "")
        + f"  ({row['sources']} source{'s' if row['sources'] != 1 else ''})"
    )


def tally_line(row: Row) -> str:
    return (
        f"{row['day']}  {row['attacker'] or '?'} {row['weapon']} per {row['claimant']} ({row['claims']} claims): "
        f"launched {_count(row['launched'])}, destroyed {_count(row['destroyed'])}, lost {_count(row['lost'])}, "
        f"killed {_count(row['killed'])}, injured {_count(row['injured'])}"
    )


def event_line(row: Row) -> str:
    when = row["start_date"] or ("by " + row["end_date"] if row["end_date"] else "?")
    if row["start_date"] and row["end_date"] and row["end_date"] != row["start_date"]:
        when += f"..{row['end_date']}"
    history = " → ".join(h["status"] for h in row.get("history", []))
    return (
        f"{when:<22} {row['status']:<10} {row['kind']:<10} {row['title']}"
        + (f" @ {row['location']}" if row["location"] else "")
        + (f" — {', '.join(row['participants'])}" if row["participants"] else "")
        + (f' ("{row["date_text"]}")' if row["date_text"] else "")
        + (f" [history: {history}]" if history and len(row.get("history", [])) > 1 else "")
    )


def report(store: Store) -> str:
    lines: list[str] = []
    counts = store.table_counts()
    lines.append("== sitrep report ==")
    lines.append(", ".join(f"{k}: {v}" for k, v in counts.items()))

    lines.append("\n-- People (with the role each article states) --")
    seen: dict[str, str | None] = {}
    for row in store.people():
        if seen.get(row["canonical"]) is None:
            seen[row["canonical"]] = row["role"]
    for name, role in sorted(seen.items()):
        lines.append(f"  {name}" + (f" — {role}" if role else ""))

    lines.append("\n-- Places --")
    for row in store.places():
        where = f"{row['lat']:.2f}, {row['lon']:.2f}" if row["lat"] is not None else "no coordinates"
        lines.append(
            f"  {row['canonical']} ({row['place_kind'] or row['label']}, {row['country_code'] or '-'}; {where})"
        )

    lines.append("\n-- Incidents (one row per claim) --")
    lines += [f"  {incident_line(row)}" for row in store.incidents()]

    lines.append("\n-- Diplomatic calendar --")
    lines += [f"  {event_line(row)}" for row in store.events()]

    letters = store.deadletters()
    if letters:
        lines.append("\n-- Dead letters --")
        for row in letters:
            lines.append(f"  {row['stage']}/{row['error_type']}: {row['reason']} (from {row['topic']})")
    return "\n".join(lines)
