"""The command line: ``quotes extract``, ``quotes evaluate``, ``quotes show``, ``quotes train``.

A thin layer, as ftfy's: parse the arguments, call the library, write the output. ``extract``
runs :func:`quotes.corpus.extract_corpus` on files and folders and ends with a summary line;
``evaluate`` and ``show`` belong to :mod:`quotes.evaluate` and :mod:`quotes.render`, imported
only when asked for, so ``quotes extract`` starts fast.

Exit status: 0 when every document was extracted; 1 when some documents failed or the input
itself could not be read to its end (they are in the errors file, and the first ones are
printed with their file and line); 2 when the run could not start (a missing input, an output
that cannot be written or would overwrite an input, an unknown format, a count below 1, no
model), always before the model loads; 130 when interrupted (Ctrl-C), 143 on SIGTERM, with
nothing written under the output's name.
"""

from __future__ import annotations

import argparse
import importlib
import os
import signal
import sys
import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from quotes import errors
from quotes.backends import BACKENDS

#: Failures printed to stderr at the end of a run; the rest are in the errors file.
SHOWN_FAILURES = 10

#: Without a terminal (a log, a pipe), a plain progress line every this many documents.
PROGRESS_EVERY = 100

#: Subcommands that other modules implement: name -> (module, help).
DELEGATED = {
    "evaluate": ("quotes.evaluate", "score claims against brat gold annotations"),
    "show": ("quotes.render", "show the claims of a text, marked up"),
    "train": ("quotes.learned.cli", "train the learned recall layer on brat annotations"),
}


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The argument parser; a delegated subcommand's options are added only when it is used."""
    parser = argparse.ArgumentParser(
        prog="quotes", description="Claim attribution for news text: who said what."
    )
    subs = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    add_extract_arguments(subs.add_parser("extract", help="extract claims from a corpus"))
    wanted = argv[0] if argv else None
    for name, (module, text) in DELEGATED.items():
        sub = subs.add_parser(name, help=text)
        if name == wanted:
            _load(module).add_arguments(sub)
    return parser


def _load(module: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise SystemExit(f"quotes: {module} is not available in this install ({exc})") from exc


def count(text: str) -> int:
    """An argparse type: a whole number of at least 1 (a usage error, exit 2, otherwise)."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of at least 1")
    return value


def add_model_arguments(parser: argparse.ArgumentParser) -> None:
    """``--backend`` and ``--model``, the same in every subcommand that loads a model."""
    parser.add_argument(
        "--backend", default="spacy", choices=BACKENDS, help="the parser (default: spacy)"
    )
    parser.add_argument("--model", default=None, help="model name or path for the backend")


def add_record_arguments(parser: argparse.ArgumentParser) -> None:
    """``--text-field`` and ``--id-field`` of JSON, JSONL, CSV and Parquet records."""
    parser.add_argument("--text-field", default="text", help="text field/column (default: text)")
    parser.add_argument(
        "--id-field",
        default=None,
        help="id field/column (default: the 'id' field where a record has one, else the "
        "file name for .txt files, else the position)",
    )


def add_alias_argument(parser: argparse.ArgumentParser, *, used_for: str = "speaker_id") -> None:
    """``--aliases FILE``, the user's alias table, the same in ``extract`` and ``show``."""
    parser.add_argument(
        "--aliases",
        metavar="FILE",
        default=None,
        help="a CSV alias table (columns variant,id and optionally name,type): a name form it "
        f"lists gets its id in {used_for}, over the automatic merge (docs/corpus.md)",
    )


def read_alias_argument(args: argparse.Namespace) -> Any:
    """The alias table of ``--aliases``, read now so that a bad one fails before the model
    loads (:class:`quotes.errors.AliasError`); None without the flag."""
    path = getattr(args, "aliases", None)
    if path is None:
        return None
    from quotes.identity import read_aliases

    return read_aliases(Path(path))


def add_extract_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="files (.txt, .json, .jsonl, .jsonl.gz, .csv, .parquet) or folders of them",
    )
    parser.add_argument(
        "-o", "--out", required=True, help="output file: .csv, .parquet or .jsonl (.gz allowed)"
    )
    parser.add_argument(
        "--format", choices=("csv", "parquet", "jsonl"), help="override the suffix of -o"
    )
    add_record_arguments(parser)
    parser.add_argument("--n-process", type=count, default=1, help="parser processes (default: 1)")
    parser.add_argument(
        "--batch-size", type=count, default=32, help="texts per batch (default: 32)"
    )
    add_model_arguments(parser)
    parser.add_argument(
        "--tagger",
        default=None,
        metavar="MODEL",
        help="the learned recall layer: a model from `quotes train`, 'default' for the shipped "
        "one, 'none' for the rules alone (default: as Extractor; docs/model.md)",
    )
    parser.add_argument(
        "--errors",
        choices=("collect", "raise"),
        default="collect",
        help="collect failed documents in OUT's .errors.csv and go on (default), or stop",
    )
    add_alias_argument(parser)
    parser.add_argument(
        "--no-speaker-ids",
        dest="speaker_ids",
        action="store_false",
        help="leave speaker_id empty",
    )
    parser.add_argument(
        "--no-claim-groups",
        dest="claim_groups",
        action="store_false",
        help="leave claim_group empty (saves keeping the claims' words until the run ends; "
        "with --no-speaker-ids too, no second pass over the output)",
    )
    parser.add_argument(
        "--no-progress", action="store_true", help="no progress bar or progress lines"
    )
    parser.add_argument(
        "--progress-every",
        type=count,
        default=PROGRESS_EVERY,
        metavar="N",
        help="when stderr is not a terminal, a progress line every N documents "
        f"(default: {PROGRESS_EVERY})",
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (see the module docstring)."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(args_list)
    args = parser.parse_args(args_list)
    if args.command == "extract":
        return run_extract(args)
    module, _ = DELEGATED[args.command]
    return int(_load(module).run(args))


def check_extract(args: argparse.Namespace) -> list[Path]:
    """The input paths, once every input and the output are known to be usable.

    Raises:
        CorpusError: with a message in the command line's terms.
    """
    from quotes.corpus import check_output, check_paths, cli_wording

    paths = [Path(p) for p in args.inputs]
    for path in paths:
        if not path.exists():
            raise errors.CorpusError(errors.CLI_NO_SUCH_PATH.format(path=path))
    with cli_wording():
        check_paths(paths)
        check_output(Path(args.out), paths, args.format)
    from quotes.corpus.run import check_extras

    check_extras(speaker_ids=args.speaker_ids, claim_groups=args.claim_groups)
    args.aliases = read_alias_argument(args)  # a bad table fails before the model
    return paths


def run_extract(args: argparse.Namespace) -> int:
    """``quotes extract``: check the inputs and output, load the model, run, print the summary."""
    from quotes.corpus import cli_wording, extract_corpus

    try:
        paths = check_extract(args)
        extractor = extractor_from_args(args)
    except errors.QuotesError as exc:
        print(f"quotes: {exc}", file=sys.stderr)
        return 2
    try:
        with cli_wording(), _sigterm_interrupts(), warnings.catch_warnings(record=True) as said:
            warnings.simplefilter("always", errors.DuplicateIdWarning)
            summary = extract_corpus(
                paths,
                extractor=extractor,
                out=args.out,
                format=args.format,
                text_col=args.text_field,
                id_col=args.id_field,
                batch_size=args.batch_size,
                n_process=args.n_process,
                progress=_progress(args),
                errors=args.errors,
                aliases=args.aliases,
                speaker_ids=args.speaker_ids,
                claim_groups=args.claim_groups,
            )
    except errors.QuotesError as exc:
        print(f"quotes: {exc}", file=sys.stderr)
        return 1
    except Terminated:
        print(errors.CORPUS_INTERRUPTED.format(signal="SIGTERM", out=args.out), file=sys.stderr)
        return 128 + signal.SIGTERM
    except KeyboardInterrupt:
        print(errors.CORPUS_INTERRUPTED.format(signal="Ctrl-C", out=args.out), file=sys.stderr)
        return 128 + signal.SIGINT
    _pass_on(said)
    return report(summary)


def _pass_on(said: list[warnings.WarningMessage]) -> None:
    """Print the warnings of a run: ours as plain lines, others as Python shows them.

    The count of failures (a RuntimeWarning) is left out: the summary line says it.
    """
    for warning in said:
        if issubclass(warning.category, errors.QuotesError):
            print(str(warning.message), file=sys.stderr)
        elif not str(warning.message).startswith("quotes: "):
            warnings.showwarning(
                warning.message, warning.category, warning.filename, warning.lineno
            )


def _progress(args: argparse.Namespace) -> bool | int | None:
    """A bar on a terminal, a plain line every N documents elsewhere, or nothing."""
    if args.no_progress:
        return False
    return None if sys.stderr.isatty() else int(args.progress_every)


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised in the main process so that the run stops as on Ctrl-C: cleanly."""


@contextmanager
def _sigterm_interrupts() -> Iterator[None]:
    """Within this block SIGTERM raises :class:`Terminated` in the main process.

    Without it, SIGTERM kills the process on the spot; the output is then never moved into
    place (it is written under a temporary name) but the temporary files stay behind.
    """
    main_pid = os.getpid()

    def handler(signum: int, frame: object) -> None:
        if os.getpid() != main_pid:  # a forked worker: die as SIGTERM means
            os._exit(128 + signum)
        raise Terminated()

    try:
        previous = signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread: leave SIGTERM alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def extractor_from_args(args: argparse.Namespace) -> Any:
    """The Extractor of ``--backend``, ``--model`` (and ``--tagger``), for ``extract`` and
    ``show``."""
    from quotes.extractor import Extractor

    backend, model = getattr(args, "backend", "spacy"), getattr(args, "model", None)
    tagger = getattr(args, "tagger", None)
    if tagger is None:
        return Extractor(backend=backend, model=model)
    return Extractor(backend=backend, model=model, tagger=None if tagger == "none" else tagger)


def report(summary: Any) -> int:
    """Print the failures (the first :data:`SHOWN_FAILURES`) and the summary to stderr."""
    failures = summary.errors
    for message in failures["message"].head(SHOWN_FAILURES):
        print(f"quotes: error: {message}", file=sys.stderr)
    if len(failures) > SHOWN_FAILURES:
        print(
            f"quotes: ... {len(failures) - SHOWN_FAILURES} more in {summary.errors_out}",
            file=sys.stderr,
        )
    print(f"quotes: {summary}; claims in {summary.out}", file=sys.stderr, end="")
    print(f"; errors in {summary.errors_out}" if len(failures) else "", file=sys.stderr)
    return 1 if len(failures) else 0
