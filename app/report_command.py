"""``pysakki report``: a report of this laptop's records to a file or standard output."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli import EXIT_OK, EXIT_USAGE, STANDARD_STREAM
from app.db import Store
from app.reports import Scope, ScopeError, make_report, render, save_report


def run(store: Store, args: argparse.Namespace) -> int:
    kind = "review" if args.kind == "yearly" else args.kind
    try:
        if args.year is not None:
            scope = Scope.year(args.year, municipality_code=args.municipality, unit_id=args.unit)
        else:
            if args.end is None:
                print("pysakki: --from needs --to", file=sys.stderr)
                return EXIT_USAGE
            scope = Scope(args.start, args.end, municipality_code=args.municipality, unit_id=args.unit)
        if not args.exact and args.threshold < 2:
            raise ScopeError("--threshold is at least 2")
        with store.reading() as session:  # beside an open window: it holds off none of the window's writes
            threshold = 0 if args.exact else args.threshold
            report = make_report(session, kind, scope, language=args.language, threshold=threshold)
    except ScopeError as exc:
        print(f"pysakki: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.output and args.output != STANDARD_STREAM:
        target = save_report(report, args.format, Path(args.output))
        print(f"pysakki: {report.title} written to {target}", file=sys.stderr)
    elif args.format in ("xlsx", "pdf") and sys.stdout.isatty():
        print(f"pysakki: a {args.format.upper()} file needs --output FILE", file=sys.stderr)
        return EXIT_USAGE
    else:
        sys.stdout.buffer.write(render(report, args.format))
        sys.stdout.flush()
    return EXIT_OK
