"""Scenario files: the model (frozen, validated) and the loader (safe YAML, clear errors)."""
