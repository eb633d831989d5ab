"""Every text marked for translation below the widgets reaches the Indonesian translation file."""

from __future__ import annotations

import ast
import html
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "freelance_desk_id.ts"


def _marked_texts():
    for path in sorted((ROOT / "freelance_desk").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Name) and node.value.id == "QT_TRANSLATE_NOOP":
                yield path, node.lineno, None  # an alias: the translation tool reads the name only
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "QT_TRANSLATE_NOOP"
                    and len(node.args) >= 2 and all(isinstance(a, ast.Constant) for a in node.args[:2])):
                yield path, node.lineno, (node.args[0].value, node.args[1].value)


def test_every_marked_service_text_is_in_the_translation_file():
    ts = TS.read_text(encoding="utf-8")
    sources = {}
    for context in re.findall(r"<context>(.*?)</context>", ts, re.S):
        name = html.unescape(re.search(r"<name>(.*?)</name>", context).group(1))
        for message in re.findall(r"<message[^>]*>(.*?)</message>", context, re.S):
            source = html.unescape(re.search(r"<source>(.*?)</source>", message, re.S).group(1))
            finished = 'type="unfinished"' not in message
            sources[(name, source)] = finished
    missing = []
    for path, line, text in _marked_texts():
        where = f"{path.relative_to(ROOT)}:{line}"
        if text is None:
            missing.append(f"{where}: QT_TRANSLATE_NOOP under another name")
        elif not sources.get(text):
            missing.append(f"{where}: {text[1]!r} not translated")
    assert not missing, "\n".join(missing)


def test_no_text_is_filed_under_no_context():
    """A module-level ``tr()`` wrapper makes the translation tool file its texts under an empty context,
    which nothing asks for at run time: those texts would stay English. Every text has its context."""
    ts = TS.read_text(encoding="utf-8")
    empty = [re.findall(r"<source>(.*?)</source>", context, re.S)
             for context in re.findall(r"<context>(.*?)</context>", ts, re.S)
             if re.search(r"<name>\s*</name>", context)]
    assert not empty, f"texts with no context (call QCoreApplication.translate(context, text)): {empty}"
    wrappers = [f"{path.relative_to(ROOT)}:{node.lineno}"
                for path in sorted((ROOT / "freelance_desk").rglob("*.py"))
                for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                if isinstance(node, ast.FunctionDef) and node.name == "tr" and not node.args.args[:1] == []
                and node.args.args[0].arg != "self"]
    assert not wrappers, f"tr() defined outside a class: {wrappers}"
