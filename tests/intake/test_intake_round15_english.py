"""Round 15, English: general classes of miss found in the English articles of the fifth to
twentieth sets, and in wire constructions written to probe the same classes. Each rule
reads a construction that recurs in news copy; none is a patch for one article's words.

Metrics. "X put the number of his marines injured during the landing at about 90" is X's
estimate of the loss the words after "number of" name (wounded, missing, "killed or
wounded"), as "put the toll at" already was of the dead; "put Russia's losses at about 3,000"
is casualties (over the past 24 hours, a rate); with no loss named ("the number of rebels
still in the town") a strength, of people who are no force nothing. A toll's noun "estimated
at" or "thought to be" names its metric too; a force's size stands after "strength stands
at" or "strength is". Those "taken alive", "in custody", "rounded up", "abducted" or
"kidnapped" are captured ("people" kidnapped are hostages, no claim); "took 300 casualties"
is a loss suffered; "in critical condition" is wounded (a share of the wounded in it no new
loss); "executed", "paid the supreme sacrifice" and "the bodies of 20 soldiers" are dead;
deserters and defectors are none of the contract's metrics.

Forces without a known noun. People who hold ground ("are still holding positions", "remain
holed up", "dug in"), who are "already on the ground", "under arms", an exercise's
"participants", and an armed group counted in an aside ("The hijackers, five in all, ...") are
a force; civilians and hostages holding out, victims or villages counted so, are not. A
force word before a place or a vehicle ("three army bases", "six armoured personnel
carriers") only describes it; a loss word before a civilian noun ("64 wounded civilians")
counts the civilians' loss, which is not recorded.

Counts read together. "40 militants and six soldiers were killed" are two tolls ("Five
soldiers and two civilians were killed" one; "5,000 soldiers and 300 have been killed" a
strength and a toll); "about 2,500 troops in Iraq and 900 in Syria" two strengths; "X put it
at N; Y said it was M" and "..., while Moscow puts the figure at 200" are Y's and Moscow's
estimates of what N counts. A share "of which" takes no loss word from a relative clause
nested in it ("15 of which hit the airfield ... the raid that killed its commander"). The
earlier count of "up from / down from N" is a claim only with a date of its own. "Half a
dozen" is six; "Another soldier was killed" counts one.

Not news. A loss dated to a month or a day two or more calendar years back, a force's size
dated only by a year two or more years back (last year's, the comparison a story draws, is
kept), the event a "deadliest ... since" phrase measures the news against, a figure someone
"denied" or "dismissed reports" of, an exercise's "notional" or "simulated" enemy: no claim.
A force someone "plans", "aims" or "wants" to have is a forecast.

Dates. "Two years ago", "a year ago", "the 2015 siege" and "1979, when ..." name years;
"this year" and "this month" make a count as of now (the publication's week); a toll of days
("in three days of fighting", "a week-long operation") is not dated by the day it was
told, and "a week-long" makes no rate; a count after "since" ends its phrase ("since the war
began killed 40 soldiers on Monday": Monday is the count's); a force's size in an estimate
aside ("The M23 rebels, estimated at 6,000 fighters, seized the airport on Monday") is of
now, not of the main clause's day; a trailing ", he added." dates nothing, as ", he said."
does ("He added that ..." still goes on with the statement, on its day).

Sources. "... as coalition forces began an assault ..., the command said" is the command's
("as X noted" names a speaker only as a short phrase); "Officials speaking on condition of
anonymity said" are the officials; "a statement from / issued by X" is X's; a lead's "a
spokesman" is the one person the story then names with that title (with two, nobody).

Each snippet was written for this file (varied names, numbers, verbs), none copied from a
set; expected claims follow the held-out sets' conventions (tests/intake/heldout11/README.md,
"Conventions"). The rows under NOTHING and KEPT, and the guard tests, are the cases where a
rule must not fire.
"""
import datetime as dt

import pytest
from intake_support import assert_one_row, one_claim, rows

DAY = dt.date(2025, 3, 12)  # a Wednesday
PUB = ("2025-03-12", "week")
MON = ("2025-03-10", "day")


CASES = [
    # ", he added." after the figures names the speaker and dates nothing, as "he said" does
    ("The defence minister said on Monday that the border was calm. Some 7,000 soldiers "
     "guard the region, he added.", "strength", 7000, "about", "defence minister", PUB),
    ("A police spokesman told reporters on Monday that the raid was over. Four officers were "
     "wounded, he added, none of them seriously.", "wounded", 4, None, "police spokesman",
     PUB),
    ("The army said on Monday it had retaken the village. Twelve insurgents were captured in "
     "the operation, it added.", "captured", 12, None, "army", PUB),
    # "X put the number of <people> <loss> ... at N": the loss the words name, X's estimate
    ("Colonel Amir Sahin put the number of his marines injured during the landing at about "
     "90.", "wounded", 90, "about", "Amir Sahin", PUB),
    ("The governor put the number of police officers killed in the raid at 14.",
     "killed", 14, None, "governor", PUB),
    ("The army put the number of its soldiers killed or wounded in the fighting at more than "
     "250.", "casualties", 250, "more than", "army", PUB),
    ("The brigade's commander put the number of fighters missing after the ambush at 11.",
     "missing", 11, None, "commander", PUB),
    # "X put Y's losses (over the past 24 hours) at N": Y's casualties (a day's: a rate)
    ("The defence ministry put Ukraine's losses over the past 24 hours at 1,200 soldiers.",
     "loss_rate", 1200, None, "defence ministry", PUB),
    ("Kyiv put Russia's losses in the battle at about 3,000.", "casualties", 3000, "about",
     "Kyiv", PUB),
    ("The general put his casualties since Friday at 45.", "casualties", 45, None, "general",
     PUB),
    # a toll's noun "estimated at" / "thought to be" before its number
    ("Casualties on both sides are estimated at 20,000, analysts say.", "casualties", 20000,
     None, "analysts", PUB),
    ("The death toll is thought to be about 120, officials said.", "killed", 120, "about",
     "officials", PUB),
    ("Russian losses in the battle were put at more than 300,000, Western officials said.",
     "casualties", 300000, "more than", "Western officials", PUB),
    # "over the previous 24 hours": a day's loss, as "over the past 24 hours"
    ("Ukraine said Russian forces had lost 1,250 troops over the previous 24 hours.",
     "loss_rate", 1250, None, "Ukraine", PUB),
    # ... and of a force with no loss named: its strength
    ("Local officials put the number of rebels still inside the town at roughly 300.",
     "strength", 300, "about", "Local officials", PUB),
    # people holding ground are a force, with a noun the rules do not know or none at all
    ("Border officials believe some 300 to 400 infiltrators still hold positions on the "
     "ridge.", "strength", (300, 400), "about", "Border officials", PUB),
    ("Around 300 intruders remain holed up in the school, police said.",
     "strength", 300, "about", "police", PUB),
    ("About 150 raiders were still holding out in the old fort, the army said.",
     "strength", 150, "about", "army", PUB),
    ("The commander said about 1,000 had manned the forward trenches before the thaw.",
     "strength", 1000, "about", "commander", PUB),
    # taken alive, taken into custody, held in custody: captured
    ("Fourteen of the gunmen were taken alive, a police spokesman said.", "captured", 14,
     None, "police spokesman", PUB),
    ("Nine hijackers were taken alive, the ministry said.", "captured", 9, None, "ministry",
     PUB),
    ("One gunman was taken into custody after the siege, the army said.",
     "captured", 1, None, "army", PUB),
    ("Six militants are in custody, a police spokesman said.", "captured", 6, None,
     "police spokesman", PUB),
    # a unit that "took 300 casualties" suffered them: no one was taken
    ("The brigade took 300 casualties in the battle, the army said.", "casualties", 300, None,
     "army", PUB),
    ("Rebel commanders admitted they took about 120 casualties in the push.",
     "casualties", 120, "about", "Rebel commanders", PUB),
    # rounded up: captured; the bodies of N soldiers: the dead
    ("Security forces rounded up 40 suspected militants overnight, police said.",
     "captured", 40, None, "police", PUB),
    ("Police said 15 suspects had been rounded up after the attack.", "captured", 15, None,
     "Police", PUB),
    ("The bodies of 20 soldiers were recovered from the river, the army said.",
     "killed", 20, None, "army", PUB),
    ("Officials said the bodies of 14 police officers had been found near the checkpoint.",
     "killed", 14, None, "Officials", PUB),
    # a count joined by "and" to a civilian one shares the verb said after both
    ("Five soldiers and two civilians were killed in the blast, police said.",
     "killed", 5, None, "police", PUB),
    # people there already are a force, with no noun of their own
    ("Officials said a new battalion had arrived, joining 1,200 already in the country.",
     "strength", 1200, None, "Officials", PUB),
    ("Some 450 were already on the ground, the colonel said.", "strength", 450, "about",
     "colonel", PUB),
    # "The attackers, 15 in all, ...": an armed group's whole number, set in an aside
    ("The hijackers, five in all, boarded the plane in Nairobi, police said.",
     "strength", 5, None, "police", PUB),
    ("The assailants, about 30 in total, crossed the river at night, the army said.",
     "strength", 30, "about", "army", PUB),
    ("The raiders, 22 all told, came ashore in two boats, a navy officer said.",
     "strength", 22, None, "navy officer", PUB),
    # a force's strength "stands at" / "is" N; exercise participants; people under arms
    ("The mission's strength stands at 11,000, the UN said.", "strength", 11000, None, "UN",
     PUB),
    ("Its strength is about 2,500, officials said.", "strength", 2500, "about", "officials",
     PUB),
    ("The strength of the rebel force is about 2,000, analysts said.", "strength", 2000,
     "about", "analysts", PUB),
    ("The exercise involved 5,000 participants from 20 countries, the ministry said.",
     "strength", 5000, None, "ministry", PUB),
    ("Ukraine has about 1 million people under arms, the minister said.", "strength",
     1_000_000, "about", "minister", PUB),
    # "this year", "this month": a count as of now, the publication's week
    ("Around 6,500 sailors from nine navies are joining the manoeuvres this year, the fleet "
     "said.", "strength", 6500, "about", "fleet", PUB),
    ("Fourteen soldiers were wounded in a rocket attack on the base this month, the army "
     "said.", "wounded", 14, None, "army", PUB),
    ("At least 60 soldiers have been killed in the province this year, officials said.",
     "killed", 60, "at least", "officials", PUB),
    # "paid the supreme sacrifice", "made the ultimate sacrifice": killed
    ("One soldier paid the supreme sacrifice in the attack, the army said.", "killed", 1, None,
     "army", PUB),
    ("Three paratroopers made the ultimate sacrifice on Monday, the army said.", "killed", 3,
     None, "army", MON),
    # "in critical condition": wounded; abducted, kidnapped: captured; executed: killed
    ("Six soldiers were in critical condition, doctors said.", "wounded", 6, None, "doctors",
     PUB),
    ("Three soldiers were abducted by the militants, the army said.", "captured", 3, None,
     "army", PUB),
    ("Gunmen kidnapped 12 soldiers near the border, officials said.", "captured", 12, None,
     "officials", PUB),
    ("The insurgents executed 15 captured soldiers, the army said.", "killed", 15, None,
     "army", PUB),
    # "half a dozen" is six, not a dozen
    ("Half a dozen soldiers were wounded, the army said.", "wounded", 6, None, "army", PUB),
    ("Rebels captured half a dozen marines on Monday, the navy said.", "captured", 6, None,
     "navy", MON),
    # "Another soldier was killed": one more lost, counted as "a soldier was killed" is
    ("Another Dutch soldier was killed on Monday when a roadside bomb hit his patrol, the "
     "ministry said.", "killed", 1, None, "ministry", MON),
    ("Another peacekeeper was wounded by sniper fire on Monday, the mission said.",
     "wounded", 1, None, "mission", MON),
    ("Another marine has been reported missing, a navy spokesman said.",
     "missing", 1, None, "navy spokesman", PUB),
    # the earlier count of "up from N" with no date of its own places nothing in time
    ("Roughly 18,000 sailors are now in the Gulf, up from about 11,000 before the crisis "
     "began, the navy said.", "strength", 18000, "about", "navy", PUB),
    ("Some 5,200 peacekeepers now serve in the mission, down from 7,000 at its height, a "
     "spokesman said.", "strength", 5200, "about", "spokesman", PUB),
    # "…, a spokesman said." first, then the one spokesman the story names: the same person
    ("Troops killed three gunmen near the airport on Monday, a spokeswoman said. Major Lena "
     "Ortiz, spokeswoman for the mission, said the patrol was unhurt.", "killed", 3, None,
     "Lena Ortiz", MON),
    ("Police killed two attackers overnight, a spokesman said. The force's spokesman, "
     "Inspector Tom Reyes, said the area had been sealed.", "killed", 2, None, "Tom Reyes",
     PUB),
]

NOTHING = [
    # the number of people who are no force, put at N
    "Aid workers put the number of displaced families at 10,000.",
    # civilians holding out, hostages held: no force
    "Some 2,000 residents are still holding out in the besieged town.",
    "About 300 people were holed up in the mosque, witnesses said.",
    "About 40 hostages were held in the basement.",
    # an aside that counts people or things who bear no arms
    "The victims, 30 in all, were buried on Monday.",
    "The villages, 12 in all, were evacuated before the storm.",
    # "another soldier" who only speaks is no count
    "Another soldier said the unit had held its ground.",
    # bases, posts and carriers a force word describes are no force
    "Rebels shelled three army bases near the river, the army said.",
    "Militants seized six armoured personnel carriers from the depot, officials said.",
    "Rebels attacked three army posts and five police checkpoints overnight, officials said.",
    "The insurgents seized two army camps near the border, the ministry said.",
    # things counted and placed as a force is ("40 tanks ... and 20 to Sumy") are no force
    "About 40 tanks were sent to Kharkiv and 20 to Sumy.",
    # the earlier event a "deadliest ... since" measures the news against
    "It was the deadliest day for the army since an ambush in October 2023 that killed 60 "
    "soldiers.",
    "The deployment is the largest since 2003, when some 150,000 troops invaded Iraq.",
    "It was the worst loss for the force since the Marawi siege, in which 165 soldiers died.",
    # the make-believe enemy of an exercise's scenario
    "In the drill's storyline, a notional brigade of 2,500 raiders lands on the coast.",
    "Troops will repel 1,500 simulated enemy fighters landing on the coast.",
    "A mock attack by 200 fighters opened the drill.",
    # people kidnapped or abducted are hostages taken, no force's loss
    "Gunmen kidnapped 12 people from a bus, police said.",
    "About 30 people were abducted from the village, officials said.",
    # deserters and defectors are neither a loss the contract counts nor a force's size
    "Five soldiers deserted their posts, the army said.",
    "Around 60 soldiers defected to the rebels, officials said.",
    # the state of a share of the wounded is no new loss
    "Doctors said half of the injured remained in serious condition.",
    # a figure denied is no claim, of the one who denies it or anyone
    "The ministry denied that 50 soldiers had been killed.",
    "The army dismissed reports that 200 soldiers had deserted.",
    "The rebels rejected claims that as many as 300 fighters had surrendered.",
    # a loss word before a civilian noun: the civilians' loss
    "A surgeon at the district clinic said 64 wounded civilians had arrived overnight.",
    "Medics treated 40 injured children, the agency said.",
    "Rescuers recovered 15 dead villagers, police said.",
    # a share "of which" whose loss word sits in a relative clause nested inside it
    "The militia launched 22 drones at the port, 15 of which hit the airfield in revenge for "
    "the raid that killed its leader.",
    "The rebels fired 40 rockets, 25 of which fell on the base that had housed the soldiers "
    "killed in the ambush.",
    "The artillery fired 300 shells, half of which hit the trenches which the wounded had "
    "just left.",
    # a loss of two or more years before the story is history
    "In March 2021, militants killed 60 soldiers at the border post, the army said.",
    "On 4 June 2022, at least 35 Malian soldiers died when jihadists overran their camp.",
    "The regiment lost 120 men in September 2019, the last time the town changed hands.",
    "Two years ago, six paratroopers died when their transport plane crashed in the hills.",
    "Three years ago, 25 guardsmen were wounded when a depot exploded, the ministry said.",
    # a year that names an event ("the 2015 siege") dates what its clause counts
    "The attack recalled the 2015 siege, in which 150 soldiers died.",
    "Veterans of the 2008 war, in which 64 soldiers were killed, marched in the capital.",
    # ... and so does a bare year a "when" clause tells of
    "Old hands remember 1979, when a blizzard buried 11 soldiers on the pass.",
    "Veterans recall 2008, when rebels killed 45 soldiers at the pass.",
    # ... and so is a force's size dated by a year two or more years back
    "Five years ago the brigade fielded some 4,000 soldiers.",
    "The drills were first held in 2019 with some 9,000 personnel.",
    "Back in 2021 the manoeuvres drew roughly 4,000 troops, the ministry said.",
    "The last exercise on this scale, in 1999, drew 60,000 troops, officials said.",
]

KEPT = [
    # ... but before soldiers, theirs
    ("The army said 30 wounded soldiers had been evacuated.", "wounded", 30, None, "army",
     PUB),
    # guard: an exercise that simulates something still has its real troops
    ("About 4,000 troops are taking part in the drill, which simulates an invasion.",
     "strength", 4000, "about", "the publication", PUB),
    # guard: "since 2014, when ..." after the count still starts a running total
    ("At least 40 soldiers have been killed since 2014, when the insurgency began, officials "
     "said.", "killed", 40, "at least", "officials", PUB),
    # guard: the news itself may be the deadliest since something
    ("The deadliest attack since the war began killed 40 soldiers, the army said.",
     "killed", 40, None, "army", PUB),
    # a count after "since" ends its phrase: the day after the count is the count's
    ("The deadliest attack since the war began killed 40 soldiers on Monday, the army said.",
     "killed", 40, None, "army", MON),
    ("A strike since hailed as a turning point killed 25 soldiers on Monday, officials said.",
     "killed", 25, None, "officials", MON),
    # a toll of days ("in three days of fighting", "a week-long operation") is not dated by
    # the day it was told
    ("Twelve soldiers were killed in three days of fighting, the army said on Monday.",
     "killed", 12, None, "army", PUB),
    ("The army said on Monday that 40 militants had been killed during a week-long operation "
     "in the hills.", "killed", 40, None, "army", PUB),
    ("Seventeen police officers died in a days-long siege of the compound, the ministry said "
     "on Monday.", "killed", 17, None, "ministry", PUB),
    # ... and "a day-long battle", "a week-long operation" are how long, not how often
    ("At least 30 soldiers were killed in a day-long battle for the bridge, officials said.",
     "killed", 30, "at least", "officials", PUB),
    # a force's size in an estimate aside is of now, not of the main clause's day
    ("The M23 rebels, estimated at 6,000 fighters, seized the airport on Monday.",
     "strength", 6000, None, "the publication", PUB),
    ("The rebels, numbering some 2,000, attacked the town on Monday, the army said.",
     "strength", 2000, "about", "army", PUB),
    # ... but a loss the main clause's verb names is that day's
    ("The remaining gunmen, put by police at about 30, surrendered on Monday.",
     "captured", 30, "about", "police", MON),
    # "He added that ..." before the figure goes on with the statement, on its day
    ("The minister said on Monday that the border was calm. He added that some 7,000 "
     "soldiers guard the region.", "strength", 7000, "about", "minister", MON),
    # a loss of last year's month is still news; a past force's size is still a strength
    ("In January 2024, 12 soldiers were killed in a similar ambush, the army said.",
     "killed", 12, None, "army", ("2024-01-15", "month")),
    ("In May 2021, about 5,000 troops took part in the exercise, the ministry said.",
     "strength", 5000, "about", "ministry", ("2021-05-15", "month")),
    # last year's edition is still the comparison the story draws
    ("A year ago, about 3,000 troops took part, the ministry said.",
     "strength", 3000, "about", "ministry", ("2024-07-01", "year")),
    ("Last year's edition drew about 6,000 troops, the ministry said.",
     "strength", 6000, "about", "ministry", ("2024-07-01", "year")),
]


@pytest.mark.parametrize("text, metric, value, qualifier, source, when", CASES + KEPT)
def test_the_one_claim_of_a_snippet(text, metric, value, qualifier, source, when):
    assert_one_row(text, DAY, metric, value, qualifier, source, when)


@pytest.mark.parametrize("text", NOTHING)
def test_no_claim_is_proposed(text):
    assert rows(text, DAY) == []


def test_a_dated_earlier_count_of_a_comparison_is_its_own_claim():
    # guard: "up from 4,500 last year" places the earlier count in time
    assert [(r[0], r[1], str(r[4]), r[5]) for r in rows(
        "The army has some 6,000 soldiers in the province, up from 4,500 last year, officials "
        "said.", DAY)] == [(6000, "strength", "2025-03-12", "week"),
                          (4500, "strength", "2024-07-01", "year")]


def test_two_named_spokesmen_leave_the_first_unnamed():
    (row,) = rows("Troops killed four fighters on Monday, a spokesman said. Army spokesman Ali "
                  "Khan said the town was quiet. Rebel spokesman Omar Haddad denied it.", DAY)
    assert row[3] == "spokesman"


@pytest.mark.parametrize("text, source", [
    # "as X did Y, the alliance said": the "as" opens a clause of its own, no "as X said"
    ("Three marines died on Friday as coalition forces began an assault on the port, the "
     "command said.", "command"),
    ("Two marines were wounded as the convoy crossed the bridge near the port, the navy said.",
     "navy"),
    ("Eleven fighters were captured as the army advanced into the hills, a spokesman for the "
     "brigade said.", "spokesman for the brigade"),
    # guard: "As the ministry noted, ..." still names the ministry
    ("As the ministry noted, 40 soldiers were killed in the ambush.", "ministry"),
    # a participle clause after the speaker's noun, no commas: who speaks is before it
    ("Officials speaking on condition of anonymity said 19 soldiers were killed.",
     "Officials"),
    ("Two commanders speaking by telephone from the front said 40 fighters had been "
     "captured.", "Two commanders"),
    ("A police officer talking to reporters at the scene said 7 attackers were shot dead.",
     "police officer"),
    # "a statement from X", "a statement issued by X": X speaks
    ("Twenty militants were killed, a statement from the army's media office said.",
     "army's media office"),
    ("A statement issued by the ministry said 12 soldiers were wounded.", "ministry"),
    ("A report published by the UN mission on Monday said 40 peacekeepers had been "
     "wounded.", "UN mission"),
    # guard: a report named by whose it is still speaks as the report
    ("A UN report released on Monday said 40 peacekeepers had been wounded.", "UN report"),
])
def test_the_speaker_is_who_said_not_the_as_clause(text, source):
    (row,) = rows(text, DAY)
    assert row[3] == source


@pytest.mark.parametrize("text, metric, value, source", [
    # "X put it at N; Y said it was M": Y's own estimate of what N counts
    ("The commander put the rebels' strength in the town at about 2,000; a Western diplomat "
     "said it was \"probably closer to 3,000\".", "strength", 3000, "Western diplomat"),
    ("The army put the garrison at 1,200, while a local official said it is about 900.",
     "strength", 900, "local official"),
    ("Kyiv put its losses in the battle at 300 killed, but a Western official said it was "
     "nearer 500.", "killed", 500, "Western official"),
    # "..., while Moscow puts the figure at 200": the same
    ("Kyiv says 45 of its soldiers died, while Moscow puts the figure at 200.", "killed", 200,
     "Moscow"),
    ("The army said 30 soldiers were wounded; the rebels put the number at more than 100.",
     "wounded", 100, "rebels"),
])
def test_a_second_estimate_of_the_same_count(text, metric, value, source):
    found = rows(text, DAY)
    assert len(found) == 2, found
    assert (found[1][1], found[1][0], found[1][3]) == (metric, value, source)


@pytest.mark.parametrize("text, first, second", [
    # "40 militants and six soldiers were killed": both counts share the verb after them
    ("According to the army, 40 militants and six soldiers were killed in the clashes.",
     (40, "killed"), (6, "killed")),
    ("Twelve policemen and three soldiers were wounded, officials said.",
     (12, "wounded"), (3, "wounded")),
    # "about 2,500 troops in Iraq and 900 in Syria": the same force, counted elsewhere
    ("The Pentagon has about 2,500 troops in Iraq and 900 in Syria.",
     (2500, "strength"), (900, "strength")),
    ("France keeps 1,500 soldiers in Chad and some 600 in Niger, the ministry said.",
     (1500, "strength"), (600, "strength")),
])
def test_two_counts_joined_by_and(text, first, second):
    assert [(r[0], r[1]) for r in rows(text, DAY)] == [first, second]


def test_a_force_and_the_dead_among_it():
    # guard: "5,000 soldiers and 300 have been killed": the 300 are of the 5,000, which stay
    # a strength
    assert [(r[0], r[1]) for r in rows(
        "There are about 5,000 soldiers and 300 have been killed, officials said.", DAY)] \
        == [(5000, "strength"), (300, "killed")]


def test_a_force_and_its_vehicles():
    # guard: tanks joined to troops take none of their verb and are no count of their own
    assert [(r[0], r[1]) for r in rows(
        "About 3,000 troops and 40 tanks were sent to the border, the ministry said.", DAY)] \
        == [(3000, "strength")]


@pytest.mark.parametrize("text", [
    # an intention is no force that exists: a forecast, kept out of the projection
    "The army plans to recruit 10,000 soldiers next year.",
    "NATO aims to have 300,000 troops on high readiness.",
    "The ministry intends to deploy about 2,000 troops to the border.",
    "The junta wants to raise 5,000 reservists, officials said.",
])
def test_an_intended_force_is_a_forecast(text):
    claim = one_claim(text, DAY)
    assert (claim.metric, claim.include_in_projection) == ("strength", False)
