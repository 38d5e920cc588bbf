"""The printed sheets' look: fonts, sizes, colours and the style sheet of Qt's HTML (no Qt)."""

from __future__ import annotations

import html

from trainer.export.sheet_data import printable

FONTS = ["DejaVu Sans", "Segoe UI", "Helvetica Neue", "Arial", "Liberation Sans", "sans-serif"]
BODY_PT = 9.0
INK, MUTED, RULE, SHADE = "#1d2733", "#5b6876", "#b8c2cc", "#eef2f5"
GREEN, RED, AMBER = "#1e6b34", "#b00020", "#8a5a00"
PRODUCT = "Twente Drone Safety Trainer"


def css_px(pt: float) -> int:
    """Points on paper as the CSS pixels of Qt's HTML (1/96 inch, scaled to the device)."""
    return max(1, round(pt * 96 / 72))


def escaped(text: str | None) -> str:
    """Text as HTML: control characters out, <, >, & and quotes escaped; empty as a dash."""
    return html.escape(printable(text)) if text else "&#8211;"


SHEET_CSS = f"""
body {{ color: {INK}; }}
.brand {{ color: {MUTED}; font-size: 7.5pt; letter-spacing: 1px; }}
h1 {{ font-size: 17pt; font-weight: 600; margin: 0; }}
.subtitle {{ font-size: 11pt; color: {MUTED}; }}
.label {{ color: {MUTED}; font-size: 7.5pt; }}
.value {{ font-size: 10pt; }}
.small {{ color: {MUTED}; font-size: 7.5pt; }}
h2 {{ font-size: 11pt; font-weight: 600;
      margin-top: {css_px(10)}px; margin-bottom: {css_px(4)}px; }}
th {{ background-color: {SHADE}; color: {INK}; font-size: 8pt; font-weight: 600;
      text-align: left; border-bottom: {css_px(0.8)}px solid {MUTED}; }}
td.item {{ border-bottom: {css_px(0.4)}px solid {RULE}; }}
.num {{ text-align: right; }}
.gain {{ color: {GREEN}; font-weight: 600; }}
.loss {{ color: {RED}; font-weight: 600; }}
.zero {{ color: {MUTED}; }}
.missed {{ background-color: #fbe9ec; }}
.penalty {{ background-color: #fdf3e1; }}
.due_met {{ color: {GREEN}; font-size: 7.5pt; }}
.due_late {{ color: {AMBER}; font-size: 7.5pt; }}
.due_missed {{ color: {RED}; font-size: 7.5pt; }}
.due_not_applicable {{ color: {MUTED}; font-size: 7.5pt; }}
"""
