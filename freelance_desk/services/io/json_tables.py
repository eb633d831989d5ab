"""This app's own JSON export, described once: its header, its schema version, its tables and their fields.

The writer (:mod:`.export_json`), the reader (:mod:`.sources.own_json`) and the full restore
(:mod:`.restore_json`) all go by :data:`TABLES`, frozen as schema :data:`SCHEMA` shipped: a field
or a table added later is a new schema number, named on the table (``since``), never a change to
an earlier one (``tests/services/io/test_export_json.py`` fails when a model gains a field that no
schema names). Schema 2 added the invoices (their lines, taxes, the time they bill and the
payments recorded against them), schema 3 the connects held without a purchase (a starting balance,
monthly free connects, corrections); a schema 1 or 2 file, which has none of them, still reads and restores.

The file, UTF-8, one row a line::

    {
      "format": "freelance-desk",
      "schema": 3,
      "exported_at": "2026-03-10T09:30:00Z",
      "filter": null,
      "settings": {"home_currency": "USD", ...},
      "platforms": [
        {"id": 1, "name": "Upwork", ...},
        ...
      ],
      "clients": [...], ..., "import_mappings": [...]
    }

Every table's rows in id order, each row's fields in the order below, named as the columns of the
database (a reference is ``client_id``, the id of a row of an earlier table). Money is integer
minor units; an instant is UTC as ``2026-03-10T09:30:00Z``; a day ``2026-03-10``; an exchange rate
the decimal text it was stored as (``"16250"``); a flag ``true``/``false``; a missing value ``null``.
"""

from __future__ import annotations

from dataclasses import dataclass

from freelance_desk.core.vocabulary import (
    ConnectsGrantKind,
    ContractKind,
    ContractStatus,
    InvoiceStatus,
    MilestoneStatus,
    PaymentKind,
    ProposalStatus,
    TimeSource,
)

FORMAT = "freelance-desk"
SCHEMA = 3  # the newest this version writes and reads

# What a field holds
ID, INT, BOOL, TEXT, DATE, INSTANT, DECIMAL, CURRENCY, REF = (
    "id", "int", "bool", "text", "date", "instant", "decimal", "currency", "ref")


@dataclass(frozen=True)
class Column:
    name: str  # the JSON key and the database column
    kind: str
    null: bool = False
    ref: str = ""  # REF: the table (JSON key) whose id it names
    values: tuple[str, ...] = ()  # a status or kind: the words it may be


@dataclass(frozen=True)
class Table:
    key: str  # the JSON key ("time_entries")
    table: str  # the database table ("time_entry")
    columns: tuple[Column, ...]
    since: int = 1  # the schema that added it: an older file has none of it

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


def _c(name, kind, null=False, ref="", values=None) -> Column:
    return Column(name, kind, null, ref, tuple(values or ()))


def _ref(name, table, null=False) -> Column:
    return Column(name, REF, null, table)


TABLES: tuple[Table, ...] = (
    Table("platforms", "platform", (
        _c("id", ID), _c("name", TEXT), _c("fee_bps", INT), _c("review_days", INT, True),
        _c("connect_price_minor", INT), _c("connect_currency", CURRENCY), _c("archived", BOOL))),
    Table("clients", "client", (
        _c("id", ID), _c("name", TEXT), _c("company", TEXT), _c("email", TEXT), _ref("platform_id", "platforms", True),
        _c("timezone", TEXT), _c("currency", CURRENCY), _c("notes", TEXT), _c("archived_at", INSTANT, True),
        _c("created_at", INSTANT))),
    Table("contracts", "contract", (
        _c("id", ID), _ref("client_id", "clients"), _ref("platform_id", "platforms", True), _c("title", TEXT),
        _c("kind", TEXT, values=ContractKind), _c("status", TEXT, values=ContractStatus), _c("currency", CURRENCY),
        _c("budget_minor", INT, True), _c("rate_minor", INT, True), _c("weekly_limit_minutes", INT, True),
        _c("fee_bps", INT), _c("start_date", DATE, True), _c("end_date", DATE, True), _c("notes", TEXT),
        _c("created_at", INSTANT), _c("last_used_at", INSTANT, True))),
    Table("milestones", "milestone", (
        _c("id", ID), _ref("contract_id", "contracts"), _c("position", INT), _c("title", TEXT),
        _c("description", TEXT), _c("amount_minor", INT), _c("due_date", DATE, True),
        _c("status", TEXT, values=MilestoneStatus), _c("funded_at", INSTANT, True), _c("submitted_at", INSTANT, True),
        _c("changes_requested_at", INSTANT, True), _c("approved_at", INSTANT, True), _c("paid_at", INSTANT, True),
        _c("cancelled_at", INSTANT, True), _c("created_at", INSTANT))),
    Table("time_entries", "time_entry", (
        _c("id", ID), _ref("contract_id", "contracts"), _ref("milestone_id", "milestones", True),
        _c("start", INSTANT), _c("end", INSTANT, True), _c("timezone", TEXT), _c("utc_offset_minutes", INT),
        _c("note", TEXT), _c("billable", BOOL), _c("source", TEXT, values=TimeSource),
        _c("import_source", TEXT, True), _c("import_key", TEXT, True))),
    Table("payments", "payment", (
        _c("id", ID), _ref("contract_id", "contracts"), _ref("milestone_id", "milestones", True),
        _c("received_on", DATE), _c("kind", TEXT, values=PaymentKind), _c("gross_minor", INT), _c("fee_minor", INT),
        _c("net_minor", INT), _c("currency", CURRENCY), _c("rate", DECIMAL), _c("home_currency", CURRENCY),
        _c("gross_home_minor", INT), _c("fee_home_minor", INT), _c("net_home_minor", INT),
        _c("period_start", DATE, True), _c("period_end", DATE, True), _c("note", TEXT), _c("created_at", INSTANT),
        _c("import_source", TEXT, True), _c("import_key", TEXT, True))),
    Table("proposals", "proposal", (
        _c("id", ID), _ref("platform_id", "platforms", True), _c("job_title", TEXT), _ref("client_id", "clients", True),
        _c("client_name", TEXT), _c("sent_on", DATE), _c("connects", INT), _c("connects_refunded", INT),
        _c("connect_price_minor", INT), _c("connect_currency", CURRENCY), _c("bid_minor", INT, True),
        _c("currency", CURRENCY), _c("status", TEXT, values=ProposalStatus), _c("answered_on", DATE, True),
        _ref("contract_id", "contracts", True), _c("notes", TEXT), _c("created_at", INSTANT))),
    Table("gigs", "service_template", (
        _c("id", ID), _c("title", TEXT), _ref("platform_id", "platforms", True), _c("kind", TEXT, values=ContractKind),
        _c("price_minor", INT), _c("currency", CURRENCY), _c("delivery_days", INT), _c("milestone_split", TEXT),
        _c("notes", TEXT), _c("archived", BOOL))),
    Table("connects_purchases", "connects_purchase", (
        _c("id", ID), _ref("platform_id", "platforms", True), _c("bought_on", DATE), _c("connects", INT),
        _c("cost_minor", INT), _c("currency", CURRENCY), _c("note", TEXT), _c("import_source", TEXT, True),
        _c("import_key", TEXT, True))),
    Table("import_mappings", "import_mapping", (
        _c("id", ID), _c("source", TEXT), _c("name", TEXT), _ref("contract_id", "contracts"))),
    # schema 2
    Table("invoices", "invoice", (
        _c("id", ID), _ref("client_id", "clients"), _c("number", TEXT), _c("status", TEXT, values=InvoiceStatus),
        _c("issued_on", DATE), _c("due_on", DATE), _c("currency", CURRENCY), _c("language", TEXT),
        _c("paper", TEXT), _c("subtotal_minor", INT), _c("tax_minor", INT), _c("withheld_minor", INT),
        _c("total_minor", INT), _c("notes", TEXT), _c("payment_instructions", TEXT), _c("sent_at", INSTANT, True),
        _c("voided_at", INSTANT, True), _c("void_reason", TEXT), _c("created_at", INSTANT)), since=2),
    Table("invoice_lines", "invoice_line", (
        _c("id", ID), _ref("invoice_id", "invoices"), _c("position", INT), _c("description", TEXT),
        _c("quantity", DECIMAL), _c("unit", TEXT), _c("unit_price_minor", INT), _c("amount_minor", INT),
        _ref("contract_id", "contracts", True), _ref("milestone_id", "milestones", True)), since=2),
    Table("invoice_taxes", "invoice_tax", (
        _c("id", ID), _ref("invoice_id", "invoices"), _c("position", INT), _c("name", TEXT), _c("rate_bps", INT),
        _c("withheld", BOOL), _c("amount_minor", INT)), since=2),
    Table("invoiced_time", "invoiced_time", (
        _c("id", ID), _ref("time_entry_id", "time_entries"), _ref("line_id", "invoice_lines")), since=2),
    Table("invoice_payments", "invoice_payment", (
        _c("id", ID), _ref("invoice_id", "invoices"), _ref("payment_id", "payments")), since=2),
    # schema 3
    Table("connects_grants", "connects_grant", (
        _c("id", ID), _ref("platform_id", "platforms"), _c("kind", TEXT, values=ConnectsGrantKind),
        _c("starts_on", DATE), _c("connects", INT), _c("note", TEXT), _c("created_at", INSTANT)), since=3),
)
BY_KEY = {t.key: t for t in TABLES}
SETTINGS = "settings"
# The database's tables the file leaves out: rebuilt from the entries (``db/daily_time.py``).
DERIVED = ("daily_time",)
