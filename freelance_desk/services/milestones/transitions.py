"""The milestone lifecycle as a table: which step leads from which statuses to which.

Plain data (no database), so the lists that show a milestone's buttons can ask
what is allowed without importing the lifecycle's writes.
"""

from __future__ import annotations

from freelance_desk.core.vocabulary import (
    OPEN_MILESTONE_STATUSES,
    MilestoneAction,
    MilestoneStatus,
)

START, SUBMIT, REQUEST_CHANGES, APPROVE, PAY, CANCEL = MilestoneAction

# action → (statuses it may leave from, status it leads to, timestamp field)
TRANSITIONS: dict[str, tuple[tuple[str, ...], str, str]] = {
    START: ((MilestoneStatus.PLANNED,), MilestoneStatus.ACTIVE, "funded_at"),
    SUBMIT: ((MilestoneStatus.ACTIVE, MilestoneStatus.CHANGES_REQUESTED), MilestoneStatus.SUBMITTED, "submitted_at"),
    REQUEST_CHANGES: ((MilestoneStatus.SUBMITTED,), MilestoneStatus.CHANGES_REQUESTED, "changes_requested_at"),
    APPROVE: ((MilestoneStatus.SUBMITTED,), MilestoneStatus.APPROVED, "approved_at"),
    PAY: ((MilestoneStatus.APPROVED,), MilestoneStatus.PAID, "paid_at"),
    CANCEL: (OPEN_MILESTONE_STATUSES, MilestoneStatus.CANCELLED, "cancelled_at"),
}


def allowed_actions(status: str) -> list[str]:
    return [action for action, (sources, _, _) in TRANSITIONS.items() if status in sources]
