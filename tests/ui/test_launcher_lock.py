"""The window's file is locked while it is open, and the lock moves with the window to another file."""

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLockFile

from freelance_desk.app import Launcher, parse_args
from freelance_desk.instance import lock_path

pytestmark = pytest.mark.file_only  # the file's lock (a server takes none: test_server_window)


def free(path) -> bool:
    """Could another app take this file now?"""
    probe = QLockFile(str(lock_path(path)))
    probe.setStaleLockTime(0)
    taken = probe.tryLock(0)
    if taken:
        probe.unlock()
    return taken


def test_the_lock_moves_with_the_window_to_another_file_and_a_demo_takes_none(qtbot, qapp, tmp_path):
    one, two = tmp_path / "one.sqlite3", tmp_path / "two.sqlite3"
    launcher = Launcher(qapp, parse_args([]))

    def opened(path, demo=False) -> bool:
        done = launcher.open(path, demo)
        qtbot.waitUntil(lambda: launcher.window._after_first_frame_done)  # what it put off has run
        return done

    try:
        assert opened(str(one))
        assert not free(one)
        assert opened(str(two))
        assert free(one) and not free(two)
        assert opened(str(two))  # the same file again: still ours, still locked
        assert not free(two)
        assert opened("", True)  # a demo: temporary, no lock; the last file is let go
        assert free(two) and launcher.lock is None
    finally:
        launcher.window.close_guards.clear()
        launcher.window.close()
        launcher.window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        launcher.cleanup()
    assert free(one) and free(two)
