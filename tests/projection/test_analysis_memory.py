"""An analysis the window lets go of is freed at once, not at some later garbage collection:
on main, the evidence and its conflicts referred to each other, so a 100k-claim window held
the old analysis (~240 MB) alive next to the new one."""
import gc
import weakref

from analysis_snapshot import open_briefing


def test_a_dropped_analysis_is_freed_without_a_collection(tmp_path):
    from briefing.workspace.analysis import analyse
    ws = open_briefing("seed", tmp_path)
    try:
        a = analyse(ws)
        assert a.conflicts and a.conflicts[0].reason and a.conflict_of.get(a.conflicts[0].first[0])
        evidence = weakref.ref(a.evidence)
        enabled = gc.isenabled()
        gc.disable()
        try:
            del a
            assert evidence() is None
        finally:
            if enabled:
                gc.enable()
    finally:
        ws.close()
