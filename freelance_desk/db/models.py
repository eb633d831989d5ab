"""Peewee models: the nouns a freelancer uses.

Statuses and kinds are the strings of :mod:`freelance_desk.core.vocabulary`.
Money is an integer in minor units (``*_minor``) beside a currency code; fees
are basis points (``fee_bps``: 1000 = 10 %); instants are UTC seconds
(:class:`UtcDateTimeField`); calendar dates are ISO text (``DateField``).
"""

from __future__ import annotations

from peewee import (
    BooleanField,
    CharField,
    DateField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from freelance_desk.core.vocabulary import (
    ContractKind,
    ContractStatus,
    InvoiceStatus,
    MilestoneStatus,
    PaymentKind,
    ProposalStatus,
    TimeSource,
)
from freelance_desk.db.connection import db
from freelance_desk.db.fields import DecimalTextField, UtcDateTimeField


class BaseModel(Model):
    class Meta:
        database = db
        legacy_table_names = False


class Setting(BaseModel):
    """Settings that change the meaning of data (home currency, week start)."""

    key = CharField(primary_key=True)
    value = TextField()


class Platform(BaseModel):
    name = CharField(unique=True)
    fee_bps = IntegerField(default=0)
    review_days = IntegerField(null=True)  # days before submitted work auto-approves
    connect_price_minor = IntegerField(default=0)  # price of one proposal credit
    connect_currency = CharField(max_length=3, default="USD")
    archived = BooleanField(default=False)


class Client(BaseModel):
    name = CharField()
    company = CharField(default="")
    email = CharField(default="")
    platform = ForeignKeyField(Platform, null=True, backref="clients", on_delete="SET NULL")
    timezone = CharField(default="UTC")  # IANA name
    currency = CharField(max_length=3, default="USD")
    notes = TextField(default="")
    archived_at = UtcDateTimeField(null=True, index=True)
    created_at = UtcDateTimeField()


class Contract(BaseModel):
    client = ForeignKeyField(Client, backref="contracts", on_delete="RESTRICT")
    platform = ForeignKeyField(Platform, null=True, backref="contracts", on_delete="SET NULL")
    title = CharField()
    kind = CharField(max_length=8, default=ContractKind.FIXED)
    status = CharField(max_length=12, default=ContractStatus.ACTIVE, index=True)
    currency = CharField(max_length=3, default="USD")
    budget_minor = IntegerField(null=True)  # fixed-price total
    rate_minor = IntegerField(null=True)  # hourly rate
    weekly_limit_minutes = IntegerField(null=True)  # hourly: weekly hour limit
    fee_bps = IntegerField(default=0)  # copied from the platform, editable
    start_date = DateField(null=True)
    end_date = DateField(null=True)
    notes = TextField(default="")
    created_at = UtcDateTimeField()
    last_used_at = UtcDateTimeField(null=True)  # last timer start: "most recent first"


class Milestone(BaseModel):
    contract = ForeignKeyField(Contract, backref="milestones", on_delete="CASCADE")
    position = IntegerField(default=0)
    title = CharField()
    description = TextField(default="")
    amount_minor = IntegerField(default=0)
    due_date = DateField(null=True, index=True)
    status = CharField(max_length=20, default=MilestoneStatus.PLANNED, index=True)
    funded_at = UtcDateTimeField(null=True)
    submitted_at = UtcDateTimeField(null=True)
    changes_requested_at = UtcDateTimeField(null=True)
    approved_at = UtcDateTimeField(null=True)
    paid_at = UtcDateTimeField(null=True)
    cancelled_at = UtcDateTimeField(null=True)
    created_at = UtcDateTimeField()

    class Meta:
        indexes = ((("contract", "position"), False),)


class TimeEntry(BaseModel):
    contract = ForeignKeyField(Contract, backref="time_entries", on_delete="RESTRICT")
    milestone = ForeignKeyField(Milestone, null=True, backref="time_entries", on_delete="SET NULL")
    start = UtcDateTimeField()
    end = UtcDateTimeField(null=True)  # empty while the timer runs
    timezone = CharField(default="UTC")  # IANA zone it was recorded in
    utc_offset_minutes = IntegerField(default=0)  # offset at start, for the local day
    note = TextField(default="")
    billable = BooleanField(default=True)
    source = CharField(max_length=8, default=TimeSource.TIMER)
    import_source = CharField(max_length=16, null=True)  # the tool it was imported from (schema step 4)
    import_key = CharField(max_length=80, null=True)  # the row's id there: one import of a row, ever

    class Meta:
        indexes = (
            (("start",), False),
            (("contract", "start"), False),
        )


class Payment(BaseModel):
    contract = ForeignKeyField(Contract, backref="payments", on_delete="RESTRICT")
    milestone = ForeignKeyField(Milestone, null=True, backref="payments", on_delete="SET NULL")
    received_on = DateField(index=True)
    kind = CharField(max_length=10, default=PaymentKind.OTHER)
    gross_minor = IntegerField()
    fee_minor = IntegerField(default=0)
    net_minor = IntegerField()
    currency = CharField(max_length=3)
    # Home-currency units per 1 unit of ``currency`` on that day; kept with the
    # payment so history never changes when rates do.
    rate = DecimalTextField(default="1")
    home_currency = CharField(max_length=3)
    gross_home_minor = IntegerField()
    fee_home_minor = IntegerField()
    net_home_minor = IntegerField()
    period_start = DateField(null=True)  # hourly earnings: the week billed
    period_end = DateField(null=True)
    note = TextField(default="")
    created_at = UtcDateTimeField()
    import_source = CharField(max_length=16, null=True)
    import_key = CharField(max_length=80, null=True)


class ImportMapping(BaseModel):
    """A source's project (client, tag) mapped onto a contract, proposed again at the next import."""

    source = CharField(max_length=16)
    name = TextField()
    contract = ForeignKeyField(Contract, on_delete="CASCADE")

    class Meta:
        table_name = "import_mapping"


class ConnectsPurchase(BaseModel):
    """Proposal credits bought (schema step 4): how many, on which day, for how much."""

    platform = ForeignKeyField(Platform, null=True, on_delete="SET NULL")
    bought_on = DateField(index=True)
    connects = IntegerField()  # 0 when the statement does not say how many
    cost_minor = IntegerField()  # what they cost, > 0
    currency = CharField(max_length=3)
    note = TextField(default="")
    import_source = CharField(max_length=16, null=True)
    import_key = CharField(max_length=80, null=True)

    class Meta:
        table_name = "connects_purchase"


class ConnectsGrant(BaseModel):
    """Connects held without a purchase (schema step 7): a starting balance, monthly free ones, a correction."""

    platform = ForeignKeyField(Platform, backref="connects_grants", on_delete="CASCADE")
    kind = CharField(max_length=8)  # ConnectsGrantKind
    starts_on = DateField()  # the day of an opening or a correction; a monthly row's first month (its 1st)
    connects = IntegerField()  # an opening's balance, a month's free connects, a correction's change
    note = TextField(default="")
    created_at = UtcDateTimeField()

    class Meta:
        table_name = "connects_grant"


class Proposal(BaseModel):
    platform = ForeignKeyField(Platform, null=True, backref="proposals", on_delete="SET NULL")
    job_title = CharField()
    client = ForeignKeyField(Client, null=True, backref="proposals", on_delete="SET NULL")
    client_name = CharField(default="")  # free text when the client is not known yet
    sent_on = DateField(index=True)
    connects = IntegerField(default=0)
    connects_refunded = IntegerField(default=0)
    connect_price_minor = IntegerField(default=0)  # price of one connect when sent
    connect_currency = CharField(max_length=3, default="USD")
    bid_minor = IntegerField(null=True)
    currency = CharField(max_length=3, default="USD")
    status = CharField(max_length=14, default=ProposalStatus.SENT, index=True)
    answered_on = DateField(null=True)
    contract = ForeignKeyField(Contract, null=True, backref="proposals", on_delete="SET NULL")
    notes = TextField(default="")
    created_at = UtcDateTimeField()


class ServiceTemplate(BaseModel):
    """A gig: a ready-made offer a contract can be created from in one dialog."""

    title = CharField()
    platform = ForeignKeyField(Platform, null=True, backref="templates", on_delete="SET NULL")
    kind = CharField(max_length=8, default=ContractKind.FIXED)
    price_minor = IntegerField(default=0)
    currency = CharField(max_length=3, default="USD")
    delivery_days = IntegerField(default=3)
    # Optional split: one line per milestone, "title|percent" (percent in bps).
    milestone_split = TextField(default="")
    notes = TextField(default="")
    archived = BooleanField(default=False)


class Invoice(BaseModel):
    """A bill to one client in one currency (schema step 6); the last number given is a setting
    (``services/billing/numbering.py``). Its money is the sum of its lines and taxes,
    kept on the row when they are saved; what was paid is its payments' (``InvoicePayment``)."""

    client = ForeignKeyField(Client, backref="invoices", on_delete="RESTRICT")
    number = CharField(unique=True)
    status = CharField(max_length=8, default=InvoiceStatus.DRAFT, index=True)
    issued_on = DateField()
    due_on = DateField(index=True)
    currency = CharField(max_length=3)
    language = CharField(max_length=5, default="en")  # the client's: "en" or "id"
    paper = CharField(max_length=8, default="a4")  # "a4" or "letter"
    subtotal_minor = IntegerField(default=0)
    tax_minor = IntegerField(default=0)  # taxes added (a VAT such as PPN)
    withheld_minor = IntegerField(default=0)  # withheld by the client for the tax office (PPh 23)
    total_minor = IntegerField(default=0)  # subtotal + taxes added
    notes = TextField(default="")
    payment_instructions = TextField(default="")
    sent_at = UtcDateTimeField(null=True)
    voided_at = UtcDateTimeField(null=True)
    void_reason = TextField(default="")
    created_at = UtcDateTimeField()


class InvoiceLine(BaseModel):
    invoice = ForeignKeyField(Invoice, backref="lines", on_delete="CASCADE")
    position = IntegerField(default=0)
    description = TextField()
    quantity = DecimalTextField(default="1")
    unit = CharField(max_length=8, default="item")  # "hour", "day", "item"
    unit_price_minor = IntegerField(default=0)
    amount_minor = IntegerField(default=0)  # quantity × unit price, rounded half up
    contract = ForeignKeyField(Contract, null=True, on_delete="SET NULL")
    milestone = ForeignKeyField(Milestone, null=True, on_delete="SET NULL")

    class Meta:
        table_name = "invoice_line"


class InvoiceTax(BaseModel):
    invoice = ForeignKeyField(Invoice, backref="taxes", on_delete="CASCADE")
    position = IntegerField(default=0)
    name = CharField()  # "PPN 11%", "PPh 23"
    rate_bps = IntegerField()
    withheld = BooleanField(default=False)  # a deduction the client pays to the tax office
    amount_minor = IntegerField()

    class Meta:
        table_name = "invoice_tax"


class InvoicedTime(BaseModel):
    """A time entry billed on an invoice's line: on an invoice that is not void, it is not billed again."""

    time_entry = ForeignKeyField(TimeEntry, on_delete="CASCADE", index=False)  # the pair's index leads with it
    line = ForeignKeyField(InvoiceLine, on_delete="CASCADE")

    class Meta:
        table_name = "invoiced_time"
        indexes = ((("time_entry", "line"), True),)


class InvoicePayment(BaseModel):
    """A payment recorded against an invoice (one payment per contract the invoice bills)."""

    invoice = ForeignKeyField(Invoice, backref="payments", on_delete="CASCADE")
    payment = ForeignKeyField(Payment, on_delete="CASCADE", unique=True)

    class Meta:
        table_name = "invoice_payment"


class DailyTime(BaseModel):
    """Tracked seconds per local day and contract, kept exact by SQL triggers.

    Every insert, update and delete on ``time_entry`` adjusts this table inside
    the same statement, whoever writes (the app, an import, a bulk load), so
    monthly hour totals never need to read the entries themselves.
    """

    day = CharField(max_length=10)  # YYYY-MM-DD in the zone the entry was recorded in
    contract = ForeignKeyField(Contract, on_delete="CASCADE")
    seconds = IntegerField(default=0)
    billable_seconds = IntegerField(default=0)
    entries = IntegerField(default=0)
    billable_entries = IntegerField(default=0)

    class Meta:
        primary_key = False
        indexes = ((("day", "contract"), True),)


ALL_MODELS = [
    Setting,
    Platform,
    Client,
    Contract,
    Milestone,
    TimeEntry,
    Payment,
    ImportMapping,
    ConnectsPurchase,
    ConnectsGrant,
    Proposal,
    ServiceTemplate,
    Invoice,
    InvoiceLine,
    InvoiceTax,
    InvoicedTime,
    InvoicePayment,
    DailyTime,
]
