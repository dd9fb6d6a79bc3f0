"""The JSON package and the claims CSV (reference.md §3): exact round trips and located errors."""
import datetime as dt
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.domain import (CITABLE, Briefing, Claim, Document, Event, LossesStart,
                             Reinforcement, Scenario, Source,
                             claim_field_names)
from briefing.domain.model import visible
from briefing.domain.package import LISTS, Package
from briefing.domain.vocabulary import (CREDIBILITY, EVENT_CATEGORIES, METRICS, PRECISIONS,
                                        QUALIFIERS, RELIABILITY, SOURCE_KINDS)
from briefing.interchange import (InterchangeError, package_dict, read_claims_csv,
                                  read_package, write_claims_csv, write_package)
from briefing.interchange.errors import MAX_SHOWN
from briefing.workspace import Workspace
from briefing.workspace.transfer import export_data, import_file
from fixtures.malformed_inputs import cases, csv_text, good_row
from sql_support import rows


def exported_text(ws: Workspace, folder: Path, name: str = "out.json") -> str:
    path = folder / name
    export_data(ws, path)
    return path.read_text(encoding="utf-8")


# ---- the seed round trip ----------------------------------------------------------------

def test_seed_export_import_export_is_identical(seeded, tmp_path, seed_path):
    first = exported_text(seeded, tmp_path, "first.json")
    ident = f'  "briefing_id": "{seeded.store.briefing_id()}",\n'
    assert ident in first       # an export names its briefing (§6); the seed names none
    assert first.replace(ident, "") == seed_path.read_text(encoding="utf-8")
    again = Workspace.open(tmp_path / "again.briefing")
    try:
        import_file(again, tmp_path / "first.json")
        second = exported_text(again, tmp_path, "second.json")
    finally:
        again.close()
    assert second == first
    ids = [c["id"] for c in json.loads(second)["claims"]]
    assert ids == [c["id"] for c in json.loads(first)["claims"]]
    assert ids[:2] == ["sent-11000", "isw-contingent"]


def test_export_keeps_contract_key_order(seeded, tmp_path):
    data = json.loads(exported_text(seeded, tmp_path))
    assert list(data) == ["format", "version", "briefing_id", "briefing", "sources",
                          "documents", "claims", "events", "scenarios", "hypotheses", "ratings",
                          "assessments", "resolutions"]
    assert (data["format"], data["version"]) == ("briefing-package", 2)
    assert list(data["claims"][0]) == list(claim_field_names())
    assert list(data["sources"][0]) == ["id", "name", "kind", "country", "reliability"]
    assert list(data["events"][0]) == ["id", "date", "end_date", "date_precision", "title",
                                       "description", "category", "location", "claims",
                                       "sources"]


def test_reimporting_the_same_package_changes_nothing(seeded, tmp_path, seed_path):
    before = exported_text(seeded, tmp_path, "before.json")
    done = import_file(seeded, seed_path)
    assert not done.changes
    assert done.summary() == [f"{kind}: 0 added, 0 updated, {len(getattr(seeded, kind)())} "
                              "unchanged" for kind in LISTS if getattr(seeded, kind)()]
    assert exported_text(seeded, tmp_path, "after.json") == before


# ---- generated packages ----------------------------------------------------------------

SPECIAL_TEXT = ("Сырский", "국가정보원", 'He said "no", then left', "3,800 killed, or wounded",
                "line one\nline two", 'a "quoted, comma"\r\nand more', "Zelenskyy’s “pocket trash”",
                "tab\there", "=SUM(A1:A3)", "-minus", "'single'")
_CHARS = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
TEXT = st.one_of(st.sampled_from(SPECIAL_TEXT),
                 st.text(_CHARS, min_size=1, max_size=30).map(str.strip).filter(visible))
MAYBE_TEXT = st.none() | TEXT
IDS = st.from_regex(r"[a-z][a-z0-9-]{0,8}", fullmatch=True)
DATES = st.dates(dt.date(1950, 1, 1), dt.date(2080, 12, 31))
ISO = DATES.map(dt.date.isoformat)
AMOUNT = st.one_of(st.integers(0, 10 ** 9),
                   st.floats(0, 1e9, allow_nan=False, allow_infinity=False))


@st.composite
def quantities(draw) -> dict:
    shape = draw(st.sampled_from(["value", "value-range", "range", "fraction"]))
    if shape == "fraction":
        fraction = draw(st.floats(0, 1, exclude_min=True))
        return dict(fraction=fraction, fraction_of=draw(st.sampled_from(METRICS)))
    a, b, c = sorted(draw(st.lists(AMOUNT, min_size=3, max_size=3)))
    if shape == "value":
        return dict(value=b)
    if shape == "value-range":
        return dict(value=b, low=a, high=c)
    return dict(low=a, high=c)


@st.composite
def packages(draw) -> Package:
    source_ids = draw(st.lists(IDS, min_size=1, max_size=4, unique=True))
    sources = tuple(Source(id=i, name=draw(TEXT), kind=draw(st.sampled_from(SOURCE_KINDS)),
                           country=draw(st.none() | st.sampled_from(["KR", "UA", "US"])),
                           reliability=draw(st.sampled_from(tuple(RELIABILITY))))
                    for i in source_ids)
    doc_ids = draw(st.lists(IDS, max_size=3, unique=True))
    documents = tuple(Document(id=i, title=draw(TEXT), publisher=draw(MAYBE_TEXT),
                               published=draw(st.none() | ISO),
                               url=draw(st.none() | st.just("https://example.org/a?b=1,2")),
                               text=draw(MAYBE_TEXT))
                      for i in doc_ids)
    claim_ids = draw(st.lists(IDS, max_size=6, unique=True))

    def links(i: str) -> dict:
        """Version-2 links to the other claims: derived_from, and a fraction's base."""
        others = [c for c in claim_ids if c != i]
        if not others:
            return {}
        return dict(derived_from=tuple(draw(st.lists(st.sampled_from(others), unique=True,
                                                     max_size=2))),
                    base_claim=draw(st.none() | st.sampled_from(others)))

    def quantity_and_links(i: str) -> dict:
        q = draw(quantities())
        linked = links(i)
        if "fraction" not in q:
            linked.pop("base_claim", None)
        return {**q, **linked}

    claims = tuple(Claim(id=i, source=draw(st.sampled_from(source_ids)),
                         document=draw(st.none() | st.sampled_from(doc_ids)) if doc_ids else None,
                         subject=draw(TEXT), metric=draw(st.sampled_from(METRICS)),
                         as_of=draw(ISO), date_precision=draw(st.sampled_from(PRECISIONS)),
                         credibility=draw(st.sampled_from(tuple(CREDIBILITY))),
                         quote=draw(TEXT), note=draw(MAYBE_TEXT),
                         qualifier=draw(st.none() | st.sampled_from(QUALIFIERS)),
                         include_in_projection=draw(st.booleans()), **quantity_and_links(i))
                   for i in claim_ids)
    events = []
    for i in draw(st.lists(IDS, max_size=4, unique=True)):
        start = draw(DATES)
        end = draw(st.none() | st.integers(0, 400).map(lambda n: start + dt.timedelta(days=n)))
        events.append(Event(
            id=i, date=start.isoformat(), end_date=end and end.isoformat(), title=draw(TEXT),
            date_precision=draw(st.sampled_from(PRECISIONS)),
            category=draw(st.sampled_from(EVENT_CATEGORIES)), description=draw(MAYBE_TEXT),
            location=draw(MAYBE_TEXT),
            claims=tuple(draw(st.lists(st.sampled_from(claim_ids), unique=True)))
            if claim_ids else (),
            sources=tuple(draw(st.lists(st.sampled_from(source_ids), unique=True)))))
    scenarios = []
    for i in draw(st.lists(IDS, max_size=3, unique=True)):
        kind = draw(st.sampled_from(["linear", "fitted"]))
        linear = kind == "linear"
        strength, losses = draw(AMOUNT), draw(AMOUNT)
        rate = draw(st.floats(0.5, 500) if linear else st.none() | st.floats(0.5, 500))

        def around(value):  # a range holding its scenario's own value (the domain's rule)
            pair = st.lists(AMOUNT, min_size=2, max_size=2).map(sorted)
            if value is None:
                return draw(st.none() | pair.map(tuple))
            return draw(st.none() | pair.map(lambda p: (min(p[0], value), max(p[1], value))))
        scenarios.append(Scenario(
            id=i, name=draw(TEXT), kind=kind, initial_strength=strength,
            anchor_date=draw(ISO if linear else st.none() | ISO),
            anchor_losses=losses, daily_loss_rate=rate,
            reinforcements=tuple(_reinforcement(draw) for _ in range(draw(st.integers(0, 2)))),
            threshold=draw(AMOUNT), horizon_days=draw(st.integers(1, 36500)),
            initial_strength_range=around(strength),
            anchor_losses_range=around(losses if linear else None),
            daily_loss_rate_range=around(rate if linear else None),
            judgment_date=draw(st.none() | ISO), subject=draw(MAYBE_TEXT),
            description=draw(MAYBE_TEXT),
            cites=tuple((p, draw(st.sampled_from(claim_ids)))
                        for p in (CITABLE if linear else CITABLE[:1])
                        if claim_ids and draw(st.booleans())),
            assumptions=tuple(draw(st.lists(TEXT, max_size=2))),
            losses_start=None if linear else draw(st.none() | st.builds(
                LossesStart, ISO, st.sampled_from(PRECISIONS)))))
    brief = Briefing(title=draw(TEXT), subject=draw(MAYBE_TEXT),
                     classification=draw(st.sampled_from(["UNCLASSIFIED", "SECRET//NOFORN"])),
                     as_of=draw(st.none() | ISO))
    package = Package(brief, sources, documents, claims, tuple(events), tuple(scenarios))
    assert package.problems() == [], package.problems()
    return package


def _reinforcement(draw) -> Reinforcement:
    count = draw(AMOUNT)
    rng = draw(st.none() | st.tuples(st.floats(0, 1), st.floats(1, 2)))
    return Reinforcement(draw(ISO), count, None if rng is None
                         else (count * rng[0], count * rng[1]))


ROUND_TRIP = settings(max_examples=50, deadline=None, database=None,
                      suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@ROUND_TRIP
@given(packages())
def test_generated_packages_round_trip_through_json(package):
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        write_package(package, folder / "in.json")
        original = (folder / "in.json").read_text(encoding="utf-8")
        assert package_dict(read_package(folder / "in.json")) == package_dict(package)
        ws = Workspace.open(folder / "a.briefing")
        try:
            import_file(ws, folder / "in.json")
            first = exported_text(ws, folder, "first.json")
            ident = f'  "briefing_id": "{ws.store.briefing_id()}",\n'
        finally:
            ws.close()
        assert first.replace(ident, "") == original   # the export names its briefing
        ws = Workspace.open(folder / "b.briefing")
        try:
            import_file(ws, folder / "first.json")
            assert exported_text(ws, folder, "second.json") == first
        finally:
            ws.close()


@ROUND_TRIP
@given(packages())
def test_generated_claims_round_trip_through_csv(package):
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        write_claims_csv(list(package.claims), list(package.sources), folder / "claims.csv")
        read = read_claims_csv(folder / "claims.csv", list(package.sources),
                               {d.id for d in package.documents}, set())
        assert (read.package.sources, read.notes) == ((), ())
        assert [c.as_dict() for c in read.package.claims] == [c.as_dict()
                                                              for c in package.claims]
        ws = Workspace.open(folder / "a.briefing")
        try:
            ws.import_package(Package(package.briefing, package.sources, package.documents))
            import_file(ws, folder / "claims.csv")
            assert [c.as_dict() for c in ws.claims()] == [c.as_dict() for c in package.claims]
        finally:
            ws.close()




# ---- CSV specifics ------------------------------------------------------------------------

TRICKY = ('He said "about 3,000, maybe more",\nthen: "no comment"',
          '"', '""', ",", "a,\"b\",c\r\nd", " leading and trailing spaces ", "Сырский 국가정보원")


@pytest.mark.parametrize("quote", TRICKY)
def test_csv_keeps_tricky_quotes(seeded, tmp_path, quote):
    claim = seeded.get("claim", "nis-killed").changed(quote=quote, note='note, "quoted"')
    seeded.put(claim)
    export_data(seeded, tmp_path / "claims.csv")
    fresh = Workspace.open(tmp_path / "fresh.briefing")
    try:
        fresh.import_package(Package(sources=tuple(seeded.sources()),
                                     documents=tuple(seeded.documents())))
        import_file(fresh, tmp_path / "claims.csv")
        assert fresh.get("claim", "nis-killed") == claim
        assert [c.as_dict() for c in fresh.claims()] == [c.as_dict() for c in seeded.claims()]
    finally:
        fresh.close()


def test_csv_with_bom(seeded, tmp_path):
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbf" + csv_text([good_row(id="bom1")]).encode("utf-8"))
    changes = import_file(seeded, path).changes
    assert changes.claims == {"bom1"}
    claim = seeded.get("claim", "bom1")
    assert (claim.value, claim.source, claim.credibility) == (350, "nis", 3)


def test_csv_exported_by_a_spreadsheet(seeded, tmp_path):
    """Only some columns, CRLF line ends, numbers with thousands separators, no ids."""
    path = tmp_path / "sheet.csv"
    path.write_bytes("subject,metric,value,as_of,credibility,quote,source\r\n"
                     'DPRK contingent,killed,"1,100",2025-01-20,3,"about 1,100",isw\r\n'
                     .encode("utf-8"))
    changes = import_file(seeded, path).changes
    [new_id] = changes.claims
    claim = seeded.get("claim", new_id)
    assert claim.value == 1100 and claim.source == "isw"
    assert claim.include_in_projection is True and claim.date_precision == "day"


def test_csv_source_name_creates_and_reuses_sources(seeded, tmp_path):
    columns = [c if c != "source" else "source_name" for c in claim_field_names()]
    rows = [good_row(id="n1", source_name="Kyiv Independent"),
            good_row(id="n2", source_name="KYIV INDEPENDENT"),
            good_row(id="n3", source_name="south korea national intelligence service"),
            good_row(id="n4", source_name="Institute for the Study of War")]
    path = tmp_path / "named.csv"
    path.write_text(csv_text(rows, columns), encoding="utf-8")
    sources_before = len(seeded.sources())
    changes = import_file(seeded, path).changes
    assert changes.claims == {"n1", "n2", "n3", "n4"}
    new = [s for s in seeded.sources() if s.name == "Kyiv Independent"]
    assert len(new) == 1 and len(seeded.sources()) == sources_before + 1
    assert (new[0].reliability, new[0].kind) == ("F", "other")
    assert changes.sources == {new[0].id}
    source_of = {c.id: c.source for c in seeded.claims()}
    assert source_of["n1"] == source_of["n2"] == new[0].id
    assert source_of["n3"] == "nis" and source_of["n4"] == "isw"


def test_csv_source_name_reused_on_a_second_import(seeded, tmp_path):
    columns = [c if c != "source" else "source_name" for c in claim_field_names()]
    for n, name in enumerate(["Meduza", "meduza"]):
        path = tmp_path / f"named{n}.csv"
        path.write_text(csv_text([good_row(id=f"m{n}", source_name=name)], columns),
                        encoding="utf-8")
        import_file(seeded, path)
    assert [s.name for s in seeded.sources()].count("Meduza") == 1
    assert seeded.get("claim", "m0").source == seeded.get("claim", "m1").source


def test_csv_row_without_id_gets_a_fresh_one(seeded, tmp_path):
    path = tmp_path / "noid.csv"
    path.write_text(csv_text([good_row(id=""), good_row(id="")]), encoding="utf-8")
    before = set(seeded.store.ids("claim"))
    changes = import_file(seeded, path).changes
    assert len(changes.claims) == 2 and not changes.claims & before


def test_csv_export_header_and_empty_cells(seeded, tmp_path):
    export_data(seeded, tmp_path / "claims.csv")
    text = (tmp_path / "claims.csv").read_bytes().decode("utf-8")
    header, first = text.split("\r\n")[:2]
    names = claim_field_names()
    assert header == ",".join(names[:2] + ("source_name",) + names[2:])
    assert first.startswith("sent-11000,cited-publication,Publication cited by the article "
                            "(unnamed),kursk-article,")
    assert ",11000,,,,," in first and first.endswith(",true,,")


# ---- malformed input: located errors, nothing changed --------------------------------------

@pytest.mark.parametrize("case", cases(), ids=str)
def test_malformed_input_is_refused_with_located_lines(seeded, tmp_path, case):
    path = tmp_path / f"{case.name}{case.suffix}"
    path.write_bytes(case.data)
    before = exported_text(seeded, tmp_path, "before.json")
    with pytest.raises(InterchangeError) as info:
        import_file(seeded, path)
    lines = info.value.lines()
    assert lines and str(info.value) == "\n".join(lines)
    assert len(lines) <= MAX_SHOWN + 1
    for line in lines:
        assert line.startswith(f"{path}: ") and "\n" not in line
    for fragment in case.expected:
        assert any(fragment in line for line in lines), (fragment, lines)
    assert exported_text(seeded, tmp_path, "after.json") == before


def test_errors_are_capped_at_twenty_lines(tmp_path):
    from fixtures.malformed_inputs import seed
    package = seed()
    package["claims"] = [dict(package["claims"][0], id=f"x{i}", metric="deaths")
                         for i in range(50)]
    package["events"] = package["scenarios"] = package["ratings"] = []
    path = tmp_path / "many.json"
    path.write_text(json.dumps(package), encoding="utf-8")
    with pytest.raises(InterchangeError) as info:
        read_package(path)
    lines = info.value.lines()
    assert len(info.value.problems) == 50
    assert len(lines) == 21
    assert lines[0] == f"{path}: $.claims[0].metric: 'deaths' is not one of " \
                       "strength, killed, wounded, casualties, captured, missing, loss_rate, " \
                       "reinforcements"
    assert lines[19].startswith(f"{path}: $.claims[19].metric")
    assert lines[20] == f"{path}: … and 30 more problems"


def test_unknown_import_extension(seeded, tmp_path):
    path = tmp_path / "claims.xlsx"
    path.write_bytes(b"PK\x03\x04")
    with pytest.raises(InterchangeError) as info:
        import_file(seeded, path)
    assert info.value.lines() == [f"{path}: cannot import .xlsx files; use .json or .csv"]


def test_missing_import_file(seeded, tmp_path):
    path = tmp_path / "nowhere.json"
    with pytest.raises(InterchangeError, match="cannot read the file"):
        import_file(seeded, path)


def test_failed_import_into_empty_briefing_leaves_it_empty(empty, tmp_path):
    from fixtures.malformed_inputs import seed
    package = seed()
    package["claims"][-1]["metric"] = "deaths"
    path = tmp_path / "almost.json"
    path.write_text(json.dumps(package), encoding="utf-8")
    with pytest.raises(InterchangeError, match=r"\$\.claims\[10\]\.metric"):
        import_file(empty, path)
    assert empty.is_empty() and empty.briefing() == Briefing()
    assert rows(empty.store, "SELECT count(*) FROM audit") == [(0,)]


# ---- package format version 2 -----------------------------------------------------------

def _version_1(package: dict) -> dict:
    """The package as version 1 wrote it: none of the version-2 fields."""
    package["version"] = 1
    for c in package["claims"]:
        c.pop("derived_from"), c.pop("base_claim")
    for s in package["scenarios"]:
        for key in ("cites", "assumptions", "losses_start"):
            s.pop(key)
    return package


def test_a_version_1_package_imports_with_every_default(empty, tmp_path):
    from fixtures.malformed_inputs import seed
    path = tmp_path / "v1.json"
    path.write_text(json.dumps(_version_1(seed())), encoding="utf-8")
    import_file(empty, path)
    third = empty.get("claim", "officials-third")
    assert third.derived_from == () and third.base_claim is None
    isw = empty.get("scenario", "isw")
    assert (isw.cites, isw.assumptions, isw.losses_start) == ((), (), None)
    assert json.loads(exported_text(empty, tmp_path))["version"] == 2


@pytest.mark.parametrize("change, expected", [
    (lambda p: p["claims"][7].update(derived_from=["nope"]),
     "$.claims[7].derived_from[0]: refers to unknown claim 'nope'"),
    (lambda p: p["claims"][4].update(base_claim="sent-11000"),
     "$.claims[4].base_claim: is only allowed with a fraction"),
    (lambda p: p["scenarios"][1]["cites"].update(daily_loss_rate="isw-rate"),
     "$.scenarios[1].cites.daily_loss_rate: cannot be cited (a fitted scenario takes it "
     "from the fit)"),
    (lambda p: p["scenarios"][0].update(losses_start={"date": "2024-12-05"}),
     "$.scenarios[0].losses_start: is only used by fitted scenarios"),
    (lambda p: p["scenarios"][0]["cites"].update(initial_strength="gone"),
     "$.scenarios[0].cites.initial_strength: refers to unknown claim 'gone'"),
    (lambda p: p["scenarios"][0].update(reinforcements=[{"date": "2025-03-01", "count": 5000,
                                                         "count_range": [1000, 3000]}]),
     "$.scenarios[0].reinforcements[0].count_range: 5000 is outside 1000–3000"),
])
def test_version_2_links_are_checked_and_located(seeded, tmp_path, change, expected):
    from fixtures.malformed_inputs import seed
    package = seed()
    change(package)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(package), encoding="utf-8")
    with pytest.raises(InterchangeError) as info:
        import_file(seeded, path)
    assert f"{path}: {expected}" in info.value.lines()
