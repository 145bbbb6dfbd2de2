"""``quotes train --brat DIR -o MODEL``: train the learned recall layer (docs/model.md)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from quotes import errors


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``quotes train``."""
    parser.add_argument(
        "--brat",
        required=True,
        type=Path,
        metavar="DIR",
        help="annotated articles: DIR/text/NAME.txt and DIR/attributions/NAME_ANNOTATOR.ann",
    )
    parser.add_argument("-o", "--out", required=True, type=Path, metavar="MODEL")
    parser.add_argument(
        "--iterations", type=int, default=100, metavar="N", help="L-BFGS iterations (100)"
    )
    parser.add_argument(
        "--c1",
        type=float,
        default=1.0,
        help="L1 regularisation (1.0): higher makes a smaller, sparser model",
    )
    parser.add_argument("--c2", type=float, default=0.01, help="L2 regularisation (0.01)")
    parser.add_argument(
        "--cache",
        type=Path,
        default=None,
        metavar="DIR",
        help="keep each parsed article here, so that the next run does not parse it again",
    )
    parser.add_argument(
        "--min-confidence",
        type=float,
        default=0.4,
        help="the marginal a tagged content needs to become a claim (0.4, as shipped)",
    )
    parser.add_argument(
        "--paragraphs",
        default="cue",
        choices=("cue", "every"),
        help="train on the paragraphs with a cue candidate (cue, the default) or on every "
        "paragraph (every); the model is stamped so, and tags the same paragraphs at run time",
    )
    parser.add_argument("--limit", type=int, default=None, metavar="N", help="first N articles")
    parser.add_argument(
        "--backend", default="spacy", choices=("spacy", "stanza"), help="the parser backend"
    )
    parser.add_argument("--model", default=None, help="the backend's model")


def run(args: argparse.Namespace) -> int:
    """Train and save; 0 on success, 2 on bad data or a missing dependency."""
    from quotes.extractor import Extractor
    from quotes.learned.tagger import train_tagger

    if args.c1 < 0 or args.c2 < 0:
        message = f"--c1 {args.c1} and --c2 {args.c2} must be 0 or more"
        print(f"quotes: error: {message}", file=sys.stderr)
        return 2
    if args.iterations < 1:
        print(f"quotes: error: --iterations {args.iterations} must be at least 1", file=sys.stderr)
        return 2
    if not args.out.parent.is_dir():
        print(
            errors.CORPUS_OUT_NO_FOLDER.format(out=args.out, folder=args.out.parent),
            file=sys.stderr,
        )
        return 2
    try:
        train_tagger(
            args.brat,
            args.out,
            iterations=args.iterations,
            cache=args.cache,
            extractor=Extractor(backend=args.backend, model=args.model, tagger=None),
            min_confidence=args.min_confidence,
            c1=args.c1,
            c2=args.c2,
            limit=args.limit,
            paragraphs=args.paragraphs,
            log=lambda message: print(f"quotes: {message}", file=sys.stderr),
        )
    except (errors.EvaluationError, errors.TaggerError) as error:
        print(f"quotes: error: {error}", file=sys.stderr)
        return 2
    return 0
