"""Translation markers usable below the widgets (no Qt import).

Services raise messages in English, marked with ``QT_TRANSLATE_NOOP`` so that
``pyside6-lupdate`` collects them under the ``services`` context; the UI
translates the template with ``QCoreApplication.translate("services", ...)``
and only then fills in the parameters.
"""

CONTEXT = "services"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate looks for this name
    return text

