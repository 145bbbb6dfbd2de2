"""The command line: ``quotes extract``, ``quotes evaluate``, ``quotes show``.

A thin layer, as ftfy's: parse the arguments, call the library, write the output. ``extract``
runs :func:`quotes.corpus.extract_corpus` on files and folders and ends with a summary line;
``evaluate`` and ``show`` belong to :mod:`quotes.evaluate` and :mod:`quotes.render`, imported
only when asked for, so ``quotes extract`` starts fast.

Exit status: 0 when every document was extracted; 1 when some documents failed (they are in
the errors file, and the first ones are printed with their file and line); 2 when the run
could not start (a missing input, an unknown format, no model).
"""

from __future__ import annotations

import argparse
import importlib
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from quotes import errors

#: Failures printed to stderr at the end of a run; the rest are in the errors file.
SHOWN_FAILURES = 10

#: Subcommands that other modules implement: name -> (module, help).
DELEGATED = {
    "evaluate": ("quotes.evaluate", "score claims against brat gold annotations"),
    "show": ("quotes.render", "show the claims of a text, marked up"),
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


def add_extract_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="files (.txt, .jsonl, .jsonl.gz, .csv, .parquet) or folders of them",
    )
    parser.add_argument(
        "-o", "--out", required=True, help="output file: .csv, .parquet or .jsonl (.gz allowed)"
    )
    parser.add_argument(
        "--format", choices=("csv", "parquet", "jsonl"), help="override the suffix of -o"
    )
    parser.add_argument("--text-field", default="text", help="text field/column (default: text)")
    parser.add_argument(
        "--id-field", default=None, help="id field/column (default: file name or position)"
    )
    parser.add_argument("--n-process", type=int, default=1, help="parser processes (default: 1)")
    parser.add_argument("--batch-size", type=int, default=32, help="texts per batch (default: 32)")
    parser.add_argument("--backend", default="spacy", help="spacy (default) or stanza")
    parser.add_argument("--model", default=None, help="model name or path for the backend")
    parser.add_argument(
        "--errors",
        choices=("collect", "raise"),
        default="collect",
        help="collect failed documents in OUT's .errors.csv and go on (default), or stop",
    )
    parser.add_argument(
        "--no-progress", action="store_true", help="no progress bar (it shows on a terminal)"
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


def run_extract(args: argparse.Namespace) -> int:
    """``quotes extract``: check the inputs, load the model, run, print the summary."""
    from quotes.corpus import check_paths, extract_corpus, format_of

    paths = [Path(p) for p in args.inputs]
    try:
        check_paths(paths)
        format_of(Path(args.out), args.format)
        extractor = _extractor(args)
    except errors.QuotesError as exc:
        print(f"quotes: {exc}", file=sys.stderr)
        return 2
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # the summary says it
            summary = extract_corpus(
                paths,
                extractor=extractor,
                out=args.out,
                format=args.format,
                text_col=args.text_field,
                id_col=args.id_field,
                batch_size=args.batch_size,
                n_process=args.n_process,
                progress=False if args.no_progress else None,
                errors=args.errors,
            )
    except errors.QuotesError as exc:
        print(f"quotes: {exc}", file=sys.stderr)
        return 1
    return report(summary)


def _extractor(args: argparse.Namespace) -> Any:
    from quotes.extractor import Extractor

    return Extractor(backend=args.backend, model=args.model)


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
