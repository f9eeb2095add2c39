"""sitrep's common library: settings, message models, codec, topics, app factory, metrics.

Nothing in here imports ``services``; every service imports from here.
"""
