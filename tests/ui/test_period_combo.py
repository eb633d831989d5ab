"""The period picker: its named periods, and the week start asked for only when a week is chosen."""

from datetime import date

from freelance_desk.core.calendar import Period
from freelance_desk.ui.widgets.period_combo import PeriodCombo

TUESDAY = date(2026, 3, 10)


def test_the_week_start_is_asked_for_only_when_a_week_is_chosen(qapp):
    combo = PeriodCombo((Period.ALL, Period.THIS_WEEK, Period.LAST_WEEK, Period.LAST_14_DAYS, Period.THIS_MONTH,
                         Period.CUSTOM))
    asked = []

    def week_start() -> str:
        asked.append(combo.period())
        return "sunday_local"

    bounds = {}
    for index in range(combo.count()):
        combo.setCurrentIndex(index)
        bounds[combo.period()] = combo.bounds(TUESDAY, week_start)
    assert asked == [Period.THIS_WEEK, Period.LAST_WEEK]
    assert bounds == {
        Period.ALL: None,
        Period.THIS_WEEK: (date(2026, 3, 8), date(2026, 3, 14)),  # Sunday weeks
        Period.LAST_WEEK: (date(2026, 3, 1), date(2026, 3, 7)),
        Period.LAST_14_DAYS: (date(2026, 2, 25), TUESDAY),
        Period.THIS_MONTH: (date(2026, 3, 1), date(2026, 3, 31)),
        Period.CUSTOM: None,
    }
