"""Claims of a Dask DataFrame of texts, partition by partition, on any Dask cluster.

    import dask.dataframe as dd
    import quotes.dask

    ddf = dd.read_parquet("s3://bucket/news/*.parquet", columns=["id", "text"])
    claims = quotes.dask.extract(ddf, text_col="text", id_col="id")   # lazy
    claims.to_parquet("claims/")                                      # runs

Each partition runs :func:`quotes.corpus.iter_corpus` in its worker; the model is loaded once
per worker process (kept in a module cache, keyed by the extractor options) and reused for
every partition that worker gets. Only texts travel to the workers, never a loaded model.

Failures: with ``errors="raise"`` (the default) the first document that cannot be processed
fails its partition, and so the computation, with a message naming the document; nothing is
lost silently. With ``errors="log"`` each failure is logged (logger ``quotes.dask``, level
WARNING, in the worker's log) and its document has no rows.

Writing: ``claims.to_parquet(folder)`` works as it is (``spans`` is declared to Dask as
``list<list<int64>>``), and ``quotes.read_claims(folder)`` reads the folder back with the
claims table's dtypes (``spans`` as ``(start, end)`` tuples).

On a multi-node cluster, point a client at the scheduler before computing::

    from dask.distributed import Client
    client = Client("tcp://scheduler:8786")

Every worker needs ``quotes`` and the model installed
(``pip install 'quotes-attribution[dask,model]'``), as the model is loaded where the
partition runs; see docs/corpus.md.
"""

from __future__ import annotations

import logging
from typing import Any

import pandas as pd
from dask.dataframe.backends import meta_nonempty_dataframe
from dask.dataframe.dispatch import meta_nonempty

from quotes import errors
from quotes.table import empty_table

log = logging.getLogger("quotes.dask")


class ClaimsMeta(pd.DataFrame):
    """The empty claims table Dask holds as ``meta``, marked so that its stand-in rows have
    spans.

    Dask infers a Parquet schema from "non-empty meta": fake rows made from the dtypes. For
    an ``object`` column the fake value is a bare ``object()``, which Arrow cannot type, so
    ``claims.to_parquet(...)`` failed (ArrowInvalid on ``spans``). The fake rows of this
    class get ``[(0, 1)]`` spans, which Arrow types as ``list<list<int64>>``; everything
    else about the meta, its dtypes first, is the plain empty table's.
    """

    @property
    def _constructor(self) -> type[ClaimsMeta]:
        return ClaimsMeta


@meta_nonempty.register(ClaimsMeta)
def _claims_nonempty(meta: ClaimsMeta) -> pd.DataFrame:
    fake = pd.DataFrame(meta_nonempty_dataframe(meta))
    if "spans" in fake.columns:
        fake["spans"] = [[(0, 1)] for _ in range(len(fake))]
    return fake


#: Extractors loaded in this process, by their options: one model per worker.
_EXTRACTORS: dict[str, Any] = {}

ERROR_MODES = ("raise", "log")


def extract(
    ddf: Any,
    text_col: str = "text",
    id_col: str | None = None,
    *,
    backend: str = "spacy",
    model: str | None = None,
    errors: str = "raise",
    batch_size: int = 32,
    speaker_ids: bool = False,
    aliases: Any = None,
    claim_groups: bool = False,
    **options: Any,
) -> Any:
    """A lazy Dask DataFrame of the claims of ``ddf``'s texts, with the contract's columns.

    Args:
        ddf: a ``dask.dataframe.DataFrame`` with a text column.
        text_col: the column of texts.
        id_col: the column of document ids; None takes the index.
        backend, model, **options: the Extractor's, built once in each worker.
        errors: ``"raise"`` or ``"log"`` (see the module docstring).
        batch_size: texts per ``nlp.pipe`` batch in a partition.
        speaker_ids: fill ``speaker_id`` across the whole corpus
            (:func:`quotes.dask_spread.assign_speaker_ids`). The names must be counted over
            every partition first, so the claims are extracted now and persisted on the
            cluster (they are small beside the texts); the default leaves the run lazy and
            ``speaker_id`` empty.
        aliases: the user's alias table (implies ``speaker_ids``; see
            :func:`quotes.identity.read_aliases`).
        claim_groups: fill ``claim_group`` across the whole corpus
            (:func:`quotes.dask_spread.assign_claim_groups`): the claims are persisted and the
            candidate pairs computed now, as for ``speaker_ids``; short claims are grouped by
            ``speaker_id`` when ids are asked for too, else by ``speaker``.

    Returns:
        A Dask DataFrame with the columns of :data:`quotes.table.COLUMNS` (``meta`` declared),
        one row per claim, its index meaningless (0..n-1 within each partition).
    """
    _check(ddf, text_col, id_col, errors)
    if model is not None and not isinstance(model, str):
        raise TypeError("quotes.dask.extract() takes the model as a name or path (str), so "
                        "that each worker loads it; got " + type(model).__name__)  # fmt: skip
    settings = {"backend": backend, "model": model, **options}
    if aliases is not None:
        from quotes.identity import read_aliases

        aliases = read_aliases(aliases)  # a bad table fails before any worker runs
    claims = ddf.map_partitions(
        extract_partition,
        text_col=text_col,
        id_col=id_col,
        settings=settings,
        errors=errors,
        batch_size=batch_size,
        meta=ClaimsMeta(empty_table()),
        align_dataframes=False,
        enforce_metadata=False,
    )
    if speaker_ids or aliases is not None:
        from quotes.dask_spread import assign_speaker_ids

        claims = assign_speaker_ids(claims.persist(), aliases)
    if claim_groups:
        from quotes.dask_spread import assign_claim_groups

        claims = assign_claim_groups(claims.persist())
    return claims


def _check(ddf: Any, text_col: str, id_col: str | None, mode: str) -> None:
    if mode not in ERROR_MODES:
        raise errors.CorpusError(
            errors.CORPUS_BAD_OPTION.format(name="errors", value=mode, known=", ".join(ERROR_MODES))
        )
    columns = list(ddf.columns)
    for name, option in ((text_col, "text_col="), (id_col, "id_col=")):
        if name is not None and name not in columns:
            raise errors.CorpusError(
                errors.CORPUS_NO_COLUMN.format(
                    where="the Dask DataFrame",
                    column=name,
                    columns=", ".join(map(repr, columns)),
                    role="text" if option == "text_col=" else "id",
                    option=option,
                )
            )


def worker_extractor(settings: dict[str, Any]) -> Any:
    """The Extractor for ``settings`` in this process, loaded on first use."""
    key = repr(sorted(settings.items()))
    if key not in _EXTRACTORS:
        from quotes.extractor import Extractor

        options = dict(settings)
        _EXTRACTORS[key] = Extractor(options.pop("backend"), options.pop("model"), **options)
    return _EXTRACTORS[key]


def extract_partition(
    part: pd.DataFrame,
    *,
    text_col: str,
    id_col: str | None,
    settings: dict[str, Any],
    errors: str = "raise",
    batch_size: int = 32,
) -> pd.DataFrame:
    """The claims table of one partition (what each worker runs)."""
    if len(part) == 0:
        return empty_table()
    from quotes.corpus import errors_table

    mode = "raise" if errors == "raise" else "collect"
    table = _extract_quietly(part, text_col, id_col, settings, mode, batch_size)
    failed = errors_table(table.attrs.get("errors", []))
    for row in failed.itertuples():
        log.warning("quotes: document %s failed: %s", row.doc_id, row.message)
    table.attrs = {}
    return table


def _extract_quietly(
    part: pd.DataFrame,
    text_col: str,
    id_col: str | None,
    settings: dict[str, Any],
    mode: str,
    batch_size: int,
) -> pd.DataFrame:
    import warnings

    from quotes.corpus import extract_corpus

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # logged by the caller instead
        return extract_corpus(  # type: ignore[no-any-return]
            part,
            extractor=worker_extractor(settings),
            text_col=text_col,
            id_col=id_col,
            batch_size=batch_size,
            n_process=1,
            progress=False,
            errors=mode,
            speaker_ids=False,  # corpus-level columns: one partition is not the corpus
            claim_groups=False,
        )
