"""The command-line commands: each reads its inputs, calls the engine and writes what CONTRACT.md says.

Argument parsing and the exit-status convention live in :mod:`floodplan.cli`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from floodplan.cli import print_json
from floodplan.errors import InputError


def _out_dir(path: str) -> Path:
    out = Path(path)
    if out.exists() and not out.is_dir():
        raise InputError(f"{out}: exists and is not a folder; choose a folder for the results.")
    out.mkdir(parents=True, exist_ok=True)
    return out


def _out_file(path: str, suffixes: tuple[str, ...]) -> Path:
    out = Path(path)
    if out.suffix.lower() not in suffixes:
        raise InputError(f"{out}: the output must end in {' or '.join(suffixes)}.")
    if not out.parent.exists():
        raise InputError(f"{out.parent}: the folder does not exist; create it or choose another.")
    return out


def _progress(json_mode: bool):
    """A Feedback printing progress to stderr (never stdout, which --json keeps for the one object)."""
    from floodplan.progress import Feedback

    if json_mode or not sys.stderr.isatty():
        return Feedback()
    return Feedback(lambda f, m: print(f"\r{int(f * 100):3d}% {m[:60]:<60}", end="", file=sys.stderr))


# ---------------------------------------------------------------- info / sample
def cmd_info(args) -> int:
    from floodplan.io.describe import describe, format_description

    info = describe(args.path)
    if args.json:
        print_json(info)
    else:
        print(format_description(info))
    return 0


def cmd_sample(args) -> int:
    from floodplan.sample import write_sample

    out = _out_dir(args.dir)
    written = write_sample(out)
    for p in written:
        print(p)
    return 0
