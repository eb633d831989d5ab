"""Add or edit a client: name, company, e-mail, platform, time zone, currency, notes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QPlainTextEdit

from freelance_desk.core.money import CURRENCIES
from freelance_desk.services.clients import clients, clock
from freelance_desk.services.clients import listing as client_list
from freelance_desk.services.clients.clients import ClientData
from freelance_desk.ui.forms import FormDialog
from freelance_desk.ui.models.row_table import service_text


class ClientDialog(FormDialog):
    def __init__(self, ctx, parent=None, client_id: int | None = None):
        super().__init__(ctx, "", parent)
        self.client_id = client_id
        self.setWindowTitle(self.tr("Edit client") if client_id else self.tr("New client"))
        self.setMinimumWidth(440)

        self.name = self.add_field("name", self.tr("&Name"), QLineEdit())
        self.name.setPlaceholderText(self.tr("Who you work for, e.g. Northwind Studio"))
        self.company = self.add_field("company", self.tr("&Company"), QLineEdit())
        self.email = self.add_field("email", self.tr("&E-mail"), QLineEdit())
        self.email.setPlaceholderText(self.tr("name@example.com"))
        self.platform = self.add_field("platform", self.tr("&Platform"), QComboBox())
        self.platform.addItem(service_text(client_list.DIRECT), 0)  # no platform: the one "direct" there is
        for p in client_list.platforms(include_archived=bool(client_id)):
            self.platform.addItem(p.name, p.id)
        self.timezone = self.add_field("timezone", self.tr("&Time zone"), self._zone_combo())
        self.currency = self.add_field("currency", self.tr("C&urrency"), QComboBox())
        for code in sorted(CURRENCIES):
            self.currency.addItem(code, code)
        self.notes = self.add_field("notes", self.tr("N&otes"), QPlainTextEdit())
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.load()

    def _zone_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItems(clock.time_zones())
        completer = QCompleter(combo.model(), combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)  # "jakarta" finds Asia/Jakarta
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)
        return combo

    def load(self) -> None:
        if self.client_id is None:
            zone = self.ctx.local_zone()  # a guess; "Etc/UTC" and the like are offered as plain UTC
            data = ClientData(name="", timezone=zone if zone in clock.time_zones() else "UTC")
        else:
            data = clients.client_data(clients.get_client(self.client_id))
        self.name.setText(data.name)
        self.company.setText(data.company)
        self.email.setText(data.email)
        index = self.platform.findData(data.platform_id or 0)
        self.platform.setCurrentIndex(max(index, 0))
        self.timezone.setCurrentText(data.timezone)
        self.currency.setCurrentIndex(max(self.currency.findData(data.currency), 0))
        self.notes.setPlainText(data.notes)

    def data(self) -> ClientData:
        return ClientData(
            name=self.name.text(),
            company=self.company.text(),
            email=self.email.text(),
            platform_id=self.platform.currentData() or None,
            timezone=self.timezone.currentText(),
            currency=self.currency.currentData(),
            notes=self.notes.toPlainText(),
        )

    def save(self):
        if self.client_id is None:
            return clients.create_client(self.data(), now=self.ctx.now())
        return clients.update_client(self.client_id, self.data())
