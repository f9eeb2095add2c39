"""Linker service: the extraction rules over the model's spans."""
