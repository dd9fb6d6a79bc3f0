"""`briefing sync export|import|conflicts` end to end (reference.md §6), and the refusals:
another briefing's bundle, a damaged, truncated or altered one, one from a newer program —
each one line, exit 2, nothing applied."""
import csv
import gzip
import hashlib
import json
from pathlib import Path

import pytest

from briefing.cli import main

CLAIM = "isw-contingent"


def run(capsys, *argv) -> tuple[int, str, str]:
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


def ok(capsys, *argv) -> str:
    status, out, err = run(capsys, *argv)
    assert status == 0, err
    return out


def change_csv(capsys, db: Path, target: Path, value: int, add: str | None = None) -> Path:
    """A CSV holding one claim with a new value (and, with `add`, a new claim)."""
    every = target.with_name(f"all-{target.name}")
    ok(capsys, "export", every, "--db", db)
    with every.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    row = next(r for r in rows if r["id"] == CLAIM)
    picked = [dict(row, value=str(value))]
    if add:
        picked.append(dict(row, id=add, value="77", quote="An added claim."))
    with target.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(picked)
    return target


@pytest.fixture
def two_copies(capsys, tmp_path, seed_path):
    """Two files made from one export of a briefing."""
    origin = tmp_path / "origin.briefing"
    ok(capsys, "import", seed_path, "--db", origin)
    ok(capsys, "export", tmp_path / "one.json", "--db", origin)
    a, b = tmp_path / "a.briefing", tmp_path / "b.briefing"
    for db in (a, b):
        ok(capsys, "import", tmp_path / "one.json", "--db", db)
    return a, b


def test_two_copies_exchange_bundles_and_keep_the_conflict(capsys, tmp_path, two_copies):
    a, b = two_copies
    ok(capsys, "import", change_csv(capsys, a, tmp_path / "a.csv", 12500, add="c-added"),
       "--db", a)
    ok(capsys, "import", change_csv(capsys, b, tmp_path / "b.csv", 9000), "--db", b)
    assert "wrote" in ok(capsys, "sync", "export", tmp_path / "a.bundle", "--db", a)
    ok(capsys, "sync", "export", tmp_path / "b.bundle", "--db", b)
    into_b = ok(capsys, "sync", "import", tmp_path / "a.bundle", "--db", b)
    into_a = ok(capsys, "sync", "import", tmp_path / "b.bundle", "--db", a)
    assert "1 conflicting" in into_b and "1 merge conflict to resolve" in into_a
    for db in (a, b):
        ok(capsys, "export", tmp_path / f"{db.stem}.json", "--db", db)
    exported = [json.loads((tmp_path / f"{n}.json").read_text("utf-8")) for n in "ab"]
    assert exported[0] == exported[1]
    assert "c-added" in {c["id"] for c in exported[0]["claims"]}
    for db in (a, b):
        listed = json.loads(ok(capsys, "sync", "conflicts", "--json", "--db", db))
        [found] = listed["conflicts"]
        assert (found["entity"], found["id"], found["field"]) == ("claim", CLAIM, "value")
        assert sorted(v["value"] for v in found["values"]) == [9000, 12500]
        assert all(v["who"] == "tester" for v in found["values"])
    text = ok(capsys, "sync", "conflicts", "--db", a)
    assert text.startswith(f"claim {CLAIM} value: ") and "9000 (tester, " in text
    again = ok(capsys, "sync", "import", tmp_path / "b.bundle", "--db", a)
    assert "0 changes applied" in again


# ---- refusals ---------------------------------------------------------------------------

def _state(capsys, db: Path, tmp_path: Path) -> tuple[str, str]:
    ok(capsys, "export", tmp_path / "state.json", "--db", db)
    return ((tmp_path / "state.json").read_text("utf-8"),
            ok(capsys, "sync", "conflicts", "--json", "--db", db))


def _rewritten(bundle: Path, edit) -> bytes:
    head, _, body = gzip.decompress(bundle.read_bytes()).partition(b"\n")
    header = json.loads(head)
    header, body = edit(header, body)
    return gzip.compress(json.dumps(header).encode() + b"\n" + body)


def _tampered(bundle: Path) -> bytes:
    return _rewritten(bundle, lambda h, body: (h, body.replace(b"12500", b"99999")))


def _newer(bundle: Path) -> bytes:
    return _rewritten(bundle, lambda h, body: (dict(h, version=2), body))


def _short_count(bundle: Path) -> bytes:
    def cut(h, body):
        body = b"".join(body.splitlines(keepends=True)[:-1])
        return dict(h, sha256=hashlib.sha256(body).hexdigest()), body
    return _rewritten(bundle, cut)


def _forged(bundle: Path) -> bytes:
    """Made by hand, its checksum computed again: a claim citing a source no copy has."""
    def forge(h, body):
        insert = next(json.loads(line) for line in body.splitlines()
                      if b'"insert","claim"' in line)
        claim = dict(insert[8], id="c-forged", source="nobody")
        line = ["f" * 32, 1, insert[2], "x", "insert", "claim", "c-forged", None, claim,
                None, [], 99]
        body += json.dumps(line).encode() + b"\n"
        return dict(h, operations=h["operations"] + 1,
                    sha256=hashlib.sha256(body).hexdigest()), body
    return _rewritten(bundle, forge)


def _flipped(bundle: Path) -> bytes:
    raw = bytearray(bundle.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    return bytes(raw)


BAD = {
    "truncated": (lambda p: p.read_bytes()[: len(p.read_bytes()) * 2 // 3],
                  "a damaged or truncated change bundle"),
    "damaged": (_flipped, "a damaged or truncated change bundle"),
    "altered": (_tampered, "its checksum does not match"),
    "operations missing": (_short_count, "a truncated change bundle"),
    "newer": (_newer, "made by a newer version of Briefing (bundle version 2; this program "
                      "reads 1)"),
    "not a bundle": (lambda p: b"hello", "not a change bundle"),
    "forged": (_forged, "claim c-forged: refers to unknown source 'nobody'; nothing was "
                        "applied"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_a_bad_bundle_is_refused_in_one_line_and_nothing_applied(capsys, tmp_path,
                                                                 two_copies, case):
    a, b = two_copies
    ok(capsys, "import", change_csv(capsys, a, tmp_path / "a.csv", 12500), "--db", a)
    ok(capsys, "sync", "export", tmp_path / "a.bundle", "--db", a)
    make, message = BAD[case]
    bad = tmp_path / "bad.bundle"
    bad.write_bytes(make(tmp_path / "a.bundle"))
    before = _state(capsys, b, tmp_path)
    status, out, err = run(capsys, "sync", "import", bad, "--db", b)
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith(f"{bad}: ") and message in err
    assert _state(capsys, b, tmp_path) == before


def test_a_bundle_of_another_briefing_is_refused(capsys, tmp_path, two_copies, seed_path):
    a, _ = two_copies
    other = tmp_path / "other.briefing"
    ok(capsys, "import", seed_path, "--db", other)       # the same seed, another briefing
    ok(capsys, "sync", "export", tmp_path / "other.bundle", "--db", other)
    before = _state(capsys, a, tmp_path)
    status, _, err = run(capsys, "sync", "import", tmp_path / "other.bundle", "--db", a)
    assert status == 2 and err.count("\n") == 1
    assert "a bundle of another briefing" in err and "nothing was applied" in err
    assert _state(capsys, a, tmp_path) == before
