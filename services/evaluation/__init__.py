"""``sitrep eval``: precision, recall and F1 of every extractor against gold annotations."""
