"""The public entry points of a corpus run: :func:`iter_corpus`, :func:`extract_corpus`."""

from __future__ import annotations

import os
import time
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from quotes import errors
from quotes.corpus.entries import ERROR_COLUMNS, Failure, errors_table, option
from quotes.corpus.parallel import iter_outcomes
from quotes.corpus.progress import Progress, source_size
from quotes.corpus.readers import Numbered, read_source
from quotes.corpus.writers import CsvWriter, errors_path, format_of, open_writer
from quotes.identity import combine_stats, name_stats, resolve_names, speaker_id_values
from quotes.table import COLUMNS, STRING, empty_table, iter_claims_file, to_frame

if TYPE_CHECKING:
    from quotes.extractor import Extractor

ERROR_MODES = ("collect", "raise")

#: The ``error`` of a document kept with its claims but without speakers.
DEGRADED = "ResolutionWarning"


@dataclass
class CorpusSummary:
    """What a run writing to a file did (``extract_corpus(..., out=path)``).

    ``documents`` counts every input record: each one has claims in ``out``, or none, or
    a row in ``errors`` (a document whose speakers could not be resolved has both).
    ``renamed_ids`` counts documents whose id was taken and became ``id#2``, ``id#3``, ...
    """

    documents: int = 0
    claims: int = 0
    errors: pd.DataFrame = field(default_factory=errors_table)
    seconds: float = 0.0
    out: Path | None = None
    errors_out: Path | None = None
    renamed_ids: int = 0

    def __str__(self) -> str:
        rate = self.documents / self.seconds if self.seconds else 0.0
        counts = [
            _count(self.documents, "document"),
            _count(self.claims, "claim"),
            _count(len(self.errors), "error"),
        ]
        if self.renamed_ids:
            counts.append(_count(self.renamed_ids, "renamed duplicate id"))
        return f"{', '.join(counts)} in {self.seconds:.1f} s ({rate:.1f} docs/s)"


def _count(n: int, word: str) -> str:
    return f"{n:,} {word}" + ("" if n == 1 else "s")


@dataclass
class _Tally:
    documents: int = 0
    claims: int = 0
    failures: list[dict[str, object]] = field(default_factory=list)
    renamed: int = 0


# --- options, checked before anything is read or loaded -------------------------------------
def check_options(
    *, batch_size: object = 32, n_process: object = 1, chunk_size: object = 256,
    errors_mode: str = "collect", progress: object = None,
) -> None:  # fmt: skip
    """Raise CorpusError for a count below 1 or an unknown errors mode.

    ``batch_size=0`` would read nothing and ``n_process=0`` or a negative batch would hang
    in the parser's pool, so they are refused here, before the model loads.
    """
    if errors_mode not in ERROR_MODES:
        raise errors.CorpusError(
            errors.CORPUS_BAD_OPTION.format(
                name="errors", value=errors_mode, known=", ".join(ERROR_MODES)
            )
        )
    counts = {"batch_size": batch_size, "n_process": n_process, "chunk_size": chunk_size}
    if progress is not None and not isinstance(progress, bool):
        counts["progress"] = progress
    for name, value in counts.items():
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise errors.CorpusError(errors.CORPUS_BAD_COUNT.format(name=name, value=value))


#: What each corpus-level column needs beyond the base install (the ``corpus`` extra).
_EXTRAS = {
    "speaker_ids": ("speaker ids", ("textacy",), "speaker_ids=False (CLI: --no-speaker-ids)"),
    "claim_groups": (
        "claim groups",
        ("datasketch", "textacy", "scipy"),
        "claim_groups=False (CLI: --no-claim-groups)",
    ),
}


def check_extras(**wanted: bool) -> None:
    """Raise CorpusError (Q012) when a corpus-level column is asked for and a package it needs
    is missing: said before the model loads, not after an hour of parsing."""
    from importlib.util import find_spec

    for column, on in wanted.items():
        what, packages, switch = _EXTRAS[column]
        missing = [p for p in packages if on and find_spec(p) is None]
        if missing:
            many = len(missing) > 1
            raise errors.CorpusError(
                errors.CORPUS_EXTRAS_MISSING.format(
                    what=what, ps="s" if many else "",
                    missing=", ".join(missing), are="are" if many else "is", switch=switch,
                )
            )  # fmt: skip


def input_paths(source: Any) -> list[Path]:
    """The files and folders a source names (a path, or Path items of a list or tuple)."""
    if isinstance(source, str | os.PathLike):
        return [Path(source)]
    if isinstance(source, list | tuple):
        return [Path(item) for item in source if isinstance(item, os.PathLike)]
    return []


def check_output(out: Path, inputs: list[Path], fmt: str | None = None) -> None:
    """Raise CorpusError when ``out`` cannot be written or would be one of the inputs.

    The claims file and the errors file beside it may be neither an input file nor inside
    an input folder: the run would overwrite the corpus it reads, or read its own output.
    """
    if out.is_dir():
        raise errors.CorpusError(errors.CORPUS_OUT_IS_FOLDER.format(out=out))
    format_of(out, fmt)
    folder = out.parent
    if not folder.is_dir():
        raise errors.CorpusError(errors.CORPUS_OUT_NO_FOLDER.format(out=out, folder=folder))
    for written in (out, errors_path(out)):
        target = written.resolve()
        for path in inputs:
            source = path.resolve()
            if target == source:
                relation = "is"
            elif source.is_dir() and source in target.parents:
                relation = "is inside"
            else:
                continue
            raise errors.CorpusError(
                errors.CORPUS_OUT_IS_INPUT.format(out=written, relation=relation, path=path)
            )


# --- the public entry points ----------------------------------------------------------------
def iter_corpus(
    source: Any,
    *,
    extractor: Extractor | None = None,
    text_col: str = "text",
    id_col: str | None = None,
    batch_size: int = 32,
    n_process: int = 1,
    chunk_size: int = 256,
    progress: bool | int | None = None,
    errors: str = "collect",
) -> Iterator[pd.DataFrame]:
    """Claims tables of successive chunks of ``chunk_size`` documents, as they are done.

    Each chunk's failures are at ``chunk.attrs["errors"]`` (rows of the errors table). Memory
    holds one chunk, so this is the way to run a corpus of any size; :func:`extract_corpus`
    with ``out=`` writes these chunks to a file.

    Args:
        source: see :func:`extract_corpus`.
        extractor: the loaded Extractor; None uses the default one.
        text_col, id_col: the text and id columns or fields of records (DataFrame, JSONL,
            CSV, Parquet, mappings); ``id_col=None`` takes an ``id`` field or column where
            there is one, else numbers the documents (see docs/corpus.md).
        batch_size: documents per ``nlp.pipe`` batch (at least 1).
        n_process: parser processes (at least 1).
        chunk_size: documents per yielded chunk (at least 1).
        progress: None: a bar when stderr is a terminal; True/False: a bar always/never;
            an int N: a plain line on stderr every N documents.
        errors: ``"collect"`` reports failures in the errors table; ``"raise"`` raises
            :class:`quotes.errors.CorpusError` at the first one.

    Raises:
        CorpusError: at once, for an option out of range or a source that cannot be read.
    """
    check_options(
        batch_size=batch_size, n_process=n_process, chunk_size=chunk_size, errors_mode=errors,
        progress=progress,
    )  # fmt: skip
    entries = read_source(source, text_col=text_col, id_col=id_col)
    return _chunks(
        source, entries, extractor, batch_size, n_process, chunk_size, progress, errors,
        _Tally(),
    )  # fmt: skip


def _chunks(
    source: Any,
    entries: Numbered,
    extractor: Extractor | None,
    batch_size: int,
    n_process: int,
    chunk_size: int,
    progress: bool | int | None,
    mode: str,
    tally: _Tally,
) -> Iterator[pd.DataFrame]:
    if extractor is None:
        from quotes.extractor import default_extractor

        extractor = default_extractor()
    bar = Progress(progress, source_size(source))
    rows: list[dict[str, object]] = []
    failed: list[dict[str, object]] = []
    docs = 0
    try:
        for outcome in iter_outcomes(
            entries, extractor, batch_size=batch_size, n_process=n_process
        ):
            docs += 1
            tally.documents += 1
            tally.claims += len(outcome.rows)
            tally.renamed = entries.renamed
            rows.extend(outcome.rows)
            if outcome.failure is not None:
                _check_failure(outcome.failure, mode)
                failed.append(outcome.failure.row())
                tally.failures.append(outcome.failure.row())
            bar.update(tally.claims, len(tally.failures))
            if docs >= chunk_size:
                yield _chunk(rows, failed)
                rows, failed, docs = [], [], 0
        if docs or not tally.documents:
            yield _chunk(rows, failed)
    finally:
        bar.close()


def _check_failure(failure: Failure, mode: str) -> None:
    """Raise in ``errors="raise"`` mode, but not for a document that was only degraded (its
    claims are kept; its speakers could not be resolved): it stays a row of the errors table."""
    if mode == "raise" and failure.error != DEGRADED:
        raise errors.CorpusError(
            errors.CORPUS_DOCUMENT_FAILED.format(
                doc_id=failure.doc_id,
                where=failure.source or "in memory",
                error=failure.error,
                message=failure.message,
                option=option("collect"),
            )
        )


def _chunk(rows: list[dict[str, object]], failed: list[dict[str, object]]) -> pd.DataFrame:
    frame = to_frame(rows)
    frame.attrs["errors"] = failed
    return frame


def extract_corpus(
    source: Any,
    *,
    extractor: Extractor | None = None,
    out: str | os.PathLike[str] | None = None,
    format: str | None = None,
    text_col: str = "text",
    id_col: str | None = None,
    batch_size: int = 32,
    n_process: int = 1,
    chunk_size: int = 256,
    progress: bool | int | None = None,
    errors: str = "collect",
    aliases: Any = None,
    speaker_ids: bool = True,
    claim_groups: bool = True,
) -> Any:
    """The claims table of many documents, streamed through the parser in batches.

    Args:
        source: an iterable of ``str``, of ``(doc_id, text)`` pairs or of mappings; a
            ``pandas.DataFrame``; or a path (``str`` or ``pathlib.Path``) to a ``.txt``,
            ``.json``, ``.jsonl``, ``.jsonl.gz``, ``.csv`` or ``.parquet`` file or a folder of
            them (recursively). In an iterable, ``pathlib.Path`` items are files and ``str``
            items are texts.
        out: a file to write the claims to as they come (CSV, Parquet or JSONL, from its name
            or ``format``); memory then stays flat and the errors go to ``*.errors.csv``
            beside it. Both are written under temporary names and moved into place when the
            run ends: a failed or interrupted run leaves no half file. ``out`` may not be an
            input, nor inside an input folder.
        format: ``"csv"``, ``"parquet"`` or ``"jsonl"``, overriding the file name.
        aliases: the user's alias table (a CSV path, a DataFrame or a mapping variant -> id;
            :func:`quotes.identity.read_aliases`), which wins over the automatic merge of
            speaker names across the corpus.
        speaker_ids: fill ``speaker_id`` (one id per real speaker across the corpus,
            :func:`quotes.identity.assign_speaker_ids`). With ``out`` this takes a second
            pass over the written file, chunk by chunk, so memory stays flat.
        claim_groups: fill ``claim_group`` (the same quotation carried by several documents
            shares a group, :func:`quotes.spread.assign_claim_groups`). With ``out``, the
            claims' words (not the whole table) are kept in memory until the second pass.
        Others: see :func:`iter_corpus`.

    Returns:
        Without ``out``: the claims table (docs/schema.md), the rows of its errors table at
        ``df.attrs["errors"]``. With ``out``: a :class:`CorpusSummary`.
    """
    options = dict(
        extractor=extractor, text_col=text_col, id_col=id_col, batch_size=batch_size,
        n_process=n_process, chunk_size=chunk_size, progress=progress, errors=errors,
    )  # fmt: skip
    check_extras(speaker_ids=speaker_ids, claim_groups=claim_groups)
    if aliases is not None:
        from quotes.identity import read_aliases

        aliases = read_aliases(aliases)  # a bad alias table fails before the model runs
    if out is not None:
        return write_corpus(
            source,
            Path(out),
            format=format,
            aliases=aliases,
            speaker_ids=speaker_ids,
            claim_groups=claim_groups,
            **options,
        )
    tally = _Tally()
    frames = [f for f in _run(source, tally, **options) if len(f)]  # type: ignore[arg-type]
    table = pd.concat(frames, ignore_index=True) if frames else empty_table()
    if frames:
        table = table.astype({k: v for k, v in COLUMNS.items() if k != "spans"})
        if speaker_ids:
            from quotes.identity import assign_speaker_ids

            table = assign_speaker_ids(table, aliases)
        if claim_groups:
            from quotes.spread import assign_claim_groups

            table = assign_claim_groups(table)
    table.attrs["errors"] = tally.failures
    _warn_failures(len(tally.failures), "df.attrs['errors']")
    return table


def _run(
    source: Any,
    tally: _Tally,
    *,
    extractor: Extractor | None,
    text_col: str,
    id_col: str | None,
    batch_size: int,
    n_process: int,
    chunk_size: int,
    progress: bool | int | None,
    errors: str,
) -> Iterator[pd.DataFrame]:
    check_options(
        batch_size=batch_size, n_process=n_process, chunk_size=chunk_size, errors_mode=errors,
        progress=progress,
    )  # fmt: skip
    entries = read_source(source, text_col=text_col, id_col=id_col)
    return _chunks(
        source, entries, extractor, batch_size, n_process, chunk_size, progress, errors, tally
    )


def write_corpus(
    source: Any,
    out: Path,
    *,
    format: str | None = None,
    aliases: Any = None,
    speaker_ids: bool = True,
    claim_groups: bool = True,
    **options: Any,
) -> CorpusSummary:
    """Extract ``source`` and append each chunk of claims to ``out``; see :func:`extract_corpus`.

    The claims and errors files are moved into place only when the run ends; on any
    exception (``errors="raise"``, Ctrl-C, a full disk) both are dropped and the exception
    goes on, so that the final names keep what they had.
    """
    start = time.perf_counter()
    check_output(out, input_paths(source), format)
    tally = _Tally()
    chunks = _run(source, tally, **options)
    fmt = format_of(out, format)
    second_pass = speaker_ids or claim_groups
    first = out.with_name(f".{out.name}.pass1.{os.getpid()}") if second_pass else out
    writer = open_writer(first, fmt)
    err_out = errors_path(out)
    err_writer = CsvWriter(err_out, ERROR_COLUMNS)
    stats = []
    words: list[pd.DataFrame] = []
    try:
        for chunk in chunks:
            writer.write(chunk)
            if speaker_ids:
                stats.append(name_stats(chunk))
            if claim_groups:
                words.append(chunk[list(_GROUP_INPUT)].copy())
            failed = chunk.attrs["errors"]
            if failed:
                err_writer.write(errors_table(failed))
        writer.close()
        if second_pass:
            identities = resolve_names(combine_stats(stats), aliases) if speaker_ids else None
            groups = _claim_groups(words, identities) if claim_groups else None
            del words
            _second_pass(first, out, fmt, identities, groups)
    except BaseException:
        writer.abort()
        err_writer.abort()
        first.unlink(missing_ok=True)
        raise
    finally:
        if second_pass:
            first.unlink(missing_ok=True)
    err_writer.close()
    _warn_failures(len(tally.failures), str(err_out))
    return CorpusSummary(
        documents=tally.documents,
        claims=tally.claims,
        errors=errors_table(tally.failures),
        seconds=time.perf_counter() - start,
        out=out,
        errors_out=err_out,
        renamed_ids=tally.renamed,
    )


#: The columns claim grouping reads (:func:`quotes.spread.assign_claim_groups`).
_GROUP_INPUT = ("doc_id", "quote", "start", "end", "speaker")


def _claim_groups(words: list[pd.DataFrame], identities: Any) -> Any:
    """The ``claim_group`` of every claim of the run, in file order: groups need the whole
    corpus, so they are computed once the first pass has ended, from the claims' words."""
    from quotes.spread import assign_claim_groups

    frame = pd.concat(words, ignore_index=True) if words else empty_table()[list(_GROUP_INPUT)]
    if identities is not None:  # short claims are grouped by speaker: the corpus id if known
        frame["speaker_id"] = pd.Series(
            speaker_id_values(frame, identities), index=frame.index, dtype=STRING
        )
    return assign_claim_groups(frame)["claim_group"].to_numpy()


def _second_pass(
    first: Path,
    out: Path,
    fmt: str,
    identities: Any,
    groups: Any = None,
    rows: int = 50_000,
) -> None:
    """Copy the claims of ``first`` into ``out`` chunk by chunk with ``speaker_id`` set from
    the corpus's ``identities`` and ``claim_group`` from ``groups`` (one per claim in file
    order): both are decided across the whole corpus, so they are known only when the run
    ends. Atomic like every output (the writer's temporary name)."""
    writer = open_writer(out, fmt)
    done = 0
    try:
        for chunk in iter_claims_file(first, fmt, rows):
            if identities is not None:
                chunk["speaker_id"] = pd.Series(
                    speaker_id_values(chunk, identities), index=chunk.index, dtype=STRING
                )
            if groups is not None:
                chunk["claim_group"] = pd.Series(
                    groups[done : done + len(chunk)], index=chunk.index, dtype="Int64"
                )
            done += len(chunk)
            writer.write(chunk)
    except BaseException:
        writer.abort()
        raise
    writer.close()


def _warn_failures(count: int, where: str) -> None:
    if count:
        warnings.warn(
            f"quotes: {count} document(s) could not be processed; see {where}",
            RuntimeWarning,
            stacklevel=3,
        )
