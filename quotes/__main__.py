"""``python -m quotes``: the command line of :mod:`quotes.cli`."""

from quotes.cli import main

raise SystemExit(main())
