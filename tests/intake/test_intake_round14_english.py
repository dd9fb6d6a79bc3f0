"""Round 14, English: general classes of miss found in the fifteenth and sixteenth sets'
English articles. Each snippet was written for this file (varied names, numbers, verbs), none
copied from a set; expected claims follow the held-out sets' conventions
(tests/intake/heldout15/README.md)."""
import datetime as dt

import pytest
from intake_support import paradigm_case as case
from intake_support import assert_one_row, rows

DAY = dt.date(2025, 3, 12)  # a Wednesday
PUB = ("2025-03-12", "week")
MON = ("2025-03-10", "day")


CASES = [
    # a bracketed acronym after a group's long name is no clause boundary
    case("The army said 43 Moro National Liberation Front (MNLF) rebels had been killed.",
         "killed", 43, None, "army", PUB),
    case("About 300 Democratic Forces for the Liberation of Rwanda (FDLR) fighters remain "
         "in the area, the UN mission said.", "strength", 300, "about", "UN mission", PUB),
    case("Police said on Monday that 12 Islamic State (IS) militants had been captured.",
         "captured", 12, None, "Police", MON),
    case("At least 19 Revolutionary Armed Forces of Colombia (FARC) guerrillas died in the "
         "raid, the defence ministry said.", "killed", 19, "at least", "defence ministry",
         PUB),
    # a day after ", X added, and ..." is the next clause's, not the figure's
    case("Nine soldiers were wounded, the colonel added, and two more were flown out on "
         "Monday.", "wounded", 9, None, "colonel", PUB),
    case("Eleven insurgents were captured, police said, but three escaped on Tuesday night.",
         "captured", 11, None, "police", PUB),
    case("Seven marines were wounded on Monday, the navy added, and the ship sailed on.",
         "wounded", 7, None, "navy", MON),
    # a share "of them" that names soldiers is still read with its whole
    case("Some 400 soldiers were killed, a third of them officers, the army said.",
         "killed", 400, "about", "army", PUB),
    # a force's size in an aside after its noun: "X, estimated by Y at N,"; Y is who says
    case("The remaining insurgents, estimated by the army at no more than 60, are holed up "
         "in the old town.", "strength", 60, "up to", "army", PUB),
    case("The gunmen, put by local police at about 250, fled into the hills.",
         "strength", 250, "about", "local police", PUB),
    case("The fighters, estimated at up to 40, attacked the base before dawn, the governor "
         "said.", "strength", 40, "up to", "governor", PUB),
    # "Our estimate is that ...," X said: a possessive determiner is no speaker
    case("\"Our estimate is that more than 150 militants have been killed,\" Colonel Ann "
         "Brooks said.", "killed", 150, "more than", "Ann Brooks", PUB),
    case("\"Their estimate is that about 900 troops are in the town,\" said Major Ed "
         "Paulson.", "strength", 900, "about", "Ed Paulson", PUB),
    # "X put the toll higher." names who speaks in the next sentence
    case("Another commander, Rahim Shah, put the overall toll higher. Some 450 of the enemy "
         "had been killed, he said.", "killed", 450, "about", "Rahim Shah", PUB),
    case("The governor, Lina Okafor, put the number of dead lower. Only 30 soldiers died, she "
         "said.", "killed", 30, None, "Lina Okafor", PUB),
    # "X put their contingent/garrison at N": a force's size and who gives it
    case("Dutch officers put their own contingent at roughly 650, the rest of the force "
         "being Belgian.", "strength", 650, "about", "Dutch officers", PUB),
    case("The Dutch commander put his contingent at roughly 650.",
         "strength", 650, "about", "Dutch commander", PUB),
    case("Colonel Ray Hunt put his toll at 14 dead.", "killed", 14, None, "Ray Hunt", PUB),
    # a date inside ", most of them ... ," is the aside's, not the figure's
    case("British officers put their garrison at some 900, most of them riflemen flown in "
         "on Monday, with a signals troop.", "strength", 900, "about", "British officers",
         PUB),
    case("About 2,000 troops are in the region, many of them paratroopers who landed on "
         "Monday, the ministry said.", "strength", 2000, "about", "ministry", PUB),
    # the day an event began, in a "when" clause after the figure, is not the count's day
    case("Between 400 and 500 fighters remained in the town when the final assault began "
         "last week, officials said.", "strength", (400, 500), None, "officials", PUB),
    case("About 300 rebels held the ridge when the offensive started on Monday, the army "
         "said.", "strength", 300, "about", "army", PUB),
    case("Twelve soldiers were killed when their convoy was ambushed on Monday, the army "
         "said.", "killed", 12, None, "army", MON),
    # "commanders" speak as "commander" does
    case("Ukrainian commanders said about 40 soldiers had been wounded.",
         "wounded", 40, "about", "Ukrainian commanders", PUB),
    case("Local commanders told reporters that 25 fighters were captured.",
         "captured", 25, None, "Local commanders", PUB),
    case("Some 1,200 soldiers guard the pipeline, which cost €300 million, the army said.",
         "strength", 1200, "about", "army", PUB),
]

# money is never a claim, whatever force word follows it; nor a civilian share of a toll
NOTHING = [
    "Its losses, estimated by the ministry at 500 tanks, were heavy.",
    "More than 2,000 people, about a third of them civilians, have been killed, officials "
    "said.",
    "Nearly 600 people, half of whom were children, died in the strikes, the agency said.",
    "Washington has given the country about $290 million in military aid since 2015.",
    "The ministry set aside £45 million for troops' housing, the paper reported.",
    "Brussels pledged €1.5 billion to the armed forces, officials said on Monday.",
]


@pytest.mark.parametrize("text, metric, value, qualifier, source, when", CASES)
def test_the_one_claim_of_a_snippet(text, metric, value, qualifier, source, when):
    assert_one_row(text, DAY, metric, value, qualifier, source, when)


@pytest.mark.parametrize("text", NOTHING)
def test_no_claim_is_proposed(text):
    assert rows(text, DAY) == []
