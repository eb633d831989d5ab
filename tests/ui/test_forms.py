"""Every dialog on FormDialog, opened and used with the keyboard: it opens on its first field,
Tab walks the fields in reading order and then the buttons, Enter saves, errors leave when fixed."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from datetime import timedelta
from itertools import pairwise

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget

import freelance_desk.ui.dialogs
from freelance_desk.db.models import Client, Milestone
from freelance_desk.services.pipeline.gigs import TemplateData, create_template
from freelance_desk.services.time import tracking as tt
from freelance_desk.ui.dialogs.client import ClientDialog
from freelance_desk.ui.dialogs.contract import ContractDialog
from freelance_desk.ui.dialogs.mark_paid import MarkPaidDialog
from freelance_desk.ui.dialogs.milestone import MilestoneDialog
from freelance_desk.ui.dialogs.order import OrderDialog
from freelance_desk.ui.dialogs.payment import PaymentDialog
from freelance_desk.ui.dialogs.connects import BuyConnectsDialog, FreeConnectsDialog
from freelance_desk.ui.dialogs.proposal import ProposalDialog
from freelance_desk.ui.dialogs.open_database import OpenDatabaseDialog
from freelance_desk.ui.dialogs.restore import RestoreDialog
from freelance_desk.ui.dialogs.settings import SettingsDialog
from freelance_desk.ui.dialogs.template import TemplateDialog
from freelance_desk.ui.dialogs.time_entry import (
    MoveEntriesDialog,
    SplitEntryDialog,
    StartCorrectionDialog,
    TimeEntryDialog,
)
from freelance_desk.ui.dialogs.week_earnings import WeekEarningsDialog
from freelance_desk.ui.dialogs.invoice import InvoiceDialog, InvoicePaymentDialog, VoidDialog
from freelance_desk.ui.forms import FormDialog
from tests.ui.helpers import T0, add

pytestmark = pytest.mark.clock(T0)
SAVE, CANCEL = QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Cancel


def first_milestone(contracts):
    return Milestone.get(Milestone.contract == contracts[1]).id


# How to open each dialog on the `contracts` fixture's data (an hourly and a fixed-price contract).
DIALOGS = {
    ClientDialog: lambda ctx, c: ClientDialog(ctx),
    ContractDialog: lambda ctx, c: ContractDialog(ctx),
    MarkPaidDialog: lambda ctx, c: MarkPaidDialog(ctx, first_milestone(c)),
    MilestoneDialog: lambda ctx, c: MilestoneDialog(ctx, contract_id=c[1]),
    OrderDialog: lambda ctx, c: OrderDialog(ctx, None, create_template(TemplateData("Logo in 2 days", 5000)).id),
    PaymentDialog: lambda ctx, c: PaymentDialog(ctx),
    ProposalDialog: lambda ctx, c: ProposalDialog(ctx),
    BuyConnectsDialog: lambda ctx, c: BuyConnectsDialog(ctx),
    FreeConnectsDialog: lambda ctx, c: FreeConnectsDialog(ctx),
    SettingsDialog: lambda ctx, c: SettingsDialog(ctx),
    TemplateDialog: lambda ctx, c: TemplateDialog(ctx),
    TimeEntryDialog: lambda ctx, c: TimeEntryDialog(ctx),
    StartCorrectionDialog: lambda ctx, c: StartCorrectionDialog(ctx, tt.start_timer(c[0], T0, "UTC")),
    SplitEntryDialog: lambda ctx, c: SplitEntryDialog(ctx, add(c[0], T0 - timedelta(hours=3), 60)),
    MoveEntriesDialog: lambda ctx, c: MoveEntriesDialog(ctx, [add(c[0], T0 - timedelta(hours=3), 60)]),
    WeekEarningsDialog: lambda ctx, c: WeekEarningsDialog(ctx),
    RestoreDialog: lambda ctx, c: restore_dialog(ctx),
    OpenDatabaseDialog: lambda ctx, c: OpenDatabaseDialog(ctx),
    InvoiceDialog: lambda ctx, c: InvoiceDialog(ctx),
    InvoicePaymentDialog: lambda ctx, c: InvoicePaymentDialog(ctx, sent_invoice(c)),
    VoidDialog: lambda ctx, c: VoidDialog(ctx, sent_invoice(c), "INV-2026-0001"),
}


def sent_invoice(contracts) -> int:
    """An invoice sent for an hour of the hourly contract."""
    from datetime import date
    from decimal import Decimal

    from freelance_desk.db.models import Contract
    from freelance_desk.services.billing.invoices import InvoiceData, LineData, create_invoice, mark_sent

    contract = Contract.get_by_id(contracts[0])
    created = create_invoice(InvoiceData(contract.client_id, date(2026, 3, 1), date(2026, 3, 15), contract.currency,
                                         [LineData("Support", Decimal(1), 3500, contract.id)]), T0)
    mark_sent(created.invoice_id, T0)
    return created.invoice_id


def restore_dialog(ctx) -> RestoreDialog:
    """On a backup of the file, checked and chosen (Restore is enabled only then)."""
    if ctx.on_server:
        pytest.skip("a file's backups: on a server Restore is disabled (pg_restore puts a server's back)")
    from freelance_desk.db.backups import make_backup

    make_backup(ctx.db_path)
    dialog = RestoreDialog(ctx)
    dialog.wait_for_checks()
    QApplication.processEvents()  # the check's result reaches the dialog
    dialog.table.selectRow(0)
    return dialog


def test_every_dialog_on_form_dialog_is_checked_here():
    found = set()
    for info in pkgutil.iter_modules(freelance_desk.ui.dialogs.__path__):
        module = importlib.import_module(f"freelance_desk.ui.dialogs.{info.name}")
        found |= {cls for _name, cls in inspect.getmembers(module, inspect.isclass)
                  if issubclass(cls, FormDialog) and cls is not FormDialog and cls.__module__ == module.__name__}
    assert found == set(DIALOGS)


def opened(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def tab_cycle(qtbot, dialog) -> list[QWidget]:
    """The widgets Tab visits from where the dialog opened, until it comes back there."""
    start = QApplication.focusWidget()
    seen = [start]
    for _ in range(150):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is start and len(seen) > 1:
            return seen
        if widget is not seen[-1]:  # Tab walks a date's day, month and year before it leaves
            seen.append(widget)
    pytest.fail(f"Tab never came back to {start!r}: {seen}")


def top_left(widget, dialog) -> QPoint:
    return widget.mapTo(dialog, QPoint(0, 0))


@pytest.mark.parametrize("cls", list(DIALOGS), ids=lambda cls: cls.__name__)
def test_a_dialog_opens_on_its_first_field_and_tabs_in_reading_order(qtbot, ctx, contracts, cls):
    dialog = opened(qtbot, DIALOGS[cls](ctx, contracts))
    save, cancel = dialog.buttons.button(SAVE), dialog.buttons.button(CANCEL)
    start = QApplication.focusWidget()
    assert start is not None and dialog.isAncestorOf(start)
    assert not dialog.buttons.isAncestorOf(start), f"opened on the {start.text()!r} button"
    assert save.isDefault()  # Enter in a field saves

    seen = tab_cycle(qtbot, dialog)
    buttons = [w for w in seen if dialog.buttons.isAncestorOf(w)]
    assert set(buttons) == {save, cancel}
    after_buttons = seen.index(buttons[-1]) + 1
    seen = seen[after_buttons:] + seen[:after_buttons]  # the round, from where Tab goes after the buttons
    assert seen[-len(buttons):] == buttons  # the buttons come after every field …
    assert buttons == sorted(buttons, key=lambda b: top_left(b, dialog).x())  # … as they read, left to right
    fields = seen[:-len(buttons)]
    for before, after in pairwise(fields):  # top to bottom: each is below the one before, or to its right
        a, b = top_left(before, dialog), top_left(after, dialog)
        same_row = b.y() < a.y() + before.height() and a.y() < b.y() + after.height()
        assert (b.x() > a.x()) if same_row else (b.y() > a.y()), f"{before!r} → {after!r}"
    for name, (widget, _error) in dialog._fields.items():  # Tab reaches every field a user can type in
        if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            assert any(w is widget or widget.isAncestorOf(w) for w in fields), name


def test_new_client_takes_the_first_keys_typed_and_enter_saves(qtbot, ctx):
    dialog = opened(qtbot, ClientDialog(ctx))
    qtbot.keyClicks(QApplication.focusWidget(), "Acme Ltd")  # the space types a space, it does not press Save
    assert dialog.name.text() == "Acme Ltd" and dialog.isVisible()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and Client.get(Client.name == "Acme Ltd")


def test_new_milestone_and_new_time_entry_open_on_their_first_field(qtbot, ctx, contracts):
    milestone = opened(qtbot, MilestoneDialog(ctx, contract_id=contracts[1]))
    qtbot.keyClicks(QApplication.focusWidget(), "Contact page")
    assert milestone.title_edit.text() == "Contact page"
    milestone.reject()
    entry = opened(qtbot, TimeEntryDialog(ctx))
    assert QApplication.focusWidget() is entry.contract


def test_an_error_under_a_field_goes_once_the_field_is_edited(qtbot, ctx, contracts):
    dialog = opened(qtbot, MilestoneDialog(ctx, contract_id=contracts[1]))
    qtbot.keyClicks(dialog.title_edit, "Contact page")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "a lot")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.field_error("amount") != "" and dialog.isVisible()
    assert QApplication.focusWidget() is dialog.amount  # where to fix it
    dialog.amount.selectAll()
    qtbot.keyClicks(dialog.amount, "150")
    assert dialog.field_error("amount") == ""
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_an_error_stays_under_its_field_while_another_is_edited(qtbot, ctx):
    dialog = opened(qtbot, ClientDialog(ctx))
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # no name
    assert dialog.field_error("name") != ""
    qtbot.keyClicks(dialog.company, "Acme")
    assert dialog.field_error("name") != ""
    qtbot.keyClicks(dialog.name, "Acme Ltd")
    assert dialog.field_error("name") == ""


def test_a_field_made_of_several_widgets_clears_its_error_too(qtbot, ctx):
    dialog = opened(qtbot, TemplateDialog(ctx))
    qtbot.keyClicks(dialog.title_edit, "Logo in 2 days")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)  # no price
    assert dialog.field_error("price") != ""
    qtbot.keyClicks(dialog.price, "50")
    assert dialog.field_error("price") == ""


def test_a_tall_dialog_fits_a_short_screen_with_save_in_view_and_the_focus_scrolled_to(qtbot, ctx, contracts):
    """On a screen shorter than the form (the offscreen screen here), the dialog is held to the screen's free
    height, Save and Cancel stay inside it, and Tab to a field below the fold scrolls it into view."""
    dialog = DIALOGS[InvoiceDialog](ctx, contracts)
    qtbot.addWidget(dialog)
    room = dialog.screen().availableGeometry().height()
    assert dialog.fields_area.widget().sizeHint().height() > room - 48  # the invoice form is taller than it
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.height() <= room - 48
    save = dialog.buttons.button(SAVE)
    bottom = save.mapTo(dialog, QPoint(0, save.height())).y()
    assert save.isVisible() and bottom <= dialog.height()
    area = dialog.fields_area
    fields = [w for w in dialog._focus_chain() if area.widget().isAncestorOf(w) and w.isVisibleTo(dialog)
              and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    last = max(fields, key=lambda w: w.mapTo(area.widget(), QPoint(0, 0)).y())  # the lowest field in Tab order
    assert last.visibleRegion().isEmpty()  # below the fold; Tab to it scrolls it into view
    before = fields[fields.index(last) - 1]
    before.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(before.hasFocus)
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    qtbot.waitUntil(last.hasFocus)
    QApplication.processEvents()
    assert area.verticalScrollBar().value() > 0 and not last.visibleRegion().isEmpty()


def test_a_closed_dialog_gives_the_window_it_came_from_back_its_focus(qtbot, ctx, contracts):
    """Saved or cancelled, the window behind is active again with the focus where it was: the next key works."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    window = QWidget()
    field = QLineEdit(window)
    QVBoxLayout(window).addWidget(field)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    for code in (QDialog.DialogCode.Rejected, QDialog.DialogCode.Accepted):  # Cancel, and a save that went through
        dialog = ClientDialog(ctx, parent=window)
        QTimer.singleShot(50, lambda d=dialog, c=code: d.done(c))
        dialog.exec()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        assert field.hasFocus()


def test_a_closed_confirmation_gives_the_window_behind_back_its_focus(qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    from freelance_desk.ui import forms

    window = QWidget()
    field = QLineEdit(window)
    QVBoxLayout(window).addWidget(field)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    field.setFocus()
    QTimer.singleShot(50, lambda: QApplication.activeModalWidget().reject())
    assert not forms.confirm(window, "Void invoice", "Void invoice INV-2026-0001?", "Void")
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    assert field.hasFocus()
