"""What the system said about a file (OSError's strerror) in the language in use.

English keeps the system's own words, as before; Dutch has words for the common causes and
falls back to the system's words for the rest."""

from __future__ import annotations

import errno

from trainer.i18n import current, message

_KNOWN = ("ENOENT", "EACCES", "EISDIR", "ENOTDIR", "ENOSPC", "EROFS", "EPERM")


def os_reason(error: OSError) -> str:
    said = error.strerror or str(error)
    if current() == "en":
        return said
    name = errno.errorcode.get(error.errno or 0, "")
    return message(f"os.{name}") if name in _KNOWN else said
