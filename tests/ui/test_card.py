"""The one Card: the dashboard's big clickable figures and a contract's compact totals."""

from PySide6.QtCore import Qt

from freelance_desk.ui.widgets.card import Card


def test_a_card_shows_its_detail_and_opens_on_a_click(qtbot):
    card = Card("Tracked today")
    qtbot.addWidget(card)
    card.show()
    card.set("1:15", "This week 3:15", warn=True, tooltip="Since Monday")
    assert (card.title.text(), card.value.text(), card.detail.text()) == ("Tracked today", "1:15", "This week 3:15")
    assert card.detail.isVisible() and card.toolTip() == "Since Monday"
    assert card.value.styleSheet() == "color: #c62828;"
    card.set("0:00")
    assert card.detail.isHidden() and card.value.styleSheet() == ""
    with qtbot.waitSignal(card.activated, timeout=1000):
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton)


def test_a_compact_card_is_smaller_has_no_detail_and_opens_nothing(qtbot):
    card, big = Card("Milestones", clickable=False, compact=True), Card("Milestones")
    for widget in (card, big):
        qtbot.addWidget(widget)
        widget.show()
        widget.set("$225.00")
    assert card.detail.isHidden()
    assert card.sizeHint().height() < big.sizeHint().height()
    card.set("$225.00", warn=True)
    assert card.value.styleSheet() == "font-size: 15px; color: #c62828;"
    card.set("$300.00")
    assert card.value.styleSheet() == "font-size: 15px;"
    with qtbot.assertNotEmitted(card.activated):
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert card.focusPolicy() == Qt.FocusPolicy.NoFocus
