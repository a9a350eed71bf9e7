"""Migration scripts (one revision per file: 0001_core, ...)."""
