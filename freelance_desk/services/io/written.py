"""Files the app writes for the user (exports, tables, calendars): whole or not at all (no Qt).

A file is written beside its target under a hidden temporary name (``.name.XXXX.part``, owner-only 0600
from the first byte, as everything the app writes) and put in the target's place by one rename only once
it is complete and on disk. A cancelled or failed write leaves the target as it was and no part file.
Several files (a folder of CSV tables) are all written first and then renamed one after the other.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from freelance_desk.core.errors import DomainError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP


def check_file_target(out: Path) -> None:
    """A file can be written at ``out``: it is not a folder, and its folder is there."""
    if out.is_dir():
        raise DomainError(QT_TRANSLATE_NOOP("services", "{path} is a folder; name the file to write."), path=str(out))
    if not out.parent.is_dir():
        raise DomainError(QT_TRANSLATE_NOOP("services", "There is no folder {path} to write into."),
                          path=str(out.parent))


class NewFile:
    """One file on its way to ``out``: ``stream`` to write, then ``commit()`` (or ``discard()``)."""

    def __init__(self, out: Path, **open_arguments):
        self.out = Path(out)
        check_file_target(self.out)
        fd, self.temp = tempfile.mkstemp(dir=self.out.parent, prefix=f".{self.out.name}.", suffix=".part")
        try:
            self.stream = open(fd, **({"mode": "w", "buffering": 1 << 20} | open_arguments))  # noqa: SIM115
        except BaseException:
            os.close(fd)
            os.unlink(self.temp)
            raise

    def finish(self) -> None:
        """Everything written is on disk (the rename may follow)."""
        self.stream.flush()
        os.fsync(self.stream.fileno())
        self.stream.close()

    def commit(self) -> None:
        if not self.stream.closed:
            self.finish()
        os.replace(self.temp, self.out)

    def discard(self) -> None:
        try:
            self.stream.close()
        except OSError:
            pass
        try:
            os.unlink(self.temp)
        except OSError:
            pass


@contextmanager
def replaced_whole(out: Path, **open_arguments) -> Iterator:
    """``with replaced_whole(path, encoding="utf-8") as stream:`` — ``path`` replaced once the block ends
    without an error; otherwise left as it was."""
    new = NewFile(out, **open_arguments)
    try:
        yield new.stream
        new.commit()
    except BaseException:
        new.discard()
        raise
