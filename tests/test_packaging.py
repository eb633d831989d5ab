"""Installing prints only the setup's own progress lines: no deprecation walls from the build backend."""

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_licence_is_an_spdx_expression_that_the_required_setuptools_reads():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    # A table ({ text = ... }) makes setuptools ≥ 77 print a deprecation notice on every install.
    assert project["project"]["license"] == "MIT"
    floor = next(r for r in project["build-system"]["requires"] if r.startswith("setuptools"))
    assert int(re.search(r">=\s*(\d+)", floor).group(1)) >= 77  # the first to take an SPDX string


def test_the_setup_installs_quietly_except_for_errors():
    script = (ROOT / "scripts" / "setup.sh").read_text(encoding="utf-8")
    installs = [line for line in script.splitlines() if "pip install" in line and not line.lstrip().startswith("#")]
    assert installs
    for line in installs:  # -qq leaves pip's errors; its warnings and the build backend's notes go
        assert " -qq " in line or ">/dev/null 2>&1" in line, line
