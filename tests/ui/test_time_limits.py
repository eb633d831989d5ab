"""Weekly limits as the Time page and the timer bar show them: the same minutes everywhere, warnings in time."""

from datetime import UTC, datetime, timedelta

import pytest

from freelance_desk.services.time import tracking as tt
from freelance_desk.ui.models.time_columns import Column
from tests.ui.helpers import T0, add

pytestmark = pytest.mark.clock(T0)  # Wednesday 11 March 2026, 09:00 UTC


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=UTC)


def week_row_total(page) -> str:
    return page.model.data(page.model.index(0, Column.DURATION))


def bar_text(page, contract_id) -> str:
    return page.limits.bars[contract_id].text()


def test_the_week_total_and_the_limit_bar_show_the_same_minutes_while_the_timer_runs(page, ctx, clock, contracts):
    hourly, _ = contracts  # 10 h a week
    add(hourly, at(9, 8), 11 * 60 + 59)  # Monday: 11:59
    tt.start_timer(hourly, T0 - timedelta(seconds=50), "UTC")
    ctx.notify("time")
    assert week_row_total(page) == "11:59" and bar_text(page, hourly).startswith("11:59 of 10:00")
    clock.advance(seconds=20)  # 12:00:10 tracked; the page has not ticked yet
    page.table.viewport().repaint()
    assert bar_text(page, hourly).startswith(week_row_total(page) + " of ")  # never 12:00 beside 11:59
    page.ticker.timeout.emit()  # the page's tick
    assert week_row_total(page) == "12:00" and bar_text(page, hourly).startswith("12:00 of 10:00")
    assert page.total_label.text() == "Total shown: 12:00 h"
