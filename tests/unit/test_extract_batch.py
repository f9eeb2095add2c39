"""The extractor's batch entry point: one model pass per batch, the same output as one by one."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pytest

from services.extractor import extract, model
from services.extractor.bench import measure
from services.extractor.extract import enrich, enrich_batch
from shared.codec import DecodeError
from shared.models import EnrichedArticle
from tests.factories import article

TEXTS = [
    "Ukrainian President Volodymyr Zelenskyy met Keith Kellogg in Kyiv.",
    "Marc Fogel, an American teacher, was released. Fogel thanked Trump.",
    "Russia launched Shahed-136 drones at the Odesa and Mykolaiv regions.",
]


def test_batch_runs_the_model_once_and_matches_single_articles(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = model.recognize

    def counting(texts: Iterable[str], **kwargs: int) -> Iterator[list[model.ModelEntity]]:
        texts = list(texts)
        calls.append(len(texts))
        return real(texts, **kwargs)

    articles = [article(t) for t in TEXTS]
    single = [enrich(a) for a in articles]
    monkeypatch.setattr(extract, "recognize", counting)
    batch = enrich_batch(articles)
    assert calls == [len(TEXTS)]
    assert [out[0] for out in batch] == single
    assert all(isinstance(out[0], EnrichedArticle) for out in batch)


def test_a_text_over_the_limit_fails_the_batch_before_the_model_runs() -> None:
    with pytest.raises(DecodeError) as err:
        enrich_batch([article("ok"), article("x" * 50)], max_text_chars=10)
    assert err.value.error_type == "text_too_large"


def test_model_is_loaded_once_with_only_the_components_ner_needs() -> None:
    assert model.load_model() is model.load_model()
    assert model.load_model().pipe_names == ["ner"]


def test_bench_reports_both_rates_and_their_ratio() -> None:
    figures = measure(TEXTS * 2)
    assert figures["articles"] == 6 and figures["words"] > 0
    for key in ("nlp_articles_per_s", "nlp_words_per_s", "enrich_articles_per_s", "enrich_words_per_s", "ratio"):
        assert figures[key] > 0
