"""The extraction stream: entries -> outcomes, parsed in batches, in one or more processes.

A document that breaks the parser or the claim rules costs only itself (see
:func:`iter_outcomes`); a worker process that dies costs only the document that killed it.
"""

from __future__ import annotations

import gc
import multiprocessing
import signal
import warnings
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any

from quotes import errors
from quotes.corpus.entries import Entry, Failure, Item, Outcome
from quotes.table import claim_rows

if TYPE_CHECKING:
    from quotes.document import Document
    from quotes.extractor import Extractor
    from quotes.records import Claim


# --- the extraction stream ------------------------------------------------------------------
def iter_outcomes(
    entries: Iterable[Entry],
    extractor: Extractor,
    *,
    batch_size: int = 32,
    n_process: int = 1,
) -> Iterator[Outcome]:
    """One :class:`Outcome` per entry, in corpus order.

    The documents go through one ``parse_many`` stream, in batches. When it raises, the
    documents in flight are parsed one by one, so the one that raised is isolated and
    reported, and the stream starts again after them; nothing else is lost.

    With ``n_process > 1`` where processes can fork (Linux), ``n_process`` worker processes
    each run this whole stage, parse and claims, on segments of ``batch_size // 4`` documents
    (small, so that the workers stay evenly loaded to the end; see :func:`_pool_outcomes`);
    elsewhere spaCy's own ``n_process`` parses and this process finds the claims.
    """
    if n_process > 1 and "fork" in multiprocessing.get_all_start_methods():
        yield from _pool_outcomes(entries, extractor, batch_size, n_process)
        return
    for entry, parsed in _parse_stream(entries, extractor, batch_size, n_process):
        yield _outcome(entry, parsed, extractor)


#: The extractor of forked workers: set before the pool forks, inherited, never pickled.
_WORKER: list[Extractor] = []


def _work(segment: list[Entry], batch_size: int) -> list[Outcome]:
    """What a worker process does with one segment: parse, find claims, make rows."""
    return list(iter_outcomes(segment, _WORKER[0], batch_size=batch_size, n_process=1))


def _segments(entries: Iterable[Entry], size: int) -> Iterator[list[Entry]]:
    """Consecutive runs of entries holding ``size`` documents to parse (failures ride along)."""
    segment: list[Entry] = []
    parsed = 0
    for entry in entries:
        segment.append(entry)
        parsed += _needs_parse(entry)
        if parsed >= size:
            yield segment
            segment, parsed = [], 0
    if segment:
        yield segment


def _pool_outcomes(
    entries: Iterable[Entry], extractor: Extractor, batch_size: int, n_process: int
) -> Iterator[Outcome]:
    """Outcomes from ``n_process`` forked workers, in order, at most 2 segments each in flight.

    The workers inherit the loaded extractor (fork); only segments of texts go to them and
    only claim rows come back, so this process has almost nothing to do but write. A worker
    that dies (a crash, out of memory) breaks the pool: its segments in flight are then done
    here, one document at a time, and a new pool takes the rest.
    """
    from concurrent.futures import Future, ProcessPoolExecutor

    context = multiprocessing.get_context("fork")
    source = _segments(entries, max(1, batch_size // 4))
    pending: deque[tuple[list[Entry], Future[list[Outcome]]]] = deque()
    _WORKER[:] = [extractor]
    # The loaded model's objects go to the permanent generation before the fork: the workers'
    # garbage collector then never walks (and so never writes to, and copies) the pages the
    # parent shares with them (the CPython docs' advice for gc.freeze with fork).
    gc.freeze()
    try:
        while True:
            with ProcessPoolExecutor(
                n_process, mp_context=context, initializer=_ignore_interrupts
            ) as pool:
                try:
                    yield from _drain(pool, source, pending, batch_size, 2 * n_process)
                    return
                except BrokenProcessPool:
                    pool.shutdown(wait=False, cancel_futures=True)
                except BaseException:  # Ctrl-C, or the caller closed the stream: stop now
                    pool.shutdown(wait=False, cancel_futures=True)
                    raise
            while pending:
                segment, _ = pending.popleft()
                for entry in segment:
                    yield from iter_outcomes([entry], extractor, batch_size=1, n_process=1)
    finally:
        _WORKER.clear()
        gc.unfreeze()


def _ignore_interrupts() -> None:
    """In a worker: leave Ctrl-C to the main process, which stops the run and says so, and
    let SIGTERM end the worker at once (the command line's handler is for the main process).

    A terminal sends SIGINT to the whole process group; without this every worker would
    print its own KeyboardInterrupt traceback from inside the parser.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the pool may terminate its workers


def _drain(
    pool: Any, source: Iterator[list[Entry]], pending: deque[Any], batch_size: int, depth: int
) -> Iterator[Outcome]:
    """The outcomes of the segments of ``source``, in order, with at most ``depth`` in flight.

    A segment is in ``pending`` from the moment it leaves ``source``: a pool that a dying
    worker broke raises :class:`BrokenProcessPool` at ``submit`` as well as at ``result``,
    and the caller then does every pending segment itself. (A segment taken from the source
    but dropped at a failed ``submit`` was lost without a word, when the pool noticed the
    death before the next submit: a timing that a loaded machine made happen.)"""
    for segment in source:
        try:
            future = pool.submit(_work, segment, batch_size)
        except BrokenProcessPool:
            pending.append((segment, None))
            raise
        pending.append((segment, future))
        if len(pending) >= depth:
            yield from pending[0][1].result()
            pending.popleft()
    while pending:
        yield from pending[0][1].result()
        pending.popleft()


def _outcome(entry: Entry, parsed: Document | Exception | None, extractor: Extractor) -> Outcome:
    if isinstance(entry, Failure):
        return Outcome(entry.doc_id or "", [], entry)
    doc_id = entry.doc_id or ""
    if parsed is None:
        return Outcome(doc_id, [])
    stage = "parse"
    try:
        if isinstance(parsed, Exception):
            raise parsed
        stage = "claim extraction"
        claims, degraded = _claims_watching_resolution(extractor, parsed, doc_id)
        rows = claim_rows(doc_id, entry.text, claims)
        if degraded is None:
            return Outcome(doc_id, rows)
        where = entry.source or f"document {doc_id!r}"
        message = (
            f"{where}: speaker resolution failed ({degraded}); its claims are kept with "
            "empty speakers (rule ends in +resolution_failed)"
        )
        return Outcome(doc_id, rows, Failure(doc_id, "ResolutionWarning", message, entry.source))
    except Exception as exc:
        where = entry.source or f"document {doc_id!r}"
        message = (
            f"{where}: {stage} failed ({type(exc).__name__}: {exc}); the other documents "
            "went on. Please report this document to the quotes developers"
        )
        return Outcome(doc_id, [], Failure(doc_id, type(exc).__name__, message, entry.source))


def _claims_watching_resolution(
    extractor: Extractor, document: Document, doc_id: str | None = None
) -> tuple[list[Claim], str | None]:
    """The claims of ``document``, and the message of a ResolutionWarning it raised, if any.

    The Extractor keeps a document whose speaker resolution fails (its claims come back
    without speakers) and warns; in a corpus run that warning becomes a row of the errors
    table, so that the degraded document is listed, not lost among warnings. Other warnings
    are passed on unchanged.
    """
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", errors.ResolutionWarning)
        claims = extractor.claims_from_document(document, doc_id)
    degraded = None
    for warning in caught:
        if issubclass(warning.category, errors.ResolutionWarning):
            degraded = degraded or str(warning.message)
        else:
            warnings.warn_explicit(
                warning.message, warning.category, warning.filename, warning.lineno
            )
    return claims, degraded


def _parse_stream(
    entries: Iterable[Entry], extractor: Extractor, batch_size: int, n_process: int
) -> Iterator[tuple[Entry, Document | Exception | None]]:
    """Pair each entry with its parse (None for failures and blank texts), in order.

    ``pending`` holds the entries taken from the source but not yet given out: at most the
    batches in flight. Entries that need no parse wait there so that order is kept.
    """
    backend = extractor.backend
    source = iter(entries)
    pending: deque[Entry] = deque()

    def feed() -> Iterator[str]:
        for entry in source:
            pending.append(entry)
            if _needs_parse(entry):
                yield entry.text  # type: ignore[union-attr]

    def ready() -> Iterator[tuple[Entry, None]]:
        while pending and not _needs_parse(pending[0]):
            yield pending.popleft(), None

    while True:
        try:
            for document in backend.parse_many(feed(), batch_size=batch_size, n_process=n_process):
                yield from ready()
                yield pending.popleft(), document
            yield from ready()
            return
        except Exception:  # one document broke its batch: parse the batches in flight alone
            in_flight = list(pending)
            pending.clear()
            for entry in in_flight:
                yield entry, _parse_alone(entry, backend)


def _needs_parse(entry: Entry) -> bool:
    return isinstance(entry, Item) and bool(entry.text.strip())


def _parse_alone(entry: Entry, backend: Any) -> Document | Exception | None:
    if not _needs_parse(entry):
        return None
    try:
        return backend.parse(entry.text)  # type: ignore[union-attr,no-any-return]
    except Exception as exc:
        return exc
