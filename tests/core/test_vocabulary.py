"""The vocabulary is what the database stores: every member fits its column and reads back equal."""

from datetime import UTC, datetime

import pytest

from freelance_desk.core import vocabulary as v
from freelance_desk.db import models as m

COLUMNS = [
    (v.ContractKind, m.Contract.kind),
    (v.ContractKind, m.ServiceTemplate.kind),
    (v.ContractStatus, m.Contract.status),
    (v.MilestoneStatus, m.Milestone.status),
    (v.TimeSource, m.TimeEntry.source),
    (v.PaymentKind, m.Payment.kind),
    (v.ProposalStatus, m.Proposal.status),
]


@pytest.mark.parametrize(("enum", "column"), COLUMNS, ids=lambda x: getattr(x, "__name__", getattr(x, "name", "")))
def test_every_member_fits_its_column(enum, column):
    assert all(len(member) <= column.max_length for member in enum)


def test_a_stored_status_reads_back_as_the_member(database):
    client = m.Client.create(name="Acme", created_at=datetime(2026, 3, 1, tzinfo=UTC))
    contract = m.Contract.create(client=client, title="Site", status=v.ContractStatus.PAUSED,
                                 created_at=datetime(2026, 3, 1, tzinfo=UTC))
    raw = database.execute_sql("SELECT status, kind FROM contract WHERE id = ?", (contract.id,)).fetchone()
    assert raw == ("paused", "fixed")  # plain text in the file, as before the enums
    again = m.Contract.get_by_id(contract.id)
    assert again.status == v.ContractStatus.PAUSED and again.status in v.OPEN_CONTRACT_STATUSES


def test_groups_hold_members_of_their_own_enum():
    assert set(v.OPEN_CONTRACT_STATUSES) | set(v.CLOSED_CONTRACT_STATUSES) == set(v.ContractStatus)
    assert not set(v.OPEN_CONTRACT_STATUSES) & set(v.CLOSED_CONTRACT_STATUSES)
    assert set(v.OPEN_MILESTONE_STATUSES) == set(v.TO_DO_MILESTONE_STATUSES) | set(v.IN_REVIEW_MILESTONE_STATUSES)
    assert set(v.MILESTONE_STATUS_LABELS) == set(v.MilestoneStatus)
    assert set(v.CONTRACT_STATUS_LABELS) == set(v.ContractStatus)
    assert set(v.PROPOSAL_STATUS_LABELS) == set(v.ProposalStatus)
    assert set(v.ANSWERED_PROPOSAL_STATUSES).isdisjoint(v.UNANSWERED_PROPOSAL_STATUSES)
