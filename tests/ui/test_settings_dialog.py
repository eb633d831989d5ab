"""Settings: what is stored where, and bad input explained at the field with nothing saved."""

from datetime import time

from PySide6.QtCore import QTime

from freelance_desk.services.settings import store as settings_store
from freelance_desk.settings import CLOSE_TO_TRAY
from freelance_desk.ui.dialogs.settings import SettingsDialog


def test_settings_show_what_is_stored_and_save_it(qtbot, ctx):
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.home_currency.currentText() == "USD" and dialog.week_start.currentData() == "monday_utc"
    assert (dialog.work_start.time(), dialog.work_end.time()) == (QTime(9, 0), QTime(17, 0))
    dialog.home_currency.setCurrentText("IDR")
    dialog.week_start.setCurrentIndex(dialog.week_start.findData("sunday_local"))
    dialog.max_contracts.setValue(4)
    dialog.max_hours.setText("30")
    dialog.work_start.setTime(QTime(13, 0))
    dialog.work_end.setTime(QTime(21, 30))
    dialog.close_to_tray.setChecked(True)
    with qtbot.waitSignal(ctx.data_changed):
        dialog.accept()
    assert dialog.result() == 1
    assert settings_store.home_currency() == "IDR" and settings_store.week_start() == "sunday_local"
    assert settings_store.value(settings_store.WORKLOAD_MAX_CONTRACTS) == 4
    assert settings_store.value(settings_store.WORKLOAD_MAX_WEEKLY_HOURS) == 30
    assert settings_store.working_hours() == (time(13), time(21, 30))
    assert ctx.ui_settings.get(CLOSE_TO_TRAY)


def test_a_working_day_that_ends_when_it_starts_is_explained_and_nothing_is_saved(qtbot, ctx):
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.home_currency.setCurrentText("IDR")
    dialog.work_start.setTime(QTime(8, 0))
    dialog.work_end.setTime(QTime(8, 0))
    dialog.accept()
    assert dialog.result() == 0
    assert "different end" in dialog.field_error("working_hours")
    assert settings_store.home_currency() == "USD"  # one transaction: the other fields were not saved either
    assert settings_store.working_hours() == (time(9), time(17))


def test_in_bahasa_indonesia_even_qts_own_buttons_are_translated(qtbot, ctx, qapp):
    from PySide6.QtCore import QLocale, QTranslator
    from PySide6.QtWidgets import QPushButton

    from freelance_desk import paths

    translator = QTranslator()
    assert translator.load(QLocale("id"), "freelance_desk", "_", str(paths.resource("translations")))
    qapp.installTranslator(translator)
    try:
        dialog = SettingsDialog(ctx)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Pengaturan"
        assert [b.text() for b in dialog.buttons.findChildren(QPushButton)] == ["Simpan", "Batal"]
    finally:
        qapp.removeTranslator(translator)
