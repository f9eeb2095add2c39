"""One air-attack claim, published on ``incidents``."""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Literal

from pydantic import AwareDatetime, Field

from shared.models.base import SCHEMA_VERSION, Evidence, Message

Weapon = Literal["drone", "missile", "glide_bomb", "artillery", "other"]


class Incident(Message):
    schema_version: Literal[1] = SCHEMA_VERSION
    incident_id: str
    article_id: str
    claimant: str
    attacker: str | None
    weapon: Weapon
    model: str | None = None
    #: Counts are null where the text gives no number: never a guess.
    launched: int | None = Field(default=None, ge=0)
    destroyed: int | None = Field(default=None, ge=0)
    lost: int | None = Field(default=None, ge=0)
    killed: int | None = Field(default=None, ge=0)
    injured: int | None = Field(default=None, ge=0)
    #: Counts the text gives only vaguely ("more than 100", "dozens"): field -> the words used.
    approximate: dict[str, str] = Field(default_factory=dict)
    occurred_on: date | None = None
    locations: list[str] = Field(default_factory=list)
    damage: list[str] = Field(default_factory=list)
    #: A weekly or monthly total, never one night's attack.
    cumulative: bool = False
    #: For one model's share of a wave the same source also counts whole ("18 missiles, among them six
    #: Kinzhals"): the wave's incident id. The share is already inside the wave's numbers, so tallies skip it.
    part_of: str | None = None
    #: Problems found in the numbers themselves (e.g. destroyed + lost > launched); kept, not fixed.
    flags: list[str] = Field(default_factory=list)
    evidence: Evidence
    #: When the reporting article was published: the latest report of a claim is its current value.
    reported_at: AwareDatetime | None = None


def incident_id_for(
    *,
    claimant: str,
    attacker: str | None,
    weapon: str,
    occurred_on: date | None,
    cumulative: bool,
    wave: str | None = None,
) -> str:
    """Identity of a claim: who says it, about whom, which weapon, which night.

    The counts are left out on purpose: a later report that revises a number is
    the same claim with a new value, not a new claim. ``wave`` ("day", "night") keeps
    apart two waves of one day from one source (a morning wave and that night's); it
    enters the hash only when given, so every other identity stays as it was.
    """
    parts = [
        claimant.lower(),
        (attacker or "").lower(),
        weapon,
        occurred_on.isoformat() if occurred_on else "",
        "cumulative" if cumulative else "single",
    ]
    if wave:
        parts.append(wave)
    basis = "\x1f".join(parts)
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16]
