"""Twente Drone Safety Trainer: drone incident training at Twente Airport (EHTW)."""

__version__ = "0.1.0"
