"""The simulation core: a deterministic, headless engine on an integer tick clock (no Qt)."""
