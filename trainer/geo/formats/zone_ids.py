"""Zone ids made from names or identifiers in airspace files: readable, and unique in a file."""

from __future__ import annotations

import re
import unicodedata


def slug(text: str, keep: str = "", limit: int = 56) -> str:
    """'Düsseldorf CTR' -> 'dusseldorf-ctr': accents dropped, every other run of signs one '-'
    (`keep`: signs to keep besides a-z and 0-9)."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    pattern = f"[^a-z0-9{re.escape(keep)}]+"
    return re.sub(pattern, "-", plain.lower()).strip("-" + keep)[:limit] or "zone"


def unique_id(wanted: str, used: set[str]) -> str:
    """`wanted`, or `wanted-2`, `-3`, ... the first not in `used` (which it is added to).

    Checking every id made, not counting names, keeps 'Zone A' twice and 'Zone A 2' apart.
    """
    candidate, number = wanted, 1
    while candidate in used:
        number += 1
        candidate = f"{wanted}-{number}"
    used.add(candidate)
    return candidate
