"""Round 16 of issue 16, Korean: mechanisms read from the misses of the newest development
sets (heldout24–26), each written for the family of shapes a new writer will use, not for one
sentence.

Who said it: a speaker whose saying an outlet relays ('데비 대통령은 … "…"고 말했다고 AFP통신이
전했다') is the source of what was said, as round 15 made the one an outlet cites ("…을
인용해"); the outlet only carried it; a spokesman's rank below a colonel ("호세 산토스 중령") ends
his name as a title does. "이같이 말했다" (thus said) points back to the quote
before it, an adverb between the speaker and the verb, not a part of the speaker's name.

When: a start followed by hours ("지난 23일 새벽부터 7시간 동안 이어진 공격으로") is that day,
as what lasts hours happens on the day it began (a start followed by days is still a toll
over days, dated by the publication); "그날" and "당일" stand for the day named before, as
"이날" and "같은 날" do, and "전날" opening a quote is the eve of the day its sentence
named ('국방부는 15일 … "전날 새벽 …': the 14th); "하루" after a word naming the day ("이날 하루 교전에서", "어제 하루",
"15일 하루에만") is that one day's toll, no rate ("하루 평균", "하루 새" still are); a month
right before a count ("2011년 1월 130여 명으로") is a date.

What is no claim: a plan ("파견할 예정", "배치할 계획", "증파할 방침", "보내는 방안을 검토",
"보내겠다") in the count's own clause is what is to be, which the conventions do not record,
as they do not record forecasts; a force two or more years back told as the first or the one
of that time ("처음 파병된", "당시 … 보냈다") is the history of a deployment; people who lost
their homes or livelihoods ("집을 잃었다", "삶의 터전을 잃었다") are the displaced, no
casualties; nationals counted by their country ("이탈리아인 9명", "방글라데시인",
"팔레스타인 사망자") and callings that bear no arms ("판사", "외교관", "학생") are no force; a
day's average of men put to work ("하루 평균 2천여 명을 투입") is a rate of work, no force.

A toll since a start said on a later day ('16일 … "지난 주말 이후 … 80명이 전사했다"')
is dated by the publication, as the conventions date tolls since a start, not by the day of
telling said before the start (a span closed by its end, "1월 초부터 2월 중순까지", still
has the day of telling). After a contrast ("…부인했지만, 유엔 전문가 보고서는 …") the
reporting verb's clause opens on its own topic, the speaker.

What kind: -고 between two verbs of one subject ("300여 명이 무기를 버리고 투항했다", "총에
맞고 숨졌다") lets the second verb name the loss when the count's own verb is none of a
force's; "전사" listed or in the plural ("부족 전사 등", "쿠르드 전사들", "전사와") is the
noun for fighters, a force, not death in battle ("전사했다", "전사자"); the men of an offensive
("진격했다", "진군", "공세에 나섰다") are its force; a sentence of the toll's parts ("이 가운데
군인은 120여 명") after a sentence of the dead and the wounded is of the toll it leads with,
the dead; police officers and security forces ("경찰관 15명", "보안군") are armed forces, as
the conventions say, and "포로" inside a word ("알레포로", to Aleppo) is no capture; and a
sentence that opens on the wounded before ("이 가운데 2명은 중상이다") tells
how badly some were hurt, no claim.

Counts listed with commas, bare ("각각 100여 명, 40여 명을 보냈다") or each with its noun
("군인 5명, 경찰관 3명이 숨졌다"), share the verb after the last, as counts joined by 과/와
already did; and a contingent sent ("…을 보냈다") is there, a strength.

An army a clause is about, then its number said with a copula ("미군은 이 가운데 약 3천
명이다", "영국군은 1천200명으로 집계됐다"), is its strength, a subset the speaker names, as the
conventions record it.

How many facts: two body mentions of one number about two armies and hedged apart
("러시아군은 10만 명을 훨씬 넘는 병력이 … 우크라이나군도 … 약 10만 명의 사상자") are each
side's own toll, two facts, not one repeated.

Why: each is a construction Korean wire copy uses again and again — an agency relaying a
speaker, a day said inside a quote or by a demonstrative, plans beside present forces,
tolls that are no soldiers', and fighters named by a word that also means dying in battle —
so a rule read from one missed sentence is written here for its paraphrases.

Every sentence was written for this table, none taken from a file of the repository. Each
case fails before round 16 unless it is marked as a guard."""
import datetime as dt

import pytest
from intake_support import assert_one_row, rows

DAY = dt.date(2025, 3, 18)  # a Tuesday, the day of publication
WEEK = (DAY.isoformat(), "week")  # a figure dated by the publication
TODAY = (DAY.isoformat(), "day")

CASES = [
    # --- "전사" listed or plural: fighters, a force ---------------------------------------
    ("시리아 국방부는 정부군과 친정부 민병대, 쿠르드 전사 등 약 5천 명이 알레포로 진격했다고 밝혔다.",
     5000, "strength", "about", "시리아 국방부", WEEK),
    ("쿠르드 전사들 2천여 명이 락까 외곽에 집결했다고 현지 관리가 말했다.",
     2000, "strength", "more than", "현지 관리", WEEK),
    ("국방부는 부족 전사 등 1만여 명이 작전에 동원됐다고 밝혔다.",
     10000, "strength", "more than", "국방부", WEEK),
    ("현지 언론은 이슬람 전사들 약 800명이 국경 마을에 모여 있다고 전했다.",
     800, "strength", "about", "언론", WEEK),
    # --- police officers and security forces are a force; "알레포로" is no capture --------
    ("시위 현장을 지킨 경찰관은 500여 명이었다고 경찰청이 밝혔다.",
     500, "strength", "more than", "경찰청", WEEK),
    ("정부군 약 5천 명이 알레포로 이동했다고 국방부가 밝혔다.",
     5000, "strength", "about", "국방부", WEEK),
    # --- the men of an offensive are its force ------------------------------------------
    ("약 6천 명이 서쪽과 북쪽에서 진격하고 있다고 군 당국이 밝혔다.",
     6000, "strength", "about", "군 당국", WEEK),
    ("이라크 정부는 약 2만 명이 모술 방향으로 진군했다고 밝혔다.",
     20000, "strength", "about", "이라크 정부", WEEK),
    ("합참은 적 3천여 명이 새벽 공세에 나섰다고 밝혔다.",
     3000, "strength", "more than", "합참", WEEK),
    # --- "하루" after a word naming the day: that day's toll -----------------------------
    ("군 당국은 이날 하루 전투에서 반군 40여 명을 사살했다고 밝혔다.",
     40, "killed", "more than", "군 당국", TODAY),
    ("현지 방송은 어제 하루 교전으로 정부군 병사 12명이 사망했다고 보도했다.",
     12, "killed", None, "현지 방송", ("2025-03-17", "day")),
    ("국방부는 15일 하루에만 적군 200명을 사살했다고 밝혔다.",
     200, "killed", None, "국방부", ("2025-03-15", "day")),
    ("경찰은 오늘 하루 충돌로 경찰관 7명이 부상했다고 밝혔다.",
     7, "wounded", None, "경찰", TODAY),
    # --- a start, then hours: that day --------------------------------------------------
    ("국방부는 \"지난 15일 오후부터 5시간 동안 이어진 교전에서 장병 7명이 숨졌다\"고 밝혔다.",
     7, "killed", None, "국방부", ("2025-03-15", "day")),
    ("군 당국은 16일 새벽부터 약 3시간 동안 계속된 공격으로 경찰관 5명이 숨졌다고 밝혔다.",
     5, "killed", None, "군 당국", ("2025-03-16", "day")),
    ("해군은 지난 14일 밤부터 몇 시간 동안 이어진 교전에서 해적 9명을 생포했다고 밝혔다.",
     9, "captured", None, "해군", ("2025-03-14", "day")),
    # --- "그날", "당일": the day named before ---------------------------------------------
    ("국방부는 15일 국경에서 교전이 있었다고 밝혔다. 군은 그날 반군 30여 명을 사살했다고 덧붙였다.",
     30, "killed", "more than", "군", ("2025-03-15", "day")),
    ("합참은 지난 12일 무장공비의 침투를 확인했다고 발표했다. 합참은 당일 공비 3명을 생포했다고 밝혔다.",
     3, "captured", None, "합참", ("2025-03-12", "day")),
    ("현지 방송은 그날 하루 전투에서 반군 30여 명이 숨졌다고 보도했다.",
     30, "killed", "more than", "현지 방송", TODAY),
    # --- "전날" opening a quote: the eve of the day its sentence named -------------------
    ("국방부는 15일 성명에서 \"전날 새벽 기지가 공격을 받아 군인 최소 30명이 숨졌다\"고 밝혔다.",
     30, "killed", "at least", "국방부", ("2025-03-14", "day")),
    ("경찰은 12일 \"전날 밤 충돌로 경찰관 8명이 다쳤다\"고 밝혔다.",
     8, "wounded", None, "경찰", ("2025-03-11", "day")),
    # --- a toll since a start said on a later day: the publication's ---------------------
    ("무야야 대변인은 16일 기자회견에서 \"지난 주말 이후 전투에서 정부군 병사 최소 80명이 "
     "전사했다\"고 밝혔다.", 80, "killed", "at least", "무야야", WEEK),
    ("국방부는 17일 지난 10일 이후 반군 200명을 사살했다고 밝혔다.",
     200, "killed", None, "국방부", WEEK),
    ("경찰은 15일 \"이달 초부터 이어진 충돌로 경찰관 12명이 다쳤다\"고 말했다.",
     12, "wounded", None, "경찰", WEEK),
    # --- -고 between two verbs of one subject: the second names the loss -----------------
    ("현지 유엔 소식통은 \"정부군 300여 명이 무기를 버리고 투항했다\"고 전했다.",
     300, "captured", "more than", "소식통", WEEK),
    ("반군 40여 명이 무기를 내려놓고 항복했다고 국방부가 밝혔다.",
     40, "captured", "more than", "국방부", WEEK),
    ("경찰관 3명이 총에 맞고 숨졌다고 경찰이 밝혔다.",
     3, "killed", None, "경찰", WEEK),
    ("병사 6명이 매복 공격을 받고 실종됐다고 군 당국이 밝혔다.",
     6, "missing", None, "군 당국", WEEK),
    # --- a contrast opens a clause with its own topic ------------------------------------
    ("르완다 정부는 개입을 부인했지만, 유엔 전문가 보고서는 르완다군 3천∼4천 명이 국경 안에서 "
     "싸우고 있다고 지적했다.", (3000, 4000), "strength", None, "유엔 전문가 보고서", WEEK),
    ("러시아는 피해를 공개하지 않았으나 영국 국방부는 러시아군 사상자가 1만 명을 넘는다고 "
     "추산했다.", 10000, "casualties", "more than", "영국 국방부", WEEK),
    # --- a speaker whose saying an outlet relays -----------------------------------------
    ("압둘라 대변인은 17일 \"16일 밤 교전으로 군인 14명이 숨졌다\"고 말했다고 로이터통신이 전했다.",
     14, "killed", None, "압둘라", ("2025-03-16", "day")),
    ("아메드 대변인은 \"장병 8명이 다쳤다\"고 밝혔다고 AP통신이 보도했다.",
     8, "wounded", None, "아메드", WEEK),
    ("경찰청장은 현지 방송에 \"경찰관 6명이 숨졌다\"고 말했다고 외신이 전했다.",
     6, "killed", None, "경찰청장", WEEK),
    ("나세르 사령관은 반군 50여 명을 사살했다고 밝혔다고 알자지라 방송이 보도했다.",
     50, "killed", "more than", "나세르", WEEK),
    ("카라미 국방장관은 \"병사 11명이 실종됐다\"고 말했다고 AFP통신이 전했다.",
     11, "missing", None, "카라미", WEEK),
    # --- a month before a count is a date -----------------------------------------------
    ("합참은 2024년 5월 300여 명을 전방에 배치했다고 밝혔다.",
     300, "strength", "more than", "합참", ("2024-05-15", "month")),
    ("올해 1월 500명이 전방에 투입됐다고 합참이 밝혔다.",
     500, "strength", None, "합참", ("2025-01-15", "month")),
]


@pytest.mark.parametrize("text, value, metric, qualifier, source, when", CASES)
def test_round16_korean(text, value, metric, qualifier, source, when):
    assert_one_row(text, DAY, metric, value, qualifier, source, when)


NO_CLAIM = [
    # --- plans in the count's clause -----------------------------------------------------
    "국방부는 다음 달 장병 300여 명을 추가로 파견할 예정이라고 밝혔다.",
    "정부는 연말까지 병력 5천 명을 국경에 배치할 계획이다.",
    "해병대는 내년 훈련에 병력 600명을 보내는 방안을 검토하고 있다.",
    "군은 병력 2천 명을 증파할 방침이라고 밝혔다.",
    "사령관은 \"병력 3천 명을 더 보내겠다\"고 말했다.",
    "파병될 예정인 장병 250명은 현재 국내에서 훈련 중이다.",
    "나머지 장병 90명은 다음 주 출국할 예정입니다.",
    "정부는 수도 탈환 뒤 1만 명을 투입해 북부 공세에 나설 계획입니다.",
    # --- a first deployment years back ---------------------------------------------------
    "아크부대는 2011년 1월 130여 명으로 처음 파병됐다.",
    "청해부대는 2009년 처음 파병됐으며 당시 장병 300여 명이 출국했다.",
    # --- the displaced and the bereaved --------------------------------------------------
    "분쟁 이후 50만 명 이상이 삶의 터전을 잃었다고 유엔이 밝혔다.",
    "내전으로 30만 명이 집을 잃었다고 국제기구가 밝혔다.",
    "전쟁으로 2천여 명이 일자리를 잃었다.",
    # --- nationals and callings ----------------------------------------------------------
    "사망자 가운데는 방글라데시인 20명과 스리랑카인 2명도 있었다.",
    "이 공격으로 이탈리아인 9명이 숨졌다고 경찰이 밝혔다.",
    "보건부는 팔레스타인 사망자가 3만 명을 넘었다고 밝혔다.",
    "테러로 파키스탄인 4명이 다쳤다고 외교부가 밝혔다.",
    "인질 가운데 대법원 판사 1명이 숨졌다.",
    "폭발로 외교관 3명이 다쳤다고 대사관이 밝혔다.",
    "공습으로 학생 20여 명이 숨졌다고 현지 언론이 전했다.",
    # --- a day's average of men put to work ----------------------------------------------
    "북한은 하루 평균 2천여 명을 도로 공사에 투입하고 있다고 합참이 밝혔다.",
    "군은 일평균 500여 명을 복구 작업에 동원하고 있다.",
]


@pytest.mark.parametrize("text", NO_CLAIM)
def test_round16_korean_no_claim(text):
    assert rows(text, DAY) == []


def test_the_toll_of_the_parts_is_the_one_the_sentence_before_leads_with():
    text = ("보건부는 사망자가 500명을 넘었고 부상자는 1천200명에 이른다고 밝혔다. "
            "이 가운데 군인은 60여 명으로 파악됐다.")
    assert [r[:2] for r in rows(text, DAY)] == [(500, "killed"), (1200, "wounded"),
                                                (60, "killed")]


def test_the_soldiers_among_the_dead_and_wounded_of_an_attack():
    text = ("군 당국은 공격으로 숨진 사람이 40명을 넘었고 다친 사람은 90명이라고 밝혔다. "
            "그중 경찰관은 15명이다.")
    assert [r[:2] for r in rows(text, DAY)] == [(40, "killed"), (90, "wounded"),
                                                (15, "killed")]


@pytest.mark.parametrize("text", [
    "유엔은 성명에서 평화유지군 병사 6명이 다쳤다고 밝혔다. 이 가운데 2명은 중상이다.",
    "국방부는 장병 11명이 부상했다고 밝혔다. 그 가운데 4명은 중상을 입었다.",
])
def test_how_badly_some_of_the_wounded_before_were_hurt_is_no_claim(text):
    assert [r[:2] for r in rows(text, DAY)] == [(rows(text, DAY)[0][0], "wounded")]
    assert len(rows(text, DAY)) == 1


@pytest.mark.parametrize("text, source", [
    ("\"공격에 가담한 무장대원은 200여 명이었다.\" 현지 경찰서장은 이같이 말했다.", "현지 경찰서장"),
    ("\"반군 포로는 모두 45명이다\" 정부군 대변인은 이렇게 밝혔다.", "정부군 대변인"),
    ("\"장병 3명이 다쳤다\" 국방부 관계자는 그렇게 설명했다.", "국방부 관계자"),
])
def test_thus_said_points_back_to_the_quote(text, source):
    assert [r[3] for r in rows(text, DAY)] == [source]


@pytest.mark.parametrize("text, expected", [
    ("호주와 영국 해병대도 각각 100여 명, 40여 명을 보냈다고 국방부가 밝혔다.",
     [(100, "strength", "more than"), (40, "strength", "more than")]),
    ("프랑스와 독일도 각각 병력 200명, 150명을 보냈다.",
     [(200, "strength", None), (150, "strength", None)]),
    ("이 공격으로 군인 5명, 경찰관 3명이 숨졌다고 내무부가 밝혔다.",
     [(5, "killed", None), (3, "killed", None)]),
    ("정부군 12명, 반군 30여 명이 숨졌다고 관측소가 밝혔다.",
     [(12, "killed", None), (30, "killed", "more than")]),
    ("폭발로 군인 5명, 민간인 3명이 숨졌다고 경찰이 밝혔다.", [(5, "killed", None)]),
    ("미국은 폴란드에 3천 명을 보냈다고 국방부가 밝혔다.", [(3000, "strength", None)]),
])
def test_counts_listed_with_commas_share_the_verb_after_the_last(text, expected):
    assert [r[:3] for r in rows(text, DAY)] == expected


@pytest.mark.parametrize("text, source", [
    ("사령부 대변인 호세 산토스 중령은 \"반군 32명을 사살했다\"고 말했습니다.", "호세 산토스"),
    ("마이클 존슨 소령은 병사 4명이 다쳤다고 밝혔다.", "마이클 존슨"),
    ("군 대변인 아흐메드 칼릴 대위는 \"경찰관 6명이 숨졌다\"고 말했다.", "아흐메드 칼릴"),
])
def test_a_rank_below_a_colonel_ends_the_name(text, source):
    assert [r[3] for r in rows(text, DAY)] == [source]


@pytest.mark.parametrize("text, part", [
    ("이번 훈련에는 한미 장병 1만여 명이 참가했다고 합참이 밝혔다. 미군은 이 가운데 약 3천 명이다.",
     (3000, "strength", "about", "합참")),
    ("연합군 병력은 2만 명이라고 국방부가 밝혔다. 프랑스군은 그 가운데 4천여 명이다.",
     (4000, "strength", "more than", "국방부")),
    ("다국적군은 모두 8천 명 규모라고 사령부가 밝혔다. 영국군은 1천200명으로 집계됐다.",
     (1200, "strength", None, "사령부")),
])
def test_the_army_a_clause_is_about_counted_with_a_copula(text, part):
    assert [r[:4] for r in rows(text, DAY)][-1] == part


@pytest.mark.parametrize("text, first, second", [
    ("밀리 의장은 \"러시아군은 10만 명을 훨씬 넘는 병력이 죽거나 다쳤다\"고 말했다. 그는 "
     "우크라이나군도 약 10만 명의 사상자를 냈을 것이라고 덧붙였다.",
     (100000, "casualties", "more than"), (100000, "casualties", "about")),
    ("국정원은 러시아군 사상자가 약 5만 명이라고 밝혔다. 우크라이나군 사상자도 5만 명을 "
     "넘는 것으로 추산된다고 덧붙였다.",
     (50000, "casualties", "about"), (50000, "casualties", "more than")),
])
def test_two_armies_hedged_apart_are_two_facts(text, first, second):
    assert [r[:3] for r in rows(text, DAY)] == [first, second]


GUARDS = [
    # a span closed by its end is no toll since a start; the day of telling dates it
    ("국방부는 27일 북한이 1월 초부터 2월 중순까지 병력 3천여 명을 추가로 파병했다고 밝혔다.",
     3000, "reinforcements", "more than", "국방부", ("2025-02-27", "day")),
    # the count's own verb sent the men: the next verb's loss is not theirs
    ("군은 병력 300명을 투입하고 반군을 사살했다고 밝혔다.", 300, "strength", None, "군", WEEK),
    # a place after a contrast is no speaker
    ("합참은 부상자 가운데 2명은 중상이지만 생명에는 지장이 없다고 밝혔다. 장병 7명이 다쳤다고 "
     "합참은 덧붙였다.", 7, "wounded", None, "합참", WEEK),
    # death in battle is still killed
    ("국방부는 장병 2명이 전사했다고 밝혔다.", 2, "killed", None, "국방부", WEEK),
    ("합참은 전사자가 7명으로 늘었다고 밝혔다.", 7, "killed", None, "합참", WEEK),
    ("국방부는 IS 전사 300여 명이 숨졌다고 밝혔다.", 300, "killed", "more than", "국방부", WEEK),
    # a day's average and "하루 새" are still rates
    ("우크라이나군은 하루 평균 러시아군 1천 명을 사살하고 있다고 밝혔다.",
     1000, "loss_rate", None, "우크라이나군", WEEK),
    ("총참모부는 하루 새 러시아군 1천100명을 사살했다고 밝혔다.",
     1100, "loss_rate", None, "총참모부", WEEK),
    # a start followed by days is still a toll over days
    ("군 당국은 15일부터 사흘간 이어진 교전에서 반군 80여 명이 숨졌다고 밝혔다.",
     80, "killed", "more than", "군 당국", WEEK),
    # a decision already taken is no plan; a plan in another clause forecasts nothing here
    ("국방부는 장병 300여 명을 추가 배치하기로 했다고 밝혔다.",
     300, "reinforcements", "more than", "국방부", WEEK),
    ("국방부는 장병 500명을 배치했으며, 추가 병력을 보낼 계획이다.",
     500, "strength", None, "국방부", WEEK),
    # a force's loss of its own men is still a loss
    ("러시아군은 이 전투에서 병력 2천 명을 잃었다고 국방부가 밝혔다.",
     2000, "casualties", None, "국방부", WEEK),
    # soldiers are a force, though their word ends in 인
    ("군인 92명이 숨졌다고 국방부가 밝혔다.", 92, "killed", None, "국방부", WEEK),
    # a figure said years ago and recalled now is still a claim
    ("나스랄라 사무총장은 2021년 연설에서 전투원이 10만 명에 달한다고 주장했다.",
     100000, "strength", None, "나스랄라", ("2021-07-01", "year")),
    # an outlet that reports an event with no speaker is still the source
    ("장병 3명이 숨졌다고 AFP통신이 전했다.", 3, "killed", None, "AFP통신", WEEK),
]


@pytest.mark.parametrize("text, value, metric, qualifier, source, when", GUARDS)
def test_round16_korean_guards(text, value, metric, qualifier, source, when):
    assert_one_row(text, DAY, metric, value, qualifier, source, when)


def test_a_restated_toll_of_one_army_is_still_one_fact():
    # guard: the same army's figure, same hedge, said twice by one speaker (a second body
    # saying it, "영국 국방부도", is a second source: two claims, by the conventions)
    text = ("국방부는 러시아군 사상자가 약 5만 명이라고 밝혔다. 국방부는 또 러시아군 사상자를 "
            "약 5만 명으로 본다고 밝혔다.")
    assert len(rows(text, DAY)) == 1
