"""Several analysts writing one server briefing at once (reference.md §5): two edits of one
claim against the same revision — one wins, the other is refused as stale, nothing lost;
a thousand small edits from four processes — every acknowledged one is there and the audit
holds each, in a history without gaps."""
import json
import subprocess
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path

import pytest

from briefing.workspace import StaleEditError, Workspace
from sql_support import rows

WORKER = Path(__file__).with_name("edit_worker.py")
REPO = Path(__file__).resolve().parents[2]
CLAIM = "nis-killed"


def test_two_edits_of_one_claim_at_once_one_wins_the_other_is_stale(pg_server):
    uri = pg_server.new(seeded=True)
    analysts = [Workspace.open(uri, watch=False) for _ in range(2)]
    try:
        for round_ in range(10):
            claim = analysts[0].get("claim", CLAIM)
            rev = analysts[0].revision("claim", CLAIM)
            gate, outcome = threading.Barrier(2), {}

            def edit(i: int) -> None:
                mine = claim.changed(value=float(1000 * (i + 1) + round_))
                gate.wait()
                try:
                    analysts[i].apply([("claim", CLAIM, mine)], expected={("claim", CLAIM): rev})
                    outcome[i] = "saved"
                except StaleEditError:
                    outcome[i] = "stale"
            threads = [threading.Thread(target=edit, args=(i,)) for i in range(2)]
            for t in threads:
                t.start()
            for t in threads:
                t.join(30)
            assert sorted(outcome.values()) == ["saved", "stale"], round_
            winner = next(i for i, o in outcome.items() if o == "saved")
            value = float(1000 * (winner + 1) + round_)
            assert analysts[1 - winner].get("claim", CLAIM).value == value
            last = analysts[0].history("claim", CLAIM)[-1]
            assert (last.field, last.old, last.new) == ("value", claim.value, value)
            assert analysts[0].revision("claim", CLAIM) == rev + 1
    finally:
        for ws in analysts:
            ws.close()


def test_a_thousand_small_edits_from_four_processes_are_all_kept(pg_server):
    uri = pg_server.new(seeded=True)
    before = Workspace.open(uri, watch=False)
    audit_before = before.store.fingerprint()[0]
    before.close()
    start = time.time() + 3.0   # all four connected and waiting by then
    workers = [subprocess.Popen([sys.executable, str(WORKER), uri, f"p{i}", "250", str(start)],
                                cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True) for i in range(4)]
    reports = [w.communicate(timeout=300) for w in workers]
    for w, (_, err) in zip(workers, reports):
        assert w.returncode == 0, err
    lines = [line.split(" ", 2) for out, _ in reports for line in out.splitlines()]
    refused = [" ".join(line) for line in lines if line[0] == "refused"]
    assert refused == []                       # every edit went through, retried if need be
    notes = [(claim, token) for kind, claim, token in (l for l in lines if l[0] == "note")]
    added = [line[1] for line in lines if line[0] == "new"]
    assert len(notes) + len(added) == 1000

    ws = Workspace.open(uri, watch=False)
    try:
        audit = rows(ws.store, "SELECT id, action, entity_id, field, old, new FROM audit "
                               "WHERE entity = 'claim' ORDER BY id")
        assert ws.store.fingerprint()[0] - audit_before == len(notes) + len(added)
        updates = defaultdict(list)
        for _, action, claim_id, field, old, new in audit:
            if action == "update" and field == "note":
                updates[claim_id].append((json.loads(old) if old else None, json.loads(new)))
        audited = {(c, new) for c, history in updates.items() for _, new in history}
        assert audited == set(notes)           # each acknowledged edit, once
        assert sum(map(len, updates.values())) == len(notes)
        for claim_id, history in updates.items():
            for (_, earlier), (later_old, _) in zip(history, history[1:]):
                assert later_old == earlier    # no edit overwrote one it had not seen
            assert ws.get("claim", claim_id).note == history[-1][1]
        ids = set(ws.store.ids("claim"))
        assert set(added) <= ids and len(set(added)) == len(added)
        inserted = {r[2] for r in audit if r[1] == "insert"}
        assert set(added) <= inserted
    finally:
        ws.close()
