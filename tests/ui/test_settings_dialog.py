"""Settings: what is stored where, and bad input explained at the field with nothing saved."""

from datetime import time

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox

from freelance_desk.core.vocabulary import TaxScheme
from freelance_desk.services.money import tax
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


# --- tax set-aside ----------------------------------------------------------------------------

def open_dialog(qtbot, ctx) -> SettingsDialog:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def choose(qtbot, combo, data) -> None:
    """Pick ``data`` in ``combo`` from the keyboard, as a user does (arrow keys on the focused box)."""
    combo.setFocus()
    key = Qt.Key.Key_Down if combo.findData(data) > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentData() != data:
        before = combo.currentIndex()
        qtbot.keyClick(combo, key)
        assert combo.currentIndex() != before, f"{data} cannot be reached"


def type_into(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)


def click_save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_the_tax_set_aside_is_off_until_chosen_and_its_fields_wait(qtbot, ctx):
    dialog = open_dialog(qtbot, ctx)
    assert dialog.tax_scheme.currentData() == TaxScheme.OFF
    assert not dialog.tax_rate.isEnabled() and not dialog.tax_exempt.isEnabled()
    click_save(qtbot, dialog)
    assert dialog.result() == 1
    assert settings_store.tax_settings() == (TaxScheme.OFF, None, 0) and settings_store.tax_plan() is None


def test_the_preset_is_refused_at_its_field_while_home_is_not_rupiah_and_the_message_goes_once_it_is(qtbot, ctx):
    dialog = open_dialog(qtbot, ctx)
    assert not dialog.tax_caveat.isVisibleTo(dialog)
    choose(qtbot, dialog.tax_scheme, TaxScheme.PP55)
    assert dialog.tax_caveat.isVisibleTo(dialog) and "professional services" in dialog.tax_caveat.text()
    message = dialog.field_error("tax_scheme")
    assert "home currency is USD" in message and "set the home currency to IDR, or use your own rate" in message
    assert (dialog.tax_rate.text(), dialog.tax_exempt.text()) == ("0.5%", "500,000,000")  # the preset, fixed
    assert not dialog.tax_rate.isEnabled()
    click_save(qtbot, dialog)
    assert dialog.result() == 0 and dialog.field_error("tax_scheme") == message
    assert settings_store.tax_settings()[0] == TaxScheme.OFF  # nothing saved
    dialog.home_currency.setFocus()
    qtbot.keyClicks(dialog.home_currency, "ID")  # the box finds IDR as it is typed
    assert dialog.home_currency.currentText() == "IDR"
    assert dialog.field_error("tax_scheme") == ""
    click_save(qtbot, dialog)
    assert dialog.result() == 1
    assert settings_store.tax_plan() == tax.TaxPlan(TaxScheme.PP55, 50, 500_000_000, "IDR")
    again = open_dialog(qtbot, ctx)  # remembered
    assert again.tax_scheme.currentData() == TaxScheme.PP55 and again.field_error("tax_scheme") == ""


def test_an_own_rate_and_exemption_are_typed_in_indonesian_and_read_back(qtbot, ctx, indonesian):
    dialog = open_dialog(qtbot, ctx)
    choose(qtbot, dialog.tax_scheme, TaxScheme.CUSTOM)
    assert dialog.tax_rate.isEnabled() and dialog.tax_exempt.isEnabled()
    type_into(qtbot, dialog.tax_rate, "2.5")  # not a number in Indonesian: "2,5" is
    type_into(qtbot, dialog.tax_exempt, "1.000,50")
    click_save(qtbot, dialog)
    assert dialog.result() == 0
    assert "12,5" in dialog.field_error("tax_rate")  # the example is written as here
    assert settings_store.tax_settings() == (TaxScheme.OFF, None, 0)
    type_into(qtbot, dialog.tax_rate, "2")
    assert dialog.field_error("tax_rate") == ""  # the message goes as the field is edited
    qtbot.keyClicks(dialog.tax_rate, ",5")
    click_save(qtbot, dialog)
    assert dialog.result() == 1
    assert settings_store.tax_settings() == (TaxScheme.CUSTOM, 250, 100050)
    again = open_dialog(qtbot, ctx)
    assert (again.tax_rate.text(), again.tax_exempt.text()) == ("2,5%", "1000,50")


def test_a_rate_over_the_whole_is_refused_and_the_own_figures_come_back_after_another_choice(qtbot, ctx):
    dialog = open_dialog(qtbot, ctx)
    choose(qtbot, dialog.tax_scheme, TaxScheme.CUSTOM)
    type_into(qtbot, dialog.tax_rate, "150")
    click_save(qtbot, dialog)
    assert dialog.field_error("tax_rate") == "A tax rate is between 0% and 100%."
    type_into(qtbot, dialog.tax_rate, "15")
    type_into(qtbot, dialog.tax_exempt, "")  # no exemption
    choose(qtbot, dialog.tax_scheme, TaxScheme.OFF)
    assert dialog.tax_rate.text() == ""
    choose(qtbot, dialog.tax_scheme, TaxScheme.CUSTOM)
    assert dialog.tax_rate.text() == "15"  # as typed before
    click_save(qtbot, dialog)
    assert settings_store.tax_plan() == tax.TaxPlan(TaxScheme.CUSTOM, 1500, 0, "USD")


def test_your_details_and_numbering_are_saved_together(qtbot, ctx, tmp_path):
    import base64

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QImage

    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.number_preview.text() == "INV-2026-0001"
    dialog.tabs.setCurrentIndex(1)
    qtbot.keyClicks(dialog.business_name, "Dewi Lestari")
    qtbot.keyClicks(dialog.business_address, "Jl. Kemang Raya 12")
    qtbot.keyClicks(dialog.business_email, "dewi@example.id")
    qtbot.keyClicks(dialog.business_tax_id, "12.345.678.9-012.345")
    qtbot.keyClicks(dialog.payment_instructions, "BCA 123 456 7890 a.n. Dewi Lestari")
    too_big = tmp_path / "big.png"
    too_big.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 600_000)
    dialog.load_logo_file(str(too_big))
    dialog.tabs.setCurrentIndex(0)
    dialog.accept()
    assert dialog.result() == 0
    assert dialog.tabs.currentIndex() == 1  # the message shows on its tab
    assert dialog.field_error("business_logo") == "Choose an image of at most 512 KB."
    assert settings_store.value(settings_store.BUSINESS_NAME) == ""  # nothing saved: all or nothing
    logo = tmp_path / "logo.png"
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor(Qt.GlobalColor.darkGreen))
    image.save(str(logo))
    dialog.load_logo_file(str(logo))
    dialog.invoice_prefix.setText("DL/{year}/")
    dialog.invoice_digits.setValue(3)
    assert dialog.number_preview.text() == "DL/2026/001"
    dialog.invoice_terms.setValue(30)
    dialog.accept()
    assert dialog.result() == 1
    assert settings_store.value(settings_store.BUSINESS_NAME) == "Dewi Lestari"
    assert settings_store.value(settings_store.BUSINESS_TAX_ID) == "12.345.678.9-012.345"
    assert base64.b64decode(settings_store.value(settings_store.BUSINESS_LOGO)) == logo.read_bytes()
    assert settings_store.value(settings_store.INVOICE_TERMS_DAYS) == 30
    assert settings_store.value(settings_store.INVOICE_PREFIX) == "DL/{year}/"
