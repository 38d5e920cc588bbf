"""numpy's clip ufunc, called directly.

`np.clip` passes through several Python layers before it reaches this ufunc; for the small arrays
of a small fleet those layers cost more than the arithmetic. Same ufunc, so the same results.
"""

from __future__ import annotations

from numpy._core.umath import clip  # type: ignore[attr-defined]  # an untyped ufunc

__all__ = ["clip"]
