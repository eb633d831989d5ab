"""An invoice, and the receipt (kuitansi) for what was paid on it, as PDF (through :mod:`.pdf`).

Both are written in the client's language (the invoice's ``language``: English or Bahasa
Indonesia), not the interface's: every text is marked in the ``InvoicePdf`` context and looked up
in that language's translation only (:class:`Wording`), and money, dates and quantities follow
that language's locale (``en_US`` / ``id_ID``: "$1,250.50", "Rp7.500.000"). The paper is the
invoice's (A4 or Letter). What the user typed — names, addresses, descriptions, notes, tax names,
payment instructions — is escaped into the HTML and shows as typed (``<b>``, ``&``, any script).

A receipt in rupiah for more than Rp5.000.000 has an empty, labelled box for the e-Meterai beside
the signature (:func:`~freelance_desk.services.billing.stamp_duty.needs_stamp`).
"""

from __future__ import annotations

import base64
import binascii
import html
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator, QUrl
from PySide6.QtGui import QFont, QImage, QPageSize, QTextDocument

from freelance_desk import paths
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.core.vocabulary import InvoiceState
from freelance_desk.services.billing.documents import check_receipt
from freelance_desk.services.billing.invoice_list import InvoiceDocument
from freelance_desk.services.billing.stamp_duty import STAMP_DUTY_MINOR, needs_stamp
from freelance_desk.services.io.written import replaced_whole
from freelance_desk.ui import format as fmt
from freelance_desk.ui.pdf import paginate, pdf_bytes

CONTEXT = "InvoicePdf"
LOCALES = {"en": "en_US", "id": "id_ID"}
FONT_FAMILIES = ["DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "Helvetica", "sans-serif"]
FONT_POINTS = 9.5
LOGO_HEIGHT = 56  # the logo's height on the page, in the document's pixels (its width in proportion)
LOGO_URL = QUrl("invoice-logo")

UNITS = {
    "hour": QT_TRANSLATE_NOOP("InvoicePdf", "hour"),
    "day": QT_TRANSLATE_NOOP("InvoicePdf", "day"),
    "item": QT_TRANSLATE_NOOP("InvoicePdf", "item"),
}

_translators: dict[str, QTranslator | None] = {}


def _translator(language: str) -> QTranslator | None:
    """The translation of ``language`` (loaded once), None for English, whose texts are the sources."""
    if language not in _translators:
        translator = None
        if language != "en":
            translator = QTranslator()
            if not translator.load(QLocale(LOCALES.get(language, language)), "freelance_desk", "_",
                                   str(paths.resource("translations"))):
                translator = None
        _translators[language] = translator
    return _translators[language]


class Wording:
    """The texts, money and dates of one document in its client's language, whatever the interface's."""

    def __init__(self, language: str):
        self.language = language if language in LOCALES else "en"
        self.locale = QLocale(LOCALES[self.language])
        self._translator = _translator(self.language)

    def __call__(self, source: str) -> str:
        """``source`` (marked in the ``InvoicePdf`` context) in this language."""
        if self._translator is None:
            return source
        return self._translator.translate(CONTEXT, source) or source

    def money(self, minor: int, currency: str) -> str:
        return fmt.money(minor, currency, self.locale)

    def date(self, day) -> str:
        return fmt.long_date(day, self.locale)

    def number(self, value: Decimal | int) -> str:
        return fmt.number(value, None, False, self.locale)

    def deduction(self, minor: int, currency: str) -> str:
        """An amount taken off (a tax withheld, a payment received): "− Rp150.000", "− $12.50"."""
        return "\u2212\u00a0" + self.money(minor, currency)

    def percent(self, bps: int) -> str:
        return fmt.percent(Decimal(bps) / 100, None, False, self.locale)


def literal(text: str) -> str:
    """The user's ``text`` as HTML that shows it as typed: escaped, its spaces and line breaks kept."""
    return f'<span style="white-space: pre-wrap;">{html.escape(text or "", quote=True)}</span>'


STYLE = """
td { vertical-align: top; }
.muted { color: #555555; }
.small { font-size: 8pt; }
.label { color: #555555; }
.lines th { background-color: #e8ecf1; font-weight: bold; }
.total td { font-weight: bold; font-size: 11pt; }
.mark-paid { color: #1b7f3b; font-weight: bold; font-size: 16pt; }
.mark-void { color: #b3261e; font-weight: bold; font-size: 16pt; }
.mark-draft { color: #777777; font-weight: bold; font-size: 16pt; }
"""


def _document(body: str, logo: QImage | None, paper: QPageSize) -> QTextDocument:
    document = QTextDocument()
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(FONT_POINTS)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(STYLE)
    if logo is not None:
        document.addResource(QTextDocument.ResourceType.ImageResource, LOGO_URL, logo)
    document.setHtml(f"<html><body>{body}</body></html>")
    paginate(document, paper)
    return document


def _logo(encoded: str) -> QImage | None:
    """The seller's logo (base64 PNG or JPEG), None when there is none or it is not an image."""
    if not encoded:
        return None
    try:
        image = QImage.fromData(base64.b64decode(encoded, validate=True))
    except (binascii.Error, ValueError):
        return None
    return None if image.isNull() else image


def _seller(doc: InvoiceDocument, say: Wording, logo: QImage | None) -> str:
    parts = []
    if logo is not None:
        width = round(logo.width() * LOGO_HEIGHT / max(logo.height(), 1))
        parts.append(f'<img src="{LOGO_URL.toString()}" width="{width}" height="{LOGO_HEIGHT}"><br>')
    if doc.seller.name:
        parts.append(f'<span style="font-size: 13pt; font-weight: bold;">{literal(doc.seller.name)}</span>')
    parts += [literal(line) for line in doc.seller.lines]
    if doc.seller.tax_id:
        label = html.escape(say(QT_TRANSLATE_NOOP("InvoicePdf", "Tax ID")))  # NPWP in Indonesian
        parts.append(f'<span class="label">{label}:</span> {literal(doc.seller.tax_id)}')
    return "<br>".join(parts)


def _buyer(doc: InvoiceDocument) -> str:
    return "<br>".join([f"<b>{literal(doc.buyer.name)}</b>", *(literal(line) for line in doc.buyer.lines)])


def _facts(rows: list[tuple[str, str]]) -> str:
    """Label and value pairs, the labels muted: the number and dates beside the title."""
    cells = "".join(f'<tr><td class="label" align="right">{html.escape(label)}</td>'
                    f'<td align="right" style="padding-left: 12px;">{value}</td></tr>' for label, value in rows)
    return f'<table cellspacing="0" cellpadding="2" align="right">{cells}</table>'


def _mark(doc: InvoiceDocument, say: Wording) -> str:
    marks = {
        InvoiceState.PAID: ("mark-paid", QT_TRANSLATE_NOOP("InvoicePdf", "PAID")),
        InvoiceState.VOID: ("mark-void", QT_TRANSLATE_NOOP("InvoicePdf", "VOID")),
        InvoiceState.DRAFT: ("mark-draft", QT_TRANSLATE_NOOP("InvoicePdf", "DRAFT")),
    }
    if doc.state not in marks:
        return ""
    css, text = marks[doc.state]
    return (f'<table cellspacing="0" cellpadding="4" align="right" border="2" style="border-style: solid; '
            f'border-color: currentColor;"><tr><td class="{css}">{html.escape(say(text))}</td></tr></table>')


def _header(doc: InvoiceDocument, say: Wording, logo: QImage | None, title: str,
            facts: list[tuple[str, str]]) -> str:
    return (
        '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
        f'<td width="55%">{_seller(doc, say, logo)}</td>'
        '<td width="45%" align="right">'
        f'<p align="right" style="font-size: 22pt; font-weight: bold; margin: 0;">{html.escape(title)}</p>'
        f'{_facts(facts)}</td></tr></table>'
    )


def _lines_table(doc: InvoiceDocument, say: Wording) -> str:
    head = "".join(
        f'<th align="{align}">{html.escape(say(text))}</th>' for text, align in (
            (QT_TRANSLATE_NOOP("InvoicePdf", "Description"), "left"),
            (QT_TRANSLATE_NOOP("InvoicePdf", "Qty"), "right"),
            (QT_TRANSLATE_NOOP("InvoicePdf", "Unit"), "left"),
            (QT_TRANSLATE_NOOP("InvoicePdf", "Unit price"), "right"),
            (QT_TRANSLATE_NOOP("InvoicePdf", "Amount"), "right"),
        ))
    units = {key: html.escape(say(text)) for key, text in UNITS.items()}
    rows = []
    for line in doc.lines:
        unit = units.get(line.unit) or literal(line.unit)
        rows.append(
            f'<tr><td>{literal(line.description)}</td>'
            f'<td align="right">{say.number(line.quantity)}</td><td>{unit}</td>'
            f'<td align="right">{say.money(line.unit_price, doc.currency)}</td>'
            f'<td align="right">{say.money(line.amount, doc.currency)}</td></tr>')
    return ('<table class="lines" width="100%" cellspacing="0" cellpadding="5" '
            'style="border-collapse: collapse; border-bottom: 1px solid #c8ced6;">'
            f'<thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>')


def _totals(doc: InvoiceDocument, say: Wording) -> str:
    money = lambda minor: say.money(minor, doc.currency)  # noqa: E731
    rows: list[tuple[str, str, str]] = [(html.escape(say(QT_TRANSLATE_NOOP("InvoicePdf", "Subtotal"))),
                                         money(doc.subtotal), "")]
    for tax in doc.taxes:
        if not tax.withheld:
            rows.append((f"{literal(tax.name)} ({say.percent(tax.rate_bps)})", money(tax.amount), ""))
    rows.append((html.escape(say(QT_TRANSLATE_NOOP("InvoicePdf", "Total"))), money(doc.total),
                 "total" if not doc.withheld else ""))
    for tax in doc.taxes:
        if tax.withheld:
            text = html.escape(say(QT_TRANSLATE_NOOP("InvoicePdf", "{0} withheld by the client")))
            rows.append((text.replace("{0}", f"{literal(tax.name)} ({say.percent(tax.rate_bps)})"),
                         say.deduction(tax.amount, doc.currency), ""))
    if doc.withheld:
        rows.append((html.escape(say(QT_TRANSLATE_NOOP("InvoicePdf", "Amount to pay"))), money(doc.payable),
                     "total"))
    if doc.payments:
        received = html.escape(say(QT_TRANSLATE_NOOP("InvoicePdf", "Payment received {0}")))
        for payment in doc.payments:
            rows.append((received.replace("{0}", html.escape(say.date(payment.received_on))),
                         say.deduction(payment.amount, doc.currency), ""))
        rows.append((html.escape(say(QT_TRANSLATE_NOOP("InvoicePdf", "Amount due"))), money(doc.due), "total"))
    cells = "".join(
        f'<tr class="{css}"><td align="right">{label}</td>'
        f'<td align="right" style="padding-left: 16px;">{value}</td></tr>'
        for label, value, css in rows)
    return f'<table cellspacing="0" cellpadding="3" align="right" width="70%">{cells}</table>'


def _section(title: str, body: str) -> str:
    return (f'<p style="margin-top: 14px; margin-bottom: 2px;"><b>{html.escape(title)}</b></p>'
            f'<p style="margin-top: 0;">{body}</p>')


def invoice_html(doc: InvoiceDocument, say: Wording, logo: QImage | None = None) -> str:
    facts = [
        (say(QT_TRANSLATE_NOOP("InvoicePdf", "Number")), f"<b>{literal(doc.number)}</b>"),
        (say(QT_TRANSLATE_NOOP("InvoicePdf", "Issued")), html.escape(say.date(doc.issued_on))),
        (say(QT_TRANSLATE_NOOP("InvoicePdf", "Due")), html.escape(say.date(doc.due_on))),
    ]
    bill_to = html.escape(say(QT_TRANSLATE_NOOP("InvoicePdf", "Bill to")))
    parts = [
        _header(doc, say, logo, say(QT_TRANSLATE_NOOP("InvoicePdf", "Invoice")), facts),
        '<table width="100%" cellspacing="0" cellpadding="0" style="margin-top: 18px;"><tr>'
        f'<td width="60%"><span class="label">{bill_to}</span><br>{_buyer(doc)}</td>'
        f'<td width="40%">{_mark(doc, say)}</td></tr></table>',
    ]
    if doc.state == InvoiceState.VOID and doc.void_reason:
        why = html.escape(say(QT_TRANSLATE_NOOP("InvoicePdf", "Void:")))
        parts.append(f'<p style="color: #b3261e;">{why} {literal(doc.void_reason)}</p>')
    parts += ['<p style="margin-top: 14px;"></p>', _lines_table(doc, say), _totals(doc, say),
              '<p style="margin: 0;"></p>']
    if doc.notes:
        parts.append(_section(say(QT_TRANSLATE_NOOP("InvoicePdf", "Notes")), literal(doc.notes)))
    if doc.payment_instructions:
        parts.append(_section(say(QT_TRANSLATE_NOOP("InvoicePdf", "How to pay")), literal(doc.payment_instructions)))
    for platform in doc.platforms:
        text = html.escape(say(QT_TRANSLATE_NOOP(
            "InvoicePdf", "{0} bills this client for this work; this invoice is for your records.")))
        parts.append(f'<p class="muted" style="margin-top: 14px;">{text.replace("{0}", literal(platform))}</p>')
    return "".join(parts)


def _summary(doc: InvoiceDocument, say: Wording) -> str:
    """What the money was for: the invoice's number and its first line ("… and 3 more")."""
    text = html.escape(say(QT_TRANSLATE_NOOP("InvoicePdf", "Payment of invoice {0}"))).replace(
        "{0}", literal(doc.number))
    if doc.lines:
        text += ": " + literal(doc.lines[0].description)
        if len(doc.lines) > 1:
            more = html.escape(say(QT_TRANSLATE_NOOP("InvoicePdf", "and {0} more")))
            text += " " + more.replace("{0}", say.number(len(doc.lines) - 1))
    return text


def stamp_box(say: Wording) -> str:
    """The empty box the e-Meterai is put in, labelled with its value."""
    label = html.escape(f"e-Meterai {say.money(STAMP_DUTY_MINOR, 'IDR')}")
    return ('<table border="1" cellspacing="0" cellpadding="0" width="130" '
            'style="border-style: dashed; border-color: #888888;">'
            f'<tr><td align="center" class="muted small" style="padding: 38px 8px;">{label}</td></tr></table>')


def receipt_html(doc: InvoiceDocument, say: Wording, logo: QImage | None = None) -> str:
    money = lambda minor: say.money(minor, doc.currency)  # noqa: E731
    paid_on = doc.last_payment_on
    facts = [
        (say(QT_TRANSLATE_NOOP("InvoicePdf", "Receipt for")), f"<b>{literal(doc.number)}</b>"),
        (say(QT_TRANSLATE_NOOP("InvoicePdf", "Date")), html.escape(say.date(paid_on))),
    ]
    rows = [
        (say(QT_TRANSLATE_NOOP("InvoicePdf", "Received from")), f"<b>{literal(doc.buyer.name)}</b>"),
        (say(QT_TRANSLATE_NOOP("InvoicePdf", "The amount of")),
         f'<span style="font-size: 14pt; font-weight: bold;">{money(doc.paid)}</span>'),
        (say(QT_TRANSLATE_NOOP("InvoicePdf", "For")), _summary(doc, say)),
    ]
    if doc.due > 0:
        rows.append((say(QT_TRANSLATE_NOOP("InvoicePdf", "Still due on this invoice")), money(doc.due)))
    table = "".join(f'<tr><td class="label" width="30%">{html.escape(label)}</td><td>{value}</td></tr>'
                    for label, value in rows)
    stamp = stamp_box(say) if needs_stamp(doc.currency, doc.paid) else ""
    signed = (f'<p align="center">{html.escape(say.date(paid_on))}</p>'
              '<p style="margin-top: 70px;" align="center">____________________________</p>'
              f'<p align="center">{literal(doc.seller.name)}</p>')
    return "".join([
        _header(doc, say, logo, say(QT_TRANSLATE_NOOP("InvoicePdf", "Receipt")), facts),
        f'<table width="100%" cellspacing="0" cellpadding="6" style="margin-top: 24px;">{table}</table>',
        '<table width="100%" cellspacing="0" cellpadding="0" style="margin-top: 30px;"><tr>'
        '<td width="40%"></td>'
        f'<td width="25%" align="right" valign="bottom">{stamp}</td>'
        f'<td width="35%">{signed}</td></tr></table>',
    ])


def page_size(doc: InvoiceDocument) -> QPageSize:
    """The invoice's paper: Letter or A4."""
    return QPageSize(QPageSize.PageSizeId.Letter if doc.paper == "letter" else QPageSize.PageSizeId.A4)


def title_of(doc: InvoiceDocument, receipt: bool = False) -> str:
    say = Wording(doc.language)
    text = say(QT_TRANSLATE_NOOP("InvoicePdf", "Receipt") if receipt else QT_TRANSLATE_NOOP("InvoicePdf", "Invoice"))
    return f"{text} {doc.number}"


def invoice_pdf(doc: InvoiceDocument) -> bytes:
    """The invoice as PDF, in its client's language on its paper."""
    say = Wording(doc.language)
    logo = _logo(doc.logo)
    paper = page_size(doc)
    return pdf_bytes(_document(invoice_html(doc, say, logo), logo, paper), title_of(doc), paper)


def receipt_pdf(doc: InvoiceDocument) -> bytes:
    """The receipt for what was paid on the invoice; a ``DomainError`` when nothing was."""
    check_receipt(doc)
    say = Wording(doc.language)
    logo = _logo(doc.logo)
    paper = page_size(doc)
    return pdf_bytes(_document(receipt_html(doc, say, logo), logo, paper), title_of(doc, True), paper)


def write_invoice_pdf(out: Path, doc: InvoiceDocument, receipt: bool = False) -> int:
    """The invoice (or its receipt) written to ``out`` whole or not at all; the bytes written."""
    data = receipt_pdf(doc) if receipt else invoice_pdf(doc)
    with replaced_whole(Path(out), mode="wb") as stream:
        stream.write(data)
    return len(data)
