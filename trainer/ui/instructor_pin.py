"""The instructor's PIN: kept only as a salted PBKDF2 hash, checked in constant time."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from PySide6.QtCore import QSettings

from trainer.ui.translation import tr

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 600_000  # OWASP's figure for PBKDF2-SHA256: about 0.1 s a check here
SALT_BYTES = 16
MIN_LENGTH = 4
SETTINGS_KEY = "instructor/pin_hash"


def pin_problem(pin: str) -> str | None:
    """Why a new PIN is not acceptable, or None when it is."""
    if len(pin) < MIN_LENGTH:
        return tr("A PIN has at least {min_length} characters").format(min_length=MIN_LENGTH)
    if pin != pin.strip():
        return tr("A PIN cannot start or end with a space")
    return None


def hash_pin(pin: str, salt: bytes | None = None, iterations: int = ITERATIONS) -> str:
    """'pbkdf2_sha256$<iterations>$<salt hex>$<hash hex>': all a later check needs, no PIN."""
    salt = secrets.token_bytes(SALT_BYTES) if salt is None else salt
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, iterations)
    return f"{ALGORITHM}${iterations}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    """Whether `pin` is the one `stored` was made from; False for anything malformed."""
    try:
        algorithm, iterations, salt, expected = stored.split("$")
        if algorithm != ALGORITHM:
            return False
        digest = hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), bytes.fromhex(salt),
                                     int(iterations))  # fmt: skip
    except ValueError:
        return False
    return hmac.compare_digest(digest.hex(), expected)


class PinStore:
    """The PIN's hash in the app's settings; the PIN itself is never written anywhere."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def _stored(self) -> str:
        value = self.settings.value(SETTINGS_KEY, "")
        return value if isinstance(value, str) else ""

    def is_set(self) -> bool:
        return bool(self._stored())

    def set(self, pin: str) -> None:
        problem = pin_problem(pin)
        if problem is not None:
            raise ValueError(problem)
        self.settings.setValue(SETTINGS_KEY, hash_pin(pin))
        self.settings.sync()

    def check(self, pin: str) -> bool:
        stored = self._stored()
        return bool(stored) and pin_matches(pin, stored)
