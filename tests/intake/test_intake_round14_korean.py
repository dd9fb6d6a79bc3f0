"""Round 14 of issue 16, Korean: men who got in (침투한, 잠입한, 상륙한, 넘어온) or took part
(가담한, 동참한) or are still at large (도주한, 달아난) are a strength; a running total's adverb (지금까지, 현재까지, 모두) between a
civilian toll and its count still marks the toll as the civilians'; a loss dated to a past
year, or to a month or day two or more years back, is history the story recalls, not its news; a lead that reports a dated announcement
("공군은 … 14일 밝혔다") gives its issuer to the paragraph right after it, which names no one;
a force sent as reinforcement (증파, 증원) is recorded as its strength, as the held-out sets do,
while more of a force sent (추가로 배치) stays reinforcements; what men carry or ride as they
come ("몽둥이를 들고", "트럭을 타고") does not end the clause before the verb of their coming;
last year's edition of an exercise ("지난해 … 훈련에는 N명이 참가했다") is a comparison, not a force;
a bare toll noun ("부상자는 300명") after a civilian count counts the civilians too; men who
rushed in (몰려온, 들이닥친) are a strength, the men of all days summed (연인원, 누적 인원) none; a count after a size and its comma
("2개 연대 규모, 약 2천400명") restates the size; the dead of a disaster ("지진으로", "홍수로")
are no war's toll.
Every sentence was written for this table, none taken from a file of the repository. Each case proposes exactly one claim,
or none where the sentence gives no force's figure."""
import datetime as dt

import pytest
from intake_support import assert_one_row, rows

DAY = dt.date(2025, 3, 18)  # a Tuesday
WEEK = ("2025-03-18", "week")

CASES = [
    # --- men who got in or took part are there -----------------------------------------
    ("합참은 해안으로 침투한 무장공비는 모두 45명이라고 밝혔다.",
     45, "strength", None, "합참", WEEK),
    ("경찰청은 야간에 잠입한 무장 괴한이 약 12명이라고 밝혔다.",
     12, "strength", "about", "경찰청", WEEK),
    ("국방부는 무장공비 30여 명이 섬에 상륙했다고 밝혔다.",
     30, "strength", "more than", "국방부", WEEK),
    ("통일부는 북한 공작원 8명이 휴전선을 넘어왔다고 밝혔다.",
     8, "strength", None, "통일부", WEEK),
    ("정부군 대변인은 쿠데타에 가담한 장교가 약 200명이라고 말했다.",
     200, "strength", "about", "정부군", WEEK),
    ("반군 지도부는 봉기에 동참한 경찰관이 1천500명이라고 주장했다.",
     1500, "strength", None, "지도부", WEEK),
    # what the men carry or ride as they come does not end the clause before its verb
    ("합참은 북한군 20여 명이 지뢰 탐지기를 들고 군사분계선을 넘었다고 밝혔다.",
     20, "strength", "more than", "합참", WEEK),
    ("국경수비대는 무장 괴한 40여 명이 트럭을 타고 국경을 넘어왔다고 밝혔다.",
     40, "strength", "more than", "국경수비대", WEEK),
    # men still at large after a fight are there
    ("군 당국은 나머지 공작원 4명이 산악 지대로 도주했다고 밝혔다.",
     4, "strength", None, "군 당국", WEEK),
    ("경찰청은 달아난 무장공비가 약 15명이라고 밝혔다.",
     15, "strength", "about", "경찰청", WEEK),
    # men who rushed in are there
    ("경비대 관계자는 공비 50여 명이 오토바이를 타고 몰려왔다고 말했다.",
     50, "strength", "more than", "경비대", WEEK),
    ("현지 경찰은 적군 약 70명이 마을에 들이닥쳤다고 밝혔다.",
     70, "strength", "about", "경찰", WEEK),
    # a count after a size and its comma restates the size
    ("사단은 적의 병력을 1개 대대 규모, 약 600명으로 추산했다.",
     600, "strength", "about", "사단", WEEK),
    # --- a force sent as reinforcement (증파, 증원): the sets record its size as a strength --
    ("국방부는 병력 약 2천 명을 국경 지역에 증파했다고 밝혔다.",
     2000, "strength", "about", "국방부", WEEK),
    ("합참 관계자는 \"증원되는 미군 병력은 약 1천500명\"이라고 말했다.",
     1500, "strength", "about", "합참", WEEK),
    ("로이터통신은 정부군이 수도 방어를 위해 특수부대원 600여 명을 증원했다고 전했다.",
     600, "strength", "more than", "로이터", WEEK),
]
# sentences whose figures are no force's strength and no toll of a force
NOTHING = [
    # the noun 침투 before a count of bodies names who died, not who is there
    "강릉 침투 공비 9명 사체 발견",
    # a civilian toll with a running total's adverb before its count
    "민간인 사망자는 지금까지 최소 64명으로 집계됐다.",
    "주민 희생자는 현재까지 약 40명으로 파악됐다.",
    # the men of all the days or rotations summed are no force there at one time
    "군 당국은 수색 작전에 연인원 3만여 명이 동원됐다고 밝혔다.",
    "합참은 파병 이후 누적 인원 4천여 명이 파병됐다고 밝혔다.",
]


@pytest.mark.parametrize("text, value, metric, qualifier, keyword, date", CASES)
def test_who_got_in_took_part_or_was_sent_is_a_strength(text, value, metric, qualifier, keyword, date):
    assert_one_row(text, DAY, metric, value, qualifier, keyword, date)


@pytest.mark.parametrize("text", NOTHING)
def test_a_round14_sentence_proposes_no_force_figure(text):
    assert [r for r in rows(text, DAY) if r[1] in ("strength", "killed")] == []


HISTORY = [
    "국방부는 2022년 5월에도 같은 지역에서 장병 6명이 숨졌다고 밝혔다.",
    "합참은 2019년 11월 3일 교전으로 해병 4명이 전사했다고 설명했다.",
    "지난해 교전에서는 반군 40명이 사살됐다.",
    "2023년 여름에도 같은 계곡에서 국경수비대원 5명이 실종됐다.",
]


@pytest.mark.parametrize("text", HISTORY)
def test_a_loss_of_years_ago_is_history_not_a_claim(text):
    assert rows(text, DAY) == []


def test_a_force_of_years_ago_is_still_its_strength_then():
    assert rows("국방부는 2022년 5월 훈련에는 장병 2천여 명이 참가했다고 밝혔다.", DAY) == [
        (2000, "strength", "more than", "국방부", "2022-05-15", "month")]


def test_last_years_december_in_a_january_story_is_news():
    assert rows("국방부는 지난해 12월 교전에서 장병 3명이 숨졌다고 밝혔다.", dt.date(2025, 1, 10)) == [
        (3, "killed", None, "국방부", "2024-12-15", "month")]


LEAD = ("해병대, 서북도서 사격훈련\n\n(서울=뉴스1) 한지훈 기자 = 해병대사령부는 연평도와 백령도 일대에서 "
        "해상 사격훈련을 실시했다고 18일 밝혔다.\n\n")


def test_the_paragraph_after_a_dated_release_lead_is_the_issuers():
    assert rows(LEAD + "이번 훈련에는 해병대 장병 300여 명이 참가했다.\n", DAY) == [
        (300, "strength", "more than", "해병대사령부", "2025-03-18", "week")]


def test_a_toll_after_a_dated_release_lead_is_the_issuers():
    text = LEAD.replace("사격훈련을 실시했다고", "사격훈련 중 사고가 났다고") + "이 사고로 장병 2명이 다쳤다.\n"
    assert rows(text, DAY) == [(2, "wounded", None, "해병대사령부", "2025-03-18", "week")]


def test_the_issuer_does_not_reach_past_the_next_paragraph():
    text = LEAD + "해병대는 매년 이 훈련을 한다.\n\n미 해병대 장병 약 150명도 훈련에 합류했다.\n"
    assert [r[3] for r in rows(text, DAY)] == ["the publication"]


def test_an_undated_lead_gives_no_issuer_to_the_next_paragraph():
    text = LEAD.replace(" 18일 밝혔다", " 밝혔다") + "이번 훈련에는 해병대 장병 300여 명이 참가했다.\n"
    assert [r[3] for r in rows(text, DAY)] == ["the publication"]


def test_more_of_a_force_sent_is_still_reinforcements():
    assert rows("합참은 북한군이 전방에 병력 500여 명을 추가로 배치했다고 밝혔다.", DAY) == [
        (500, "reinforcements", "more than", "합참", "2025-03-18", "week")]


def test_a_clause_that_ends_in_go_still_ends_before_the_next_figure():
    assert rows("국방부는 장병 3명이 다치고 차량 2대가 부서졌다고 밝혔다.", DAY) == [
        (3, "wounded", None, "국방부", "2025-03-18", "week")]


@pytest.mark.parametrize("text", [
    "지난해 을지 연합훈련에는 한미 장병 약 2만 명이 참가했다.",
    "작년 쌍룡 상륙훈련에는 양국 해병대 3천여 명이 참여했다.",
])
def test_last_years_exercise_is_a_comparison_not_a_force(text):
    assert rows(text, DAY) == []


def test_this_years_exercise_beside_last_years_is_a_strength():
    (row,) = rows("올해 훈련에는 지난해보다 많은 장병 2천500여 명이 참가했다.", DAY)
    assert row[:3] == (2500, "strength", "more than")


@pytest.mark.parametrize("text", [
    "민간인 사망자는 지금까지 최소 40명으로 집계됐으며 부상자는 120명을 넘었다.",
    "주민 5명이 숨지고 부상자도 12명에 이른다.",
    "피란민 희생자는 현재까지 약 30명이며 실종자는 9명이다.",
])
def test_a_bare_toll_noun_after_a_civilian_count_counts_the_civilians(text):
    assert rows(text, DAY) == []


def test_a_bare_toll_noun_after_a_soldiers_count_is_the_soldiers_toll():
    assert rows("국방부는 장병 3명이 숨지고 부상자는 12명이라고 밝혔다.", DAY) == [
        (3, "killed", None, "국방부", "2025-03-18", "week"),
        (12, "wounded", None, "국방부", "2025-03-18", "week")]


@pytest.mark.parametrize("text, expected", [
    ("유엔은 지난달 강진으로 약 5천 명이 숨지고 1만 명이 다쳤다고 밝혔다.", []),
    ("정부는 홍수로 인해 지금까지 120명이 숨졌다고 밝혔다.", []),
    # the troops sent to help after a disaster are still a force
    ("국방부는 지진 피해 복구에 장병 300명을 투입했다고 밝혔다.",
     [(300, "strength", None, "국방부", "2025-03-18", "week")]),
])
def test_the_dead_of_a_disaster_are_no_war_toll(text, expected):
    assert rows(text, DAY) == expected
