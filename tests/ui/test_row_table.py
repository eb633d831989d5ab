"""The table-model base module: its helpers."""

from PySide6.QtCore import QLocale, QTranslator

from freelance_desk import paths
from freelance_desk.ui.models.row_table import service_text


def test_service_text_translates_what_services_marked_and_leaves_user_data_as_it_is(qapp):
    translator = QTranslator()
    assert translator.load(QLocale("id"), "freelance_desk", "_", str(paths.resource("translations")))
    qapp.installTranslator(translator)
    try:
        assert service_text("Other clients") == "Klien lain"
        assert service_text("Other clients", translatable=False) == "Other clients"  # a client named so
    finally:
        qapp.removeTranslator(translator)
