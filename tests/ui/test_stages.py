"""The window's work in steps, one per turn of the event loop (briefing/ui/stages.py), and
what waits for the steps (`then`)."""
from briefing.ui.stages import Stages


def test_steps_run_one_per_turn_and_what_waits_runs_after_the_last(qtbot):
    stages, ran = Stages(), []
    stages.run([lambda: ran.append(1), lambda: ran.append(2), lambda: ran.append(3)])
    stages.when_done(lambda: ran.append("after"))
    assert ran == [1]          # the first at once, the others at the following turns
    qtbot.waitUntil(lambda: "after" in ran)
    assert ran == [1, 2, 3, "after"]
    assert not stages.pending


def test_what_waits_with_no_step_pending_runs_at_once(qtbot):
    stages, ran = Stages(), []
    stages.when_done(lambda: ran.append("after"))
    assert ran == ["after"]


def test_what_waits_also_waits_for_a_run_started_meanwhile(qtbot):
    """A newer analysis's steps replace the older's: the waiting work follows them."""
    stages, ran = Stages(), []
    stages.run([lambda: ran.append("old"), lambda: ran.append("dropped")])
    stages.when_done(lambda: ran.append("after"))
    stages.run([lambda: ran.append("new"), lambda: ran.append("new 2")])
    qtbot.waitUntil(lambda: "after" in ran)
    assert ran == ["old", "new", "new 2", "after"]


def test_what_waits_runs_when_the_steps_are_dropped_or_finished_at_once(qtbot):
    stages, ran = Stages(), []
    stages.run([lambda: ran.append(1), lambda: ran.append(2)])
    stages.when_done(lambda: ran.append("after cancel"))
    stages.cancel()
    assert ran == [1, "after cancel"]
    stages.run([lambda: ran.append(3), lambda: ran.append(4)])
    stages.when_done(lambda: ran.append("after finish"))
    stages.finish()
    assert ran == [1, "after cancel", 3, 4, "after finish"]
