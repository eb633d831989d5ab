"""The desktop's menu: --install-desktop puts the entry, its metadata and its icons where Linux desktops look."""

from __future__ import annotations

import configparser
import os
import shlex
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from freelance_desk import __version__, desktop
from freelance_desk.paths import resource

ROOT = Path(__file__).resolve().parent.parent
SIZES = (16, 32, 48, 64, 128, 256, 512)


def run_install(data_home: Path, *flags: str) -> subprocess.CompletedProcess:
    """The real command line, with a temporary XDG_DATA_HOME; fails if it imports Qt."""
    script = ("import sys\nfrom freelance_desk.app import main\ncode = main(sys.argv[1:])\n"
              "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'\nsys.exit(code)")
    env = dict(os.environ, XDG_DATA_HOME=str(data_home), PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-c", script, *flags], capture_output=True, text=True, timeout=60,
                          env=env, check=False)


def entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


@pytest.mark.slow
def test_install_desktop_puts_entry_metainfo_and_icons_in_the_users_data_folder(tmp_path):
    home = tmp_path / "share"
    result = run_install(home, "--install-desktop")
    assert result.returncode == 0, result.stderr
    installed = entry(home / "applications" / "freelance-desk.desktop")
    assert installed["Icon"] == "freelance-desk" and "Office" in installed["Categories"].split(";")
    command = shlex.split(installed["Exec"])
    assert Path(command[0]).exists()  # this copy of the app: the script beside this Python, or Python itself
    assert (home / "metainfo" / desktop.METAINFO_FILE).read_bytes() == resource(desktop.METAINFO_FILE).read_bytes()
    for size in SIZES:
        png = home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "freelance-desk.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", png
    assert (home / "icons" / "hicolor" / "scalable" / "apps" / "freelance-desk.svg").exists()
    assert str(home / "applications" / "freelance-desk.desktop") in result.stdout

    result = run_install(home, "--uninstall-desktop")
    assert result.returncode == 0, result.stderr
    assert not any(path.exists() for path in desktop.targets(home))


def test_the_entry_starts_this_copy_even_from_a_folder_with_spaces(tmp_path):
    written = desktop.install(tmp_path, exec_command=desktop.exec_argument("/opt/My Apps/freelance-desk"))
    assert entry(written[0])["Exec"] == '"/opt/My Apps/freelance-desk"'
    assert desktop.exec_argument("/opt/a$b/100%") == '"/opt/a\\\\$b/100%%"'
    assert desktop.exec_argument("/usr/bin/freelance-desk") == "/usr/bin/freelance-desk"


def test_the_shipped_entry_and_metainfo_agree_with_each_other_and_the_app():
    shipped = entry(resource(desktop.DESKTOP_FILE))
    assert shipped["Exec"] == "freelance-desk" and shipped["Icon"] == desktop.ICON_NAME
    assert {"Office", "ProjectManagement"} <= set(shipped["Categories"].split(";"))
    assert shipped["Name"] == "Freelance Desk" and "Comment[id]" in shipped
    meta = ET.parse(resource(desktop.METAINFO_FILE)).getroot()
    assert meta.findtext("launchable") == desktop.DESKTOP_FILE
    assert meta.findtext("icon") == desktop.ICON_NAME
    assert meta.find("releases/release").get("version") == __version__  # the newest release is this version


@pytest.mark.parametrize("tool, args, name", [
    ("desktop-file-validate", (), desktop.DESKTOP_FILE),
    ("appstreamcli", ("validate", "--no-net"), desktop.METAINFO_FILE),
])
def test_the_shipped_files_pass_the_desktops_own_validators(tool, args, name):
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed (apt-get install desktop-file-utils appstream)")
    result = subprocess.run([tool, *args, str(resource(name))], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
