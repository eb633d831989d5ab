"""Translation markers usable below the widgets (no Qt import).

Services raise messages in English, marked with ``QT_TRANSLATE_NOOP`` so that
``pyside6-lupdate`` collects them under the ``services`` context; the UI
translates the template with ``QCoreApplication.translate("services", ...)``
and only then fills in the parameters.
"""

import re

CONTEXT = "services"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate looks for this name
    return text


_CONSONANT_Y = re.compile(r"([b-df-hj-np-tv-z])y\(s\)")


def english_plural(text: str, n: int) -> str:
    """A text with a count written as Qt's plural source ("%n day(s)") as English reads it.

    Qt fills in ``%n`` and a translation gives the language's own forms; English has no
    translation file, so the "(s)" left in the source becomes "" for one and "s" otherwise
    ("1 day", "2 days"; "entry(s)": "entries"). A translated text has no "(s)" and passes unchanged.
    """
    text = text.replace("%n", str(n))
    if n != 1:  # a consonant's "y": "entry(s)" are entries, "day(s)" are days
        text = _CONSONANT_Y.sub(r"\1ies", text)
    return text.replace("(s)", "" if n == 1 else "s")
