"""Scoring: the trainee's actions, the scenario's answer key, and the score sheet (pure, no Qt)."""
