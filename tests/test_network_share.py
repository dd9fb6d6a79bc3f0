"""A `.briefing` on a network file system (reference.md §5): SQLite's WAL cannot be shared
between computers there, so the file opens read-only with a notice naming the team server,
and no new briefing is made there. The mount table is injected (tests run on local disks)."""
import pytest

from briefing.store import location
from briefing.workspace import BriefingFileError, ReadOnlyError, Workspace, create_from_seed
from briefing.workspace.locations import seed_package_path
from cli_support import run


def mount_table(tmp_path, *mounts: tuple[str, str]) -> str:
    """A /proc/self/mountinfo text: the root on ext4, then each (mount point, type)."""
    lines = ["22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw"]
    for n, (point, kind) in enumerate(mounts, 30):
        escaped = point.replace("\\", "\\134").replace(" ", "\\040")
        lines.append(f"{n} 22 0:{n} / {escaped} rw,relatime - {kind} server:/export rw")
    path = tmp_path / "mountinfo"
    path.write_text("\n".join(lines) + "\n")
    return path


def test_the_file_system_is_that_of_the_innermost_mount(tmp_path):
    share = tmp_path / "team share"
    local = share / "local"
    local.mkdir(parents=True)
    table = mount_table(tmp_path, (str(share), "nfs4"), (str(local), "ext4"))
    assert location.file_system(share / "x.briefing", table) == "nfs4"
    assert location.file_system(local / "x.briefing", table) == "ext4"
    assert location.file_system(tmp_path / "team" / "x.briefing", table) == "ext4"
    assert location.file_system(tmp_path / "x", tmp_path / "missing") is None


@pytest.fixture
def share(tmp_path, monkeypatch):
    """A folder mounted from an SMB server, holding kursk.briefing (put there before)."""
    folder = tmp_path / "share"
    folder.mkdir()
    create_from_seed(folder / "kursk.briefing")
    monkeypatch.setattr(location, "MOUNTINFO", mount_table(tmp_path, (str(folder), "cifs")))
    return folder


def notice(path) -> str:
    return (f"it is on a network file system (SMB/CIFS), where SQLite cannot share a file "
            f"safely between computers; to share a briefing, put it on a team server "
            f"(briefing copy {path.name} postgresql://host/dbname)")


def test_a_briefing_on_a_share_opens_read_only_naming_the_team_server(share, capsys):
    path = share / "kursk.briefing"
    ws = Workspace.open(path)
    try:
        assert ws.read_only and ws.read_only_reason == notice(path)
        assert len(ws.claims()) == 11
        with pytest.raises(ReadOnlyError, match="network file system"):
            ws.put(ws.get("claim", "nis-killed").changed(value=1))
    finally:
        ws.close()
    status, out, err = run(capsys, "import", seed_package_path(), "--db", path)
    assert (status, out) == (1, "")
    assert err == f"{path}: {notice(path)}; changes are not allowed\n"


def test_no_new_briefing_is_made_on_a_share(share):
    path = share / "new.briefing"
    with pytest.raises(BriefingFileError) as info:
        Workspace.open(path)
    assert str(info.value) == f"{path}: cannot create a briefing here: {notice(path)}"
    assert not path.exists()
