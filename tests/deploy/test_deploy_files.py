"""The deployment files are checked without a Docker engine: compose, Prometheus and Grafana configs."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from services.cli.main import parser
from shared.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
SECRETS = {"POSTGRES_PASSWORD": "example-only", "GRAFANA_ADMIN_PASSWORD": "example-only"}


def _need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.fail(f"{tool} is not installed: `make install` installs it (Debian package)")
    return path


def _compose_config(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [_need("docker-compose"), "-f", str(ROOT / "docker-compose.yml"), "config"],
        cwd=ROOT,
        env={k: v for k, v in os.environ.items() if k not in SECRETS} | env,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    done = _compose_config(SECRETS)
    assert done.returncode == 0, done.stderr
    return dict(yaml.safe_load(done.stdout))


def test_compose_requires_its_secrets() -> None:
    done = _compose_config({})
    assert done.returncode != 0
    assert "POSTGRES_PASSWORD" in done.stderr


def test_compose_has_every_part(compose: dict[str, Any]) -> None:
    services = compose["services"]
    expected = {
        "kafka",
        "topics",
        "postgres",
        "extractor",
        "linker",
        "incidents",
        "calendar",
        "sink",
        "feeder",
        "prometheus",
        "grafana",
    }
    assert expected <= set(services)
    assert services["kafka"]["image"].startswith("apache/kafka:3.")
    assert services["postgres"]["image"].startswith("postgres:16")
    for name in ("kafka", "postgres", "extractor", "linker", "incidents", "calendar", "sink", "prometheus"):
        assert "healthcheck" in services[name], name
    for name in ("extractor", "linker", "incidents", "calendar", "sink"):
        assert services[name]["depends_on"]["postgres"]["condition"] == "service_healthy"
        assert services[name]["depends_on"]["topics"]["condition"] == "service_completed_successfully"
        assert "replicas" in services[name]["deploy"], name


def test_every_service_command_is_a_real_cli_command(compose: dict[str, Any]) -> None:
    for name, service in compose["services"].items():
        if service.get("image", "").startswith("sitrep") or service.get("build"):
            args = parser().parse_args(service["command"])
            assert callable(args.func), name


def test_every_sitrep_variable_is_a_real_setting(compose: dict[str, Any]) -> None:
    fields = {f"SITREP_{name.upper()}" for name in Settings.model_fields}
    used = {k for s in compose["services"].values() for k in (s.get("environment") or {}) if k.startswith("SITREP_")}
    documented = {
        line.lstrip("# ").split("=", 1)[0]
        for line in (ROOT / ".env.example").read_text().splitlines()
        if line.lstrip("# ").startswith("SITREP_")
    }
    assert used <= fields, used - fields
    assert documented <= fields, documented - fields
    assert fields <= documented, f"settings missing from .env.example: {fields - documented}"


def test_settings_from_compose_environment_validate(compose: dict[str, Any]) -> None:
    env = {k: str(v) for k, v in compose["services"]["sink"]["environment"].items() if k.startswith("SITREP_")}
    settings = Settings(**{k.removeprefix("SITREP_").lower(): v for k, v in env.items()})
    assert settings.store == "postgres"
    assert settings.postgres_dsn is not None
    assert "example-only" not in repr(settings), "the password must not show in reprs or logs"


def test_prometheus_config_and_rules() -> None:
    promtool = _need("promtool")
    config = subprocess.run(
        [promtool, "check", "config", str(ROOT / "deploy/prometheus/prometheus.yml")], capture_output=True, text=True
    )
    assert config.returncode == 0, config.stdout + config.stderr
    rules = subprocess.run(
        [promtool, "check", "rules", str(ROOT / "deploy/prometheus/alerts.yml")], capture_output=True, text=True
    )
    assert rules.returncode == 0, rules.stdout + rules.stderr
    names = {
        r["alert"]
        for g in yaml.safe_load((ROOT / "deploy/prometheus/alerts.yml").read_text())["groups"]
        for r in g["rules"]
    }
    assert {
        "SitrepServiceDown",
        "SitrepDeadLettersRising",
        "SitrepConsumerLagGrowing",
        "SitrepNothingProcessed",
    } <= names


def test_prometheus_scrapes_every_service() -> None:
    config = yaml.safe_load((ROOT / "deploy/prometheus/prometheus.yml").read_text())
    jobs = {j["job_name"] for j in config["scrape_configs"]}
    assert {f"sitrep-{s}" for s in ("feeder", "extractor", "linker", "incidents", "calendar", "sink")} <= jobs


def test_grafana_provisioning_parses_and_uses_our_metrics() -> None:
    datasource = yaml.safe_load((ROOT / "deploy/grafana/provisioning/datasources/prometheus.yml").read_text())
    assert datasource["datasources"][0]["type"] == "prometheus"
    provider = yaml.safe_load((ROOT / "deploy/grafana/provisioning/dashboards/sitrep.yml").read_text())
    assert provider["providers"][0]["options"]["path"] == "/var/lib/grafana/dashboards"
    dashboard = json.loads((ROOT / "deploy/grafana/dashboards/sitrep.json").read_text())
    exprs = " ".join(t["expr"] for p in dashboard["panels"] for t in p["targets"])
    for metric in (
        "sitrep_messages_in_total",
        "sitrep_processing_seconds_bucket",
        "sitrep_deadletters_total",
        "sitrep_consumer_lag",
        "sitrep_incident_tally",
        "sitrep_calendar_events",
    ):
        assert metric in exprs, metric
