"""The ``sitrep`` command line."""
