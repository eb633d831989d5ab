"""The Qt binding must not corrupt reference counts (PySide6 6.12.0 on Python 3.11 does, and aborts)."""

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QStandardItemModel


class Emitter(QObject):
    changed = Signal(int)


def test_signals_slots_and_empty_variants_keep_reference_counts(qapp):
    emitter = Emitter()
    seen = []
    emitter.changed.connect(seen.append)
    model = QStandardItemModel(1, 1)
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for i in range(2000):
        emitter.changed.emit(i)
        model.index(0, 0).data()  # an empty QVariant comes back as None
    assert len(seen) == 2000
    # A correct binding leaves them as they were (give a little room for interpreter noise).
    assert abs(sys.getrefcount(True) - true_before) < 50
    assert abs(sys.getrefcount(None) - none_before) < 50
