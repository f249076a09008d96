"""Font families installed on this machine, found through fontconfig.

A deck that names a typeface the machine lacks is shown by LibreOffice in a substitute
that fontconfig picks, often DejaVu Sans, which is wider than any family lessonpress
ships. Text fitting measures with that family too where it is installed, so that what
fits for lessonpress fits where the deck is shown. Without fontconfig (``fc-match``) no
family is found and measuring relies on the shipped families alone.
"""

from __future__ import annotations

import shutil
import subprocess
from functools import cache
from pathlib import Path

from lessonpress.fonts import FACES, Face, FontFamily

_PATTERNS: dict[Face, str] = {
    "regular": "",
    "bold": ":weight=bold",
    "italic": ":slant=italic",
    "bold_italic": ":weight=bold:slant=italic",
}
"""The fontconfig pattern suffix that asks for each face."""

_TIMEOUT = 5.0
"""Seconds one ``fc-match`` may take before the family counts as not installed."""


@cache
def system_family(name: str) -> FontFamily | None:
    """The installed TrueType files of the family ``name``, or None where fontconfig is
    missing or finds no file of that family for each of the four faces."""
    fc_match = shutil.which("fc-match")
    if fc_match is None:
        return None
    files: dict[Face, Path] = {}
    for face in FACES:
        found = _match(fc_match, f"{name}{_PATTERNS[face]}")
        if found is None:
            return None
        family, path = found
        if family.casefold() != name.casefold() or path.suffix.lower() != ".ttf":
            return None
        files[face] = path
    return FontFamily(name, files["regular"], files["bold"], files["italic"], files["bold_italic"])


def _match(fc_match: str, pattern: str) -> tuple[str, Path] | None:
    """The first family name and the file fontconfig gives for ``pattern``."""
    try:
        result = subprocess.run(
            [fc_match, "--format=%{family[0]}\n%{file}", pattern],
            capture_output=True,
            text=True,
            timeout=_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    family, _, file = result.stdout.partition("\n")
    path = Path(file.strip())
    if result.returncode != 0 or not path.is_file():
        return None
    return family.strip(), path
