"""Progress of a corpus run on stderr: a bar on a terminal, plain lines in a log.

A run of hours under ``nohup`` or a scheduler has no terminal; a bar would fill its log with
carriage returns, and no bar at all leaves it silent for hours. ``progress=N`` prints one
plain line every N documents instead (the command line does so when stderr is not a
terminal).
"""

from __future__ import annotations

import sys
import time
from typing import Any

import pandas as pd


class Progress:
    """Progress on stderr: documents, claims, errors and docs/s.

    ``enabled=None`` shows a tqdm bar only when stderr is a terminal; True forces the bar,
    False hides everything; an int N prints a plain line every N documents. Without tqdm
    installed there is no bar, and nothing else changes.
    """

    def __init__(self, enabled: bool | int | None, total: int | None) -> None:
        self.bar: Any = None
        self.every = 0
        self.done = 0
        self.start = time.perf_counter()
        if enabled is not None and not isinstance(enabled, bool):
            self.every = int(enabled)
            return
        show = sys.stderr.isatty() if enabled is None else enabled
        if show:
            try:
                from tqdm.auto import tqdm
            except ImportError:
                return
            self.bar = tqdm(total=total, unit="doc", file=sys.stderr, smoothing=0.1)

    def update(self, claims: int, errors: int) -> None:
        self.done += 1
        if self.bar is not None:
            self.bar.update(1)
            self.bar.set_postfix(claims=claims, errors=errors, refresh=False)
        elif self.every and self.done % self.every == 0:
            print(self.line(claims, errors), file=sys.stderr, flush=True)

    def line(self, claims: int, errors: int) -> str:
        """``quotes: 1,000 documents, 12,345 claims, 3 errors so far (4.1 docs/s)``."""
        seconds = time.perf_counter() - self.start
        rate = self.done / seconds if seconds else 0.0
        return (
            f"quotes: {self.done:,} documents, {claims:,} claims, {errors:,} errors so far "
            f"({rate:.1f} docs/s)"
        )

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def source_size(source: Any) -> int | None:
    """How many documents ``source`` holds when that is known without reading it (a table
    or a list): the progress bar's total, None for a stream (run.py draws it)."""
    if isinstance(source, pd.DataFrame | list | tuple):
        return len(source)
    return None
