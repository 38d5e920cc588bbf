"""Recorded flights: readers for PX4 ULog, ArduPilot DataFlash and MAVLink logs, CSV and GPX."""
