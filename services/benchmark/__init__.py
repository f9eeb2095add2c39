"""``sitrep bench``: the NLP limit, the transport limit and the whole pipeline, measured in one run."""
