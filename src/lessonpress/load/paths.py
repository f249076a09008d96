"""Which files a lesson or theme may name, and reading them safely.

Lessons are shared between teachers and may be built by a web page, so a file a
lesson or theme names (an image, a logo, a font, a deck template, a theme) must
not pull in anything else on the machine. A named file is read only when,
symlinks followed, it lies inside

- the folder of the file that names it,
- the folder the command runs in (a course folder whose lessons share ``images/``),
- or a folder given with ``--allow-dir``;

and only when it is a regular file: a folder, a fifo, a device such as
``/dev/zero`` or a symlink loop is refused with what it really is.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


class RefusedPath(Exception):
    """A named file that may not or cannot be read; ``message`` and ``hint`` say why."""

    def __init__(self, message: str, hint: str) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


@dataclass(frozen=True, slots=True)
class PathPolicy:
    """The folders, besides the naming file's own, that named files may lie in."""

    allowed_dirs: tuple[Path, ...]

    @classmethod
    def for_run(cls, allowed_dirs: Iterable[Path | str] = ()) -> PathPolicy:
        """The policy of one command: the current folder and the ``--allow-dir`` folders."""
        folders = [Path.cwd(), *(Path(folder) for folder in allowed_dirs)]
        return cls(tuple(Path(os.path.realpath(folder)) for folder in folders))

    def resolve(self, written: str, naming_dir: Path, what: str) -> Path:
        """The real path of the regular file ``written`` names, relative to ``naming_dir``.

        ``what`` names the file in messages ("the image 'x.png'"). Raises
        :class:`RefusedPath` when the file lies outside the allowed folders or is not a
        regular file.
        """
        base = Path(os.path.realpath(naming_dir))
        real = Path(os.path.realpath(base / written))
        folders = (base, *self.allowed_dirs)
        if not any(real.is_relative_to(folder) for folder in folders):
            raise RefusedPath(
                f"{what} is outside the folders lessonpress may read files from",
                "put the file in the folder of the file that names it "
                f"({base}) or in the folder the command runs in, or name its folder "
                "with --allow-dir",
            )
        return regular_file(real, what)


def regular_file(path: Path, what: str) -> Path:
    """``path`` with its symlinks followed, if it is a regular file; else :class:`RefusedPath`."""
    real = Path(os.path.realpath(path))
    try:
        status = real.stat()
    except OSError as error:
        raise RefusedPath(*_unreachable(what, error, real.parent)) from None
    kind = _kind_of(status.st_mode)
    if kind is not None:
        raise RefusedPath(f"{what} is {kind}, not a file", "name a file")
    return real


def read_regular_file(path: Path, max_bytes: int, what: str) -> bytes:
    """The bytes of the regular file at ``path``, at most ``max_bytes`` of them.

    ``path`` is a real path, as :meth:`PathPolicy.resolve` and :func:`regular_file`
    return. The file is checked again once open, and a symlink put in its place is not
    followed, so a file swapped after the check cannot lead elsewhere, block the read
    (a fifo) or flood it (a device). Raises :class:`RefusedPath`.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as error:
        raise RefusedPath(*_unreachable(what, error, path.parent)) from None
    with os.fdopen(descriptor, "rb") as stream:
        status = os.fstat(stream.fileno())
        kind = _kind_of(status.st_mode)
        if kind is not None:
            raise RefusedPath(f"{what} is {kind}, not a file", "name a file")
        if status.st_size > max_bytes:
            raise RefusedPath(
                f"{what} is {status.st_size / 1_048_576:.1f} MB, larger than the "
                f"{max_bytes // 1_048_576} MB lessonpress reads",
                "save a smaller version of it",
            )
        try:
            content = stream.read(max_bytes + 1)
        except OSError as error:
            raise RefusedPath(f"cannot read {what}: {error.strerror}", "") from None
    if len(content) > max_bytes:
        raise RefusedPath(f"{what} grew while it was read", "try again")
    return content


def _kind_of(mode: int) -> str | None:
    """What a file that is not a regular file is, in words; ``None`` for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (fifo)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def _unreachable(what: str, error: OSError, base: Path) -> tuple[str, str]:
    """Message and hint for a file that cannot be opened."""
    if error.errno == errno.ELOOP:
        return f"{what} is a symbolic link that leads round in a circle", "replace the link"
    if error.errno in (errno.ENOENT, errno.ENOTDIR):
        return f"{what} does not exist", f"looked for it in {base}; check the spelling"
    if error.errno == errno.EACCES:
        return f"{what} may not be read (permission denied)", "check the file's permissions"
    return f"cannot open {what}: {error.strerror}", ""
