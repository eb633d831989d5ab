"""The statuses and kinds the app knows, named once.

Each is a ``StrEnum``: a member *is* the string stored in the database
(``ContractStatus.ACTIVE == "active"``), so rows read back as plain text compare
equal to members. Labels are marked for translation (context ``services``);
the UI translates them. The groups below (open, in review, ...) are the only
place a set of statuses is spelled out.
"""

from __future__ import annotations

from enum import StrEnum

from freelance_desk.core.i18n import QT_TRANSLATE_NOOP


class ContractKind(StrEnum):
    FIXED = "fixed"
    HOURLY = "hourly"


class ContractStatus(StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    PAUSED = "paused"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class MilestoneStatus(StrEnum):
    """In lifecycle order."""

    PLANNED = "planned"
    ACTIVE = "active"
    SUBMITTED = "submitted"
    CHANGES_REQUESTED = "changes_requested"
    APPROVED = "approved"
    PAID = "paid"
    CANCELLED = "cancelled"


class TimeSource(StrEnum):
    """Where a time entry came from."""

    TIMER = "timer"
    MANUAL = "manual"
    IMPORT = "import"


class ProposalStatus(StrEnum):
    SENT = "sent"
    VIEWED = "viewed"
    INTERVIEWING = "interviewing"
    HIRED = "hired"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"
    NO_RESPONSE = "no_response"


class ConnectsGrantKind(StrEnum):
    """Connects that came without a purchase (schema step 7)."""

    OPENING = "opening"  # the balance held at the start of a day: what went before it no longer counts
    MONTHLY = "monthly"  # given on the first of every month from its month on (until a later monthly row)
    ADJUST = "adjust"  # a one-off change: a bonus, a correction (may be negative)


class PaymentKind(StrEnum):
    MILESTONE = "milestone"
    HOURLY = "hourly"
    BONUS = "bonus"
    OTHER = "other"


class InvoiceStatus(StrEnum):
    """What an invoice's row stores. Paid and partly paid are read from its payments, never stored."""

    DRAFT = "draft"
    SENT = "sent"
    VOID = "void"


class InvoiceState(StrEnum):
    """What an invoice shows: its stored status, or for a sent one, how much of it was paid."""

    DRAFT = "draft"
    SENT = "sent"
    PARTLY_PAID = "partly_paid"
    PAID = "paid"
    VOID = "void"


class InvoiceGrouping(StrEnum):
    """How an hourly contract's entries become an invoice's lines."""

    BY_DAY = "day"
    BY_NOTE = "note"


class WeekStart(StrEnum):
    """When a week begins (the ``week_start`` setting)."""

    MONDAY_UTC = "monday_utc"  # how Upwork bills
    MONDAY_LOCAL = "monday_local"
    SUNDAY_LOCAL = "sunday_local"


class TaxScheme(StrEnum):
    """How a share of income is put aside for tax (the ``tax_scheme`` setting; ``services/money/tax.py``)."""

    OFF = "off"
    PP55 = "pp55_2022"  # Indonesia's final tax on an individual's turnover (PP 55/2022)
    CUSTOM = "custom"  # the user's own rate and yearly exempt turnover


class MilestoneAction(StrEnum):
    """A step of the milestone lifecycle."""

    START = "start"
    SUBMIT = "submit"
    REQUEST_CHANGES = "request_changes"
    APPROVE = "approve"
    PAY = "pay"
    CANCEL = "cancel"


class BoardFilter(StrEnum):
    """The milestone board's filters, in the order the page offers them (remembered by value)."""

    ALL_OPEN = "open"
    DUE_THIS_WEEK = "week"
    OVERDUE = "overdue"
    REVIEW = "review"
    APPROVED_UNPAID = "approved"
    PAID = "paid"


# --- groups -------------------------------------------------------------------

C, M, P = ContractStatus, MilestoneStatus, ProposalStatus

# A contract still running (or about to), and one that is over.
OPEN_CONTRACT_STATUSES = (C.DRAFT, C.ACTIVE, C.PAUSED)
CLOSED_CONTRACT_STATUSES = (C.COMPLETED, C.CANCELLED)

# Still to be delivered or approved: what "due" and "overdue" are about.
OPEN_MILESTONE_STATUSES = (M.PLANNED, M.ACTIVE, M.SUBMITTED, M.CHANGES_REQUESTED)
# Work the freelancer still has to do (not waiting on the client).
TO_DO_MILESTONE_STATUSES = (M.PLANNED, M.ACTIVE, M.CHANGES_REQUESTED)
# With the client: submitted, or sent back with changes.
IN_REVIEW_MILESTONE_STATUSES = (M.SUBMITTED, M.CHANGES_REQUESTED)
# Funded on the platform and not approved yet: money expected.
FUNDED_MILESTONE_STATUSES = (M.ACTIVE, M.SUBMITTED, M.CHANGES_REQUESTED)
# Handed over to the client.
DELIVERED_MILESTONE_STATUSES = (M.SUBMITTED, M.APPROVED, M.PAID)

# Still waiting for the client's answer.
OPEN_PROPOSAL_STATUSES = (P.SENT, P.VIEWED, P.INTERVIEWING)
# The client answered.
ANSWERED_PROPOSAL_STATUSES = (P.VIEWED, P.INTERVIEWING, P.HIRED, P.DECLINED)
# No answer (or the freelancer gave up waiting): no answer date.
UNANSWERED_PROPOSAL_STATUSES = (P.SENT, P.NO_RESPONSE, P.WITHDRAWN)

del C, M, P

# --- labels (translated by the UI in the "services" context) --------------------

CONTRACT_KIND_LABELS = {
    ContractKind.FIXED: QT_TRANSLATE_NOOP("services", "Fixed price"),
    ContractKind.HOURLY: QT_TRANSLATE_NOOP("services", "Hourly"),
}

CONTRACT_STATUS_LABELS = {
    ContractStatus.DRAFT: QT_TRANSLATE_NOOP("services", "Draft"),
    ContractStatus.ACTIVE: QT_TRANSLATE_NOOP("services", "Active"),
    ContractStatus.PAUSED: QT_TRANSLATE_NOOP("services", "Paused"),
    ContractStatus.COMPLETED: QT_TRANSLATE_NOOP("services", "Completed"),
    ContractStatus.CANCELLED: QT_TRANSLATE_NOOP("services", "Cancelled"),
}

MILESTONE_STATUS_LABELS = {
    MilestoneStatus.PLANNED: QT_TRANSLATE_NOOP("services", "Planned"),
    MilestoneStatus.ACTIVE: QT_TRANSLATE_NOOP("services", "Active (funded)"),
    MilestoneStatus.SUBMITTED: QT_TRANSLATE_NOOP("services", "Submitted"),
    MilestoneStatus.CHANGES_REQUESTED: QT_TRANSLATE_NOOP("services", "Changes requested"),
    MilestoneStatus.APPROVED: QT_TRANSLATE_NOOP("services", "Approved"),
    MilestoneStatus.PAID: QT_TRANSLATE_NOOP("services", "Paid"),
    MilestoneStatus.CANCELLED: QT_TRANSLATE_NOOP("services", "Cancelled"),
}

INVOICE_STATE_LABELS = {
    InvoiceState.DRAFT: QT_TRANSLATE_NOOP("services", "Draft"),
    InvoiceState.SENT: QT_TRANSLATE_NOOP("services", "Sent"),
    InvoiceState.PARTLY_PAID: QT_TRANSLATE_NOOP("services", "Partly paid"),
    InvoiceState.PAID: QT_TRANSLATE_NOOP("services", "Paid"),
    InvoiceState.VOID: QT_TRANSLATE_NOOP("services", "Void"),
}

PROPOSAL_STATUS_LABELS = {
    ProposalStatus.SENT: QT_TRANSLATE_NOOP("services", "Sent"),
    ProposalStatus.VIEWED: QT_TRANSLATE_NOOP("services", "Viewed"),
    ProposalStatus.INTERVIEWING: QT_TRANSLATE_NOOP("services", "Interviewing"),
    ProposalStatus.HIRED: QT_TRANSLATE_NOOP("services", "Hired"),
    ProposalStatus.DECLINED: QT_TRANSLATE_NOOP("services", "Declined"),
    ProposalStatus.WITHDRAWN: QT_TRANSLATE_NOOP("services", "Withdrawn"),
    ProposalStatus.NO_RESPONSE: QT_TRANSLATE_NOOP("services", "No response"),
}

TAX_SCHEME_LABELS = {
    TaxScheme.OFF: QT_TRANSLATE_NOOP("services", "Off"),
    TaxScheme.PP55: QT_TRANSLATE_NOOP("services", "PP 55/2022 final tax (Indonesia)"),
    TaxScheme.CUSTOM: QT_TRANSLATE_NOOP("services", "My own rate"),
}
