"""Reading small text files (CSV hydrographs, curve tables) whatever encoding the spreadsheet saved them in.

Excel on Windows saves "CSV" in the machine's ANSI code page (Windows-1252 in Western Europe), not UTF-8;
a degree sign or an umlaut in a header then stops a UTF-8 reader. floodplan reads UTF-8 (with or without
the byte-order mark Excel writes for "CSV UTF-8") and falls back to Windows-1252, saying so in a note.
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

from floodplan.errors import InputError


def read_text(path: str | os.PathLike) -> str:
    """The text of a file: UTF-16 when it starts with its byte-order mark, UTF-8 (a BOM is dropped), else
    Windows-1252 with a note, else Latin-1 with a note.

    Raises
    ------
    InputError naming the file when it cannot be read (missing, a folder, no permission).
    """
    from floodplan.notes import note

    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read the file ({exc.strerror or exc}); check the path") from None
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        # A UTF-16 byte-order mark (Excel's "Unicode text", Notepad's "Unicode"): unambiguous, and read
        # as Windows-1252 it would be "ÿþm i n u t e s" in the refusal of a header it cannot find.
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(
                f"{path}: starts as UTF-16 text but is not valid UTF-16; save it again as UTF-8 CSV"
            ) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    for encoding, name in (("cp1252", "Windows-1252"), ("latin-1", "Latin-1")):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        note(f"{path}: not UTF-8; read as {name} (as spreadsheets on Windows save CSV files).")
        return text
    raise AssertionError("latin-1 decodes every byte")  # pragma: no cover


def read_csv_rows(path: str | os.PathLike) -> list[list[str]]:
    """The rows of a CSV file as lists of strings (see :func:`read_text` for the encoding)."""
    return list(csv.reader(io.StringIO(read_text(path), newline="")))
