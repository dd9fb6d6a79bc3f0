"""Running `briefing` in-process as a test: (exit status, stdout, stderr)."""
from briefing.cli import main


def run(capsys, *argv) -> tuple[int, str, str]:
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err
