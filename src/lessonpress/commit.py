"""Put a set of files into one folder as one transaction: the whole new set or the old one.

A build writes a handout, a deck and a poster. A teacher who prints the handout and
projects the deck must never get one from today and one from yesterday, so the files
of one build are committed together by :func:`commit_files`, in four steps:

1. **Stage.** Each file is written beside its final name as ``.<name>.<id>.lessonpress-new``
   (``<id>`` is unique to this commit) and flushed to disk with ``fsync``. A failure
   here (a full disk, a read-only folder) removes what was staged: nothing visible
   has changed.
2. **Journal.** ``.<id>.lessonpress-journal`` lists the names of the set and is flushed
   to disk. Once it is complete, the commit is decided: every new file is on disk,
   so the set can always be finished.
3. **Swap.** For each name, the old file (if any) is renamed aside to
   ``.<name>.<id>.lessonpress-old`` and the new one renamed into place. If a rename
   fails, the swaps done so far are walked back, rename by rename, and the journal
   and staged files removed: the folder is as it was.
4. **Clean up.** The files set aside, then the journal, are removed.

Every rename is a step a recovery can take up from: for each name, the staged file
is either still there (not swapped yet; the old file beside it or set aside) or gone
(swapped: the new file in place, the old one set aside if there was one).

A commit killed at any step leaves files of ours behind. The next commit into the
folder calls :func:`recover_folder` first, which settles every commit that was cut
short: one with a complete journal is finished (or, if finishing fails, undone from
the files set aside); one without is forgotten, its staged files removed. Either way
the folder ends with the whole old set or the whole new set, and no file of ours.

A commit also removes what earlier versions of lessonpress left beside the files it
writes when killed (``.<name>.<random>.tmp``).

A commit with ``flush=False`` skips the flushes to disk, the slowest part of a small
commit: readers and a killed process still see the whole old set or the whole new
one, but a power cut may leave the files incomplete until they are written again.
It is for outputs rewritten on every save and rebuilt when the writer starts again
(``lessonpress watch``).

Commits into one folder take turns (an advisory lock on the folder, where the
system has one), so that no commit mistakes another's files for leftovers.

Every :class:`OSError` reaches the caller as an :class:`OutputError` naming the file
a teacher knows (``output/lesson-handout.pdf``, never a hidden file of ours) and
the reason in plain words.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import secrets
import stat
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows has no advisory locks on folders
    fcntl = None  # type: ignore[assignment]

STAGED = "lessonpress-new"
SET_ASIDE = "lessonpress-old"
JOURNAL = "lessonpress-journal"

# ``.<name>.<id>.lessonpress-new`` / ``-old`` and ``.<id>.lessonpress-journal``.
OUR_FILE = re.compile(
    rf"^\.(?:(?P<name>.+)\.)?(?P<id>[0-9a-f]{{16}})\.(?P<kind>{STAGED}|{SET_ASIDE}|{JOURNAL})$"
)

# What earlier versions of lessonpress left when killed while writing one file: the
# file's name between a dot and eight random characters (``tempfile.mkstemp``).
EARLIER_LEFTOVER = re.compile(r"^\.(?P<name>.+)\.[a-z0-9_]{8}\.tmp$")

_REASONS = {
    errno.EISDIR: "it is a folder",
    errno.ENOTDIR: "a part of the path is a file, not a folder",
}


class OutputError(Exception):
    """A file could not be written for a reason outside lessonpress: the user's environment."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"cannot write {path}: {reason}")

    @classmethod
    def from_os_error(cls, path: Path, error: OSError) -> OutputError:
        """The error for ``path`` that ``error`` stands for, in words a teacher reads."""
        reason = _REASONS.get(error.errno or 0) or (
            os.strerror(error.errno) if error.errno else str(error)
        )
        return cls(path, reason[:1].lower() + reason[1:])


def commit_files(folder: Path, contents: Mapping[str, bytes], *, flush: bool = True) -> list[Path]:
    """Write ``contents`` (file name to bytes) into ``folder`` as one transaction.

    ``flush=False`` leaves flushing the files to disk to the system (see above).

    Returns the paths written, in the order given. Raises :class:`OutputError` when
    something in the way (a full disk, a read-only folder, a name taken by a folder)
    stops it; the folder then holds its previous files, untouched.
    """
    if not contents:
        return []
    _make_folder(folder)
    with _folder_lock(folder) as folder_descriptor:
        recover_folder(folder)
        names = list(contents)
        _remove_earlier_leftovers(folder, names)
        for name in names:
            _refuse_folder_in_the_way(folder / name)
        commit = _Commit(folder, secrets.token_hex(8), names, flush)
        try:
            for name in names:
                commit.stage(name, contents[name])
            commit.write_journal()
            if flush:
                _flush_folder(folder, folder_descriptor)
        except BaseException:
            commit.forget()
            raise
        commit.swap_all()
        # The new set is in place and the commit has happened: nothing after this fails
        # it. Whatever cannot be flushed or removed now, the next commit's recovery settles.
        with contextlib.suppress(OutputError):
            if flush:
                _flush_folder(folder, folder_descriptor)
        commit.clean_up()
    return [folder / name for name in names]


def _make_folder(folder: Path) -> None:
    """Create ``folder`` and its parents if missing, or say why it cannot be written into."""
    try:
        if folder.is_symlink() and not folder.exists():
            target = os.readlink(folder)
            raise OutputError(folder, f"it is a link to {target}, which does not exist")
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OutputError(folder, "it is a file, not a folder") from None
    except OSError as error:
        raise OutputError.from_os_error(folder, error) from None


def recover_folder(folder: Path) -> None:
    """Settle every commit into ``folder`` that was cut short, and remove its files.

    Called by :func:`commit_files` with the folder locked, before it writes anything.
    """
    try:
        ours: dict[str, list[Path]] = {}
        with os.scandir(folder) as entries:
            for entry in entries:
                match = OUR_FILE.match(entry.name)
                if match:
                    ours.setdefault(match["id"], []).append(folder / entry.name)
        for commit_id, files in ours.items():
            journal = folder / f".{commit_id}.{JOURNAL}"
            names = _read_journal(journal) if journal in files else None
            if names is not None:
                commit = _Commit(folder, commit_id, names)
                commit.swap_all()
                commit.clean_up()
            for path in files:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(path)
    except OSError as error:
        raise OutputError.from_os_error(folder, error) from None


def _remove_earlier_leftovers(folder: Path, names: list[str]) -> None:
    """Remove what earlier versions left beside the files about to be written."""
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                match = EARLIER_LEFTOVER.match(entry.name)
                if match and match["name"] in names and entry.is_file(follow_symlinks=False):
                    os.unlink(entry.path)
    except OSError as error:
        raise OutputError.from_os_error(folder, error) from None


@dataclass(frozen=True, slots=True)
class _Commit:
    """The files of one commit into ``folder``, named by its ``commit_id``."""

    folder: Path
    commit_id: str
    names: list[str]
    flush: bool = True

    def target(self, name: str) -> Path:
        return self.folder / name

    def staged(self, name: str) -> Path:
        return self.folder / f".{name}.{self.commit_id}.{STAGED}"

    def set_aside(self, name: str) -> Path:
        return self.folder / f".{name}.{self.commit_id}.{SET_ASIDE}"

    @property
    def journal(self) -> Path:
        return self.folder / f".{self.commit_id}.{JOURNAL}"

    def stage(self, name: str, content: bytes) -> None:
        """Write ``content`` beside ``name`` and, if the commit flushes, flush it to disk."""
        try:
            _write_new(self.staged(name), content, self.flush)
        except OSError as error:
            raise OutputError.from_os_error(self.target(name), error) from None

    def write_journal(self) -> None:
        """Record the set: from here on the commit is decided."""
        record = json.dumps({"files": self.names}).encode()
        try:
            _write_new(self.journal, record, self.flush)
        except OSError as error:
            raise OutputError.from_os_error(self.folder, error) from None

    def swap_all(self) -> None:
        """Put every staged file in place; undo them all if one cannot be."""
        for name in self.names:
            try:
                self._swap(name)
            except OSError as error:
                failure = OutputError.from_os_error(self.target(name), error)
            except OutputError as error:
                failure = error
            else:
                continue
            # An undo cut short keeps the journal: the next recovery finishes the set.
            with contextlib.suppress(OSError):
                self._undo()
            raise failure

    def _swap(self, name: str) -> None:
        """Old file aside, new file in place; safe to repeat after a kill at any point."""
        staged, target, set_aside = self.staged(name), self.target(name), self.set_aside(name)
        if not os.path.lexists(staged):
            return  # swapped already
        if os.path.lexists(target) and not os.path.lexists(set_aside):
            _refuse_folder_in_the_way(target)
            os.replace(target, set_aside)
        os.replace(staged, target)

    def _undo(self) -> None:
        """Walk every swap back, new file to its staged name and old file back in place,
        then forget the commit: each step leaves states a recovery can finish."""
        for name in reversed(self.names):
            staged, target, set_aside = self.staged(name), self.target(name), self.set_aside(name)
            if not os.path.lexists(staged) and os.path.lexists(target):
                os.replace(target, staged)
            if os.path.lexists(set_aside):
                os.replace(set_aside, target)
        self.forget()

    def forget(self) -> None:
        """Remove the journal, then the staged files: the folder is as it was.

        The journal goes first, so that a recovery never finishes a commit whose
        staged files are partly gone.
        """
        for path in [self.journal, *(self.staged(name) for name in self.names)]:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(path)

    def clean_up(self) -> None:
        """Remove the files set aside, then the journal: the commit is over.

        A file that cannot be removed now stays for the next commit's recovery.
        """
        for path in [*(self.set_aside(name) for name in self.names), self.journal]:
            with contextlib.suppress(OSError):
                os.unlink(path)


def _write_new(path: Path, content: bytes, flush: bool) -> None:
    """Create ``path`` (it must not exist) with ``content``, flushed to disk if ``flush``."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        view = memoryview(content)
        while view:
            view = view[os.write(descriptor, view) :]
        if flush:
            os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _read_journal(journal: Path) -> list[str] | None:
    """The names a journal lists, or ``None`` if it was cut short while being written."""
    try:
        names = json.loads(journal.read_bytes())["files"]
    except (ValueError, KeyError, TypeError):
        return None
    valid = isinstance(names, list) and all(
        isinstance(name, str) and name == Path(name).name for name in names
    )
    return names if valid else None


def _refuse_folder_in_the_way(target: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        if stat.S_ISDIR(os.lstat(target).st_mode):
            raise OutputError(target, "a folder has that name")


@contextlib.contextmanager
def _folder_lock(folder: Path) -> Iterator[int | None]:
    """Hold the folder's advisory lock; yields the folder's descriptor, ``None`` where the
    system cannot open folders (Windows)."""
    if fcntl is None:
        yield None
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError as error:
        raise OutputError.from_os_error(folder, error) from None
    try:
        # Advisory and best effort: some network file systems have no locks at all.
        with contextlib.suppress(OSError):
            fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield descriptor
    finally:
        with contextlib.suppress(OSError):
            os.close(descriptor)


def _flush_folder(folder: Path, descriptor: int | None) -> None:
    """Flush the folder's entries (new names, renames) to disk."""
    if descriptor is None:
        return
    try:
        os.fsync(descriptor)
    except OSError as error:
        raise OutputError.from_os_error(folder, error) from None
