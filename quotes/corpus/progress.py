"""Progress of a corpus run on stderr."""

from __future__ import annotations

import sys
from typing import Any

import pandas as pd


# --- progress -------------------------------------------------------------------------------
class Progress:
    """A tqdm bar on stderr: documents, claims, errors and docs/s.

    ``enabled=None`` shows it only when stderr is a terminal; True forces it, False hides it.
    Without tqdm installed there is no bar, and nothing else changes.
    """

    def __init__(self, enabled: bool | None, total: int | None) -> None:
        show = sys.stderr.isatty() if enabled is None else enabled
        self.bar = None
        if show:
            try:
                from tqdm.auto import tqdm
            except ImportError:
                return
            self.bar = tqdm(total=total, unit="doc", file=sys.stderr, smoothing=0.1)

    def update(self, claims: int, errors: int) -> None:
        if self.bar is not None:
            self.bar.update(1)
            self.bar.set_postfix(claims=claims, errors=errors, refresh=False)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _total(source: Any) -> int | None:
    if isinstance(source, pd.DataFrame | list | tuple):
        return len(source)
    return None
