"""A real Prometheus server scrapes the running pipeline with the project's own scrape config."""

from __future__ import annotations

import json
import shutil
import subprocess
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from services.cli.supervisor import Pipeline, free_port
from services.feeder.load import load_paths
from shared.models import Article
from shared.settings import METRICS_PORT_OFFSETS
from tests.integration.conftest import ROOT, sitrep

pytestmark = pytest.mark.integration

STAGES = ("extractor", "linker", "incidents", "calendar", "sink")
SOURCE = {"extractor": "articles.raw", "linker": "articles.recognized"}


def local_config(pipeline: Pipeline, folder: Path) -> Path:
    """The deploy config with each service's DNS discovery replaced by this machine's port."""
    config = yaml.safe_load((ROOT / "deploy/prometheus/prometheus.yml").read_text())
    config["global"]["scrape_interval"] = "1s"
    jobs = []
    for job in config["scrape_configs"]:
        service = job["job_name"].removeprefix("sitrep-")
        if "dns_sd_configs" in job:
            if service not in METRICS_PORT_OFFSETS:
                continue  # a service this test does not run (the live feeder)
            del job["dns_sd_configs"]
            port = pipeline.settings.metrics_port_for(service)
            job["static_configs"] = [{"targets": [f"127.0.0.1:{port}"]}]
        jobs.append(job)
    config["scrape_configs"] = jobs
    shutil.copy(ROOT / "deploy/prometheus/alerts.yml", folder / "alerts.yml")
    path = folder / "prometheus.yml"
    path.write_text(yaml.safe_dump(config))
    return path


@pytest.fixture
def prometheus(pipeline: Pipeline, tmp_path: Path) -> Iterator[str]:
    binary = shutil.which("prometheus")
    if binary is None:
        pytest.fail("prometheus is not installed: `make install` installs Debian's package")
    address = f"127.0.0.1:{free_port()}"
    process = subprocess.Popen(
        [
            binary,
            f"--config.file={local_config(pipeline, tmp_path)}",
            f"--storage.tsdb.path={tmp_path / 'data'}",
            f"--web.listen-address={address}",
        ],
        stdout=subprocess.DEVNULL,
        stderr=(tmp_path / "prometheus.log").open("wb"),
    )
    try:
        yield f"http://{address}"
    finally:
        process.terminate()
        process.wait(20)


def query(base: str, expr: str) -> list[dict[str, object]]:
    url = f"{base}/api/v1/query?{urllib.parse.urlencode({'query': expr})}"
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            body = json.load(response)
    except OSError:
        return []
    return list(body["data"]["result"]) if body.get("status") == "success" else []


def test_prometheus_sees_every_stage_process_the_seeds(
    prometheus: str, pipeline: Pipeline, pipeline_env: dict[str, str]
) -> None:
    seeds = [a for a in load_paths([ROOT / "seeds"]) if isinstance(a, Article)]
    fed = sitrep("feed", str(ROOT / "seeds"), env=pipeline_env)
    assert fed.returncode == 0, fed.stderr
    deadline = time.monotonic() + 90
    seen: dict[str, float] = {}
    while time.monotonic() < deadline:
        for stage in STAGES:
            topic = SOURCE.get(stage, "articles.enriched")
            result = query(prometheus, f'sum(sitrep_messages_in_total{{service="{stage}", topic="{topic}"}})')
            seen[stage] = float(result[0]["value"][1]) if result else 0.0  # type: ignore[index]
        if all(seen[s] >= len(seeds) for s in STAGES):
            break
        time.sleep(1)
    assert all(seen[s] >= len(seeds) for s in STAGES), seen
    up = query(prometheus, 'up{job=~"sitrep-(extractor|linker|incidents|calendar|sink)"}')
    assert {r["metric"]["job"] for r in up if r["value"][1] == "1"} == {f"sitrep-{s}" for s in STAGES}  # type: ignore[index]
    rules = json.load(urllib.request.urlopen(f"{prometheus}/api/v1/rules", timeout=5))
    loaded = {r["name"] for g in rules["data"]["groups"] for r in g["rules"]}
    assert "SitrepDeadLettersRising" in loaded
