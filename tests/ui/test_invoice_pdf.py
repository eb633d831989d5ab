"""Invoices and receipts as PDF, read back with poppler: the number, the client and every text as typed, money
in the client's locale, the client's language whatever the interface's, the paper, fonts embedded, the
e-Meterai box above Rp5.000.000."""

from __future__ import annotations

import base64
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QLocale, QTranslator
from PySide6.QtGui import QColor, QImage

from freelance_desk import paths
from freelance_desk.core.errors import DomainError
from freelance_desk.services.billing.invoice_list import invoice_document
from freelance_desk.services.billing.invoices import TaxData
from freelance_desk.ui.invoice_pdf import invoice_pdf, receipt_pdf, write_invoice_pdf
from tests.ui import invoice_samples as samples

POPPLER = all(shutil.which(tool) for tool in ("pdftotext", "pdfinfo", "pdffonts"))
pytestmark = pytest.mark.skipif(not POPPLER, reason="poppler-utils (pdftotext, pdfinfo, pdffonts) is not installed")


def poppler(tool: str, data: bytes, tmp_path: Path, *args: str) -> str:
    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(data)
    return subprocess.run([tool, *args, str(pdf), "-"] if tool == "pdftotext" else [tool, *args, str(pdf)],
                          capture_output=True, text=True, check=True).stdout


def text_of(data: bytes, tmp_path: Path) -> str:
    return poppler("pdftotext", data, tmp_path)


def page_size(data: bytes, tmp_path: Path) -> str:
    return next(line for line in poppler("pdfinfo", data, tmp_path).splitlines() if line.startswith("Page size"))


@pytest.fixture
def seller(database):
    samples.seller()


def test_an_english_invoice_on_letter_shows_everything_typed_literally(qapp, seller, tmp_path):
    client, contract = samples.client("Jane <Doe> & Partners", "USD", "America/New_York", platform="Upwork")
    made = samples.invoice(client, contract, [125_050, 99_900], currency="USD", language="en", paper="letter",
                           notes="Thanks! <script>alert(1)</script> & more", description="Logo <b>redesign</b> & ✓",
                           paid=50_000)
    data = invoice_pdf(invoice_document(made))
    text = text_of(data, tmp_path)
    for shown in ("Invoice", "INV-2026-0001", "Jane <Doe> & Partners", "Dewi <i>Studio</i> & Co",
                  "Logo <b>redesign</b> & ✓ 1", "<script>alert(1)</script> & more", "Tax ID", "09.254.294.3-407.000",
                  "$1,250.50", "$2,249.50", "Payment received March 28, 2026", "Amount due", "$1,749.50",
                  "March 20, 2026", "April 3, 2026", "BCA 123-456-7890 a/n Dewi",
                  "Upwork bills this client for this work; this invoice is for your records."):
        assert shown in text, shown
    assert "PAID" not in text  # partly paid: no mark
    assert "612 x 792 pts" in page_size(data, tmp_path)


def test_an_indonesian_invoice_on_a4_with_ppn_and_pph_23(qapp, seller, tmp_path):
    client, contract = samples.client()
    made = samples.invoice(client, contract, [4_000_000, 3_500_000],
                           taxes=[TaxData("PPN", 1100), TaxData("PPh 23", 200, withheld=True)])
    data = invoice_pdf(invoice_document(made))
    text = text_of(data, tmp_path)
    # QLocale("id_ID") writes rupiah as "Rp7.500.000": the symbol touching the number, dots between thousands.
    assert QLocale("id_ID").toCurrencyString(7_500_000, "Rp") in ("Rp7.500.000", "Rp 7.500.000")
    for shown in ("INV-2026-0001", "<b>Acme</b> & Sons", "שלום", "Dewi <i>Studio</i> & Co",
                  "Nomor", "Tanggal", "Jatuh tempo", "Ditagihkan kepada", "Uraian", "Jumlah", "Subtotal",
                  "NPWP", "Rp7.500.000", "PPN (11%)", "Rp825.000", "Rp8.325.000",
                  "PPh 23 (2%) dipotong oleh klien", "Rp150.000", "Jumlah yang harus dibayar", "Rp8.175.000",
                  "20 Maret 2026", "03 April 2026", "Cara pembayaran"):
        assert shown in text, shown
    for english in ("Tax ID", "Bill to", "withheld by the client", "Amount to pay", "March"):
        assert english not in text, english
    assert "595 x 842 pts" in page_size(data, tmp_path)
    fonts = poppler("pdffonts", data, tmp_path).splitlines()[2:]
    assert fonts and all(row.split()[-5] == "yes" for row in fonts), fonts  # the "emb" column


def test_the_client_s_language_wins_over_the_interface_s(qapp, seller, tmp_path):
    client, contract = samples.client("Globex", "USD", "America/New_York")
    english = samples.invoice(client, contract, [10_000], currency="USD", language="en")
    interface = QTranslator()
    assert interface.load(QLocale("id_ID"), "freelance_desk", "_", str(paths.resource("translations")))
    QCoreApplication.installTranslator(interface)  # the window speaks Indonesian
    try:
        text = text_of(invoice_pdf(invoice_document(english)), tmp_path)
    finally:
        QCoreApplication.removeTranslator(interface)
    assert "Bill to" in text and "Ditagihkan kepada" not in text
    assert "$100.00" in text


def test_paid_and_void_invoices_are_marked(qapp, seller, tmp_path):
    client, contract = samples.client()
    paid = samples.invoice(client, contract, [1_000_000], language="en", paid=1_000_000)
    void = samples.invoice(client, contract, [1_000_000], language="id", void="Salah <klien> & harga")
    assert "PAID" in text_of(invoice_pdf(invoice_document(paid)), tmp_path)
    voided = text_of(invoice_pdf(invoice_document(void)), tmp_path)
    assert "BATAL" in voided and "Salah <klien> & harga" in voided


def test_a_logo_is_drawn_and_a_broken_one_left_out(qapp, database, tmp_path):
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    samples.seller(bytes(data.data()))
    client, contract = samples.client()
    made = samples.invoice(client, contract, [1_000_000])
    with_logo = invoice_pdf(invoice_document(made))
    assert b"/Subtype /Image" in with_logo
    from freelance_desk.services.settings import store

    store.put(store.BUSINESS_LOGO.key, base64.b64encode(b"not an image").decode())
    assert b"/Subtype /Image" not in invoice_pdf(invoice_document(made))


@pytest.mark.parametrize(("amount", "stamped"), [(5_000_001, True), (5_000_000, False)])
def test_a_rupiah_receipt_over_five_million_has_the_e_meterai_box(qapp, seller, tmp_path, amount, stamped):
    client, contract = samples.client()
    made = samples.invoice(client, contract, [amount], paid=amount)
    text = text_of(receipt_pdf(invoice_document(made)), tmp_path)
    for shown in ("Kuitansi", "INV-2026-0001", "Telah diterima dari", "<b>Acme</b> & Sons",
                  QLocale("id_ID").toString(amount), "Pembayaran invoice INV-2026-0001", "28 Maret 2026",
                  "Dewi <i>Studio</i> & Co"):
        assert shown in text, shown
    assert ("e-Meterai Rp10.000" in text) is stamped


def test_a_dollar_receipt_has_no_stamp_box_and_says_what_is_still_due(qapp, seller, tmp_path):
    client, contract = samples.client("Globex", "USD", "America/New_York")
    made = samples.invoice(client, contract, [900_000_00], currency="USD", language="en", paid=600_000_00)
    text = text_of(receipt_pdf(invoice_document(made)), tmp_path)
    assert "Receipt" in text and "$600,000.00" in text and "$300,000.00" in text
    assert "e-Meterai" not in text


def test_no_receipt_for_an_unpaid_invoice_and_nothing_written(qapp, seller, tmp_path):
    client, contract = samples.client()
    made = samples.invoice(client, contract, [1_000_000])
    out = tmp_path / "receipt.pdf"
    with pytest.raises(DomainError, match="no payment"):
        write_invoice_pdf(out, invoice_document(made), receipt=True)
    assert not out.exists()
    assert write_invoice_pdf(out, invoice_document(made)) == out.stat().st_size > 0


def test_five_hundred_lines_run_over_pages_with_every_line(qapp, seller, tmp_path):
    client, contract = samples.client()
    made = samples.invoice(client, contract, [10_000 + i for i in range(500)], language="en")
    data = invoice_pdf(invoice_document(made))
    info = poppler("pdfinfo", data, tmp_path)
    assert int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages"))) > 5
    text = text_of(data, tmp_path)
    assert "Design work 500" in text and "IDR 5,124,750" in text  # 500 × 10,000 + 0 + … + 499
