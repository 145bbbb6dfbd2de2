"""Runs over news corpora: read many documents, extract in batches, write as you go.

A run is a stream, never a list: readers turn a source into :class:`Item` (a document) and
:class:`Failure` (a record that is not one) in corpus order; the parser takes the documents in
batches (one ``nlp.pipe`` for the whole run, ``n_process`` workers); writers append each chunk
of claims to a CSV, Parquet or JSONL file. Memory holds one chunk and the batches in flight,
however large the corpus.

No document is lost. Every input document ends in the claims table (with zero or more claims)
or in the errors table, whose columns are :data:`ERROR_COLUMNS`:

- ``doc_id``: the document's id, as in the claims table;
- ``error``: the kind of failure (``JSONDecodeError``, ``UnicodeDecodeError``, ``TypeError``,
  ``KeyError``, ``UnsupportedSuffix``, ``ResolutionWarning``, the exception the source
  raised, or the class of the exception a document raised; docs/corpus.md lists them);
- ``message``: what was wrong and how to fix it, naming the file and line;
- ``source``: ``path:N`` (line N of a text file, row N of a Parquet file, both from 1), or
  ``""`` for in-memory sources.

``errors="collect"`` (the default) keeps that table's rows as a list of dicts at
``df.attrs["errors"]`` (``errors_table(df.attrs["errors"])`` makes it a DataFrame; a DataFrame
in ``attrs`` would break ``pd.concat`` of results, which compares attrs), or, when writing to
``out=``, in the summary and an ``*.errors.csv`` file; it warns when there are failures;
``errors="raise"`` stops at the first failure with :class:`quotes.errors.CorpusError`.

Document ids: the given id (a pair's first item, the ``id_col`` field of a record or a
DataFrame column), else an ``id`` field or column when there is one, else the file name for
``.txt`` files and one-object ``.json`` files (the stem; the path relative to the folder,
without the suffix, inside a folder), else the DataFrame's index, else the document's
position in the corpus (from 0, as a string; failures count). An id already used becomes
``id#2``, ``id#3``, ... (:class:`quotes.errors.DuplicateIdWarning`).

The parts, one module each: :mod:`~quotes.corpus.entries` (the records of the stream, the
errors table), :mod:`~quotes.corpus.readers` (sources -> entries), :mod:`~quotes.corpus.parallel`
(entries -> outcomes, in one or more processes), :mod:`~quotes.corpus.writers` (outcomes ->
files, moved into place at the end), :mod:`~quotes.corpus.progress`, and
:mod:`~quotes.corpus.run` (the entry points, the checks of options and output).
"""

from quotes.corpus.entries import (
    ERROR_COLUMNS,
    Entry,
    Failure,
    Item,
    Outcome,
    cli_wording,
    errors_table,
)
from quotes.corpus.parallel import iter_outcomes
from quotes.corpus.progress import Progress
from quotes.corpus.readers import (
    DEFAULT_ID,
    SUFFIXES,
    Numbered,
    check_paths,
    read_csv,
    read_frame,
    read_json,
    read_jsonl,
    read_parquet,
    read_paths,
    read_source,
    read_txt,
    suffix_of,
)
from quotes.corpus.run import (
    ERROR_MODES,
    CorpusSummary,
    check_options,
    check_output,
    extract_corpus,
    input_paths,
    iter_corpus,
    write_corpus,
)
from quotes.corpus.writers import (
    FORMATS,
    CsvWriter,
    JsonlWriter,
    ParquetWriter,
    Writer,
    errors_path,
    format_of,
    open_writer,
    parquet_schema,
)

__all__ = [
    "DEFAULT_ID", "ERROR_MODES", "Numbered", "check_options", "check_output", "cli_wording",
    "input_paths", "read_json",
    "ERROR_COLUMNS", "FORMATS", "SUFFIXES", "CorpusSummary", "CsvWriter", "Entry", "Failure",
    "Item", "JsonlWriter", "Outcome", "ParquetWriter", "Progress", "Writer", "check_paths",
    "errors_path", "errors_table", "extract_corpus", "format_of", "iter_corpus",
    "iter_outcomes", "open_writer", "parquet_schema", "read_csv", "read_frame", "read_jsonl",
    "read_parquet", "read_paths", "read_source", "read_txt", "suffix_of", "write_corpus",
]  # fmt: skip
