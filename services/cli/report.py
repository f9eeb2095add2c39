"""Readable views of the store for the terminal."""

from __future__ import annotations

from services.sink.storage.base import Store


def _count(value: object) -> str:
    return "-" if value is None else str(value)


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
    for row in store.incidents():
        lines.append(
            f"  {row['occurred_on'] or 'undated'}  {row['claimant']} says {row['attacker'] or '?'} "
            f"{row['weapon']}{' (' + row['model'] + ')' if row['model'] else ''}: "
            f"launched {_count(row['launched'])}, destroyed {_count(row['destroyed'])}, lost {_count(row['lost'])}, "
            f"killed {_count(row['killed'])}, injured {_count(row['injured'])}"
            + (f"; where: {', '.join(row['locations'])}" if row["locations"] else "")
            + (" [cumulative]" if row["cumulative"] else "")
            + (f" [{', '.join(row['flags'])}]" if row["flags"] else "")
            + f"  ({row['sources']} source{'s' if row['sources'] != 1 else ''})"
        )

    lines.append("\n-- Diplomatic calendar --")
    for row in store.events():
        when = row["start_date"] or "?"
        if row["end_date"] and row["end_date"] != row["start_date"]:
            when += f"..{row['end_date']}"
        lines.append(
            f"  {when:<22} {row['status']:<10} {row['kind']:<10} {row['title']}"
            + (f" @ {row['location']}" if row["location"] else "")
            + (f" — {', '.join(row['participants'])}" if row["participants"] else "")
            + (f' ("{row["date_text"]}")' if row["date_text"] else "")
        )

    letters = store.deadletters()
    if letters:
        lines.append("\n-- Dead letters --")
        for row in letters:
            lines.append(f"  {row['stage']}/{row['error_type']}: {row['reason']} (from {row['topic']})")
    return "\n".join(lines)
