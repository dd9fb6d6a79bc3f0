"""A victim for the crash tests: edits one claim's value forever, acknowledging each commit.

    python crash_worker.py edit DB CLAIM_ID

Each edit is a ledger-style `Workspace.put` (read the claim, change its value, write it in
one audited transaction); the new value is printed and flushed only after `put` returns, so
every printed value is an acknowledged write.
"""
import sys
from pathlib import Path

from briefing.workspace import Workspace


def main(argv: list[str]) -> int:
    mode, db, claim_id = argv
    assert mode == "edit"
    ws = Workspace.open(Path(db), create=False)
    value = int(ws.get("claim", claim_id).value)
    while True:
        value += 1
        claim = ws.get("claim", claim_id)
        ws.put(claim.changed(value=float(value)), expected_rev=ws.revision("claim", claim_id))
        sys.stdout.write(f"{value}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
