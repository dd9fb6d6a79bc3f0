"""Round 12 of issue 16, Korean: a paradigm sweep. Rather than the misses of one held-out
set, the grammar of Korean war copy as a grammar book would lay it out — how Yonhap, the
broadcasters, the dailies and the JCS/MND/NIS briefings attribute a figure (a name with its
title before or after it, a title alone, a pronoun pointing back, the speaker after a quote,
a speaker who goes on in the next paragraph, "에 따르면", anonymous officials, bodies, armed
groups, a statement, a Telegram post, reporters, an interview), date it (a day of the month,
last month's day, a weekday, yesterday, today, overnight, since the war began, last week,
no date at all) and state it (killed, wounded, missing, captured, casualties, strength,
losses per day; numbers in digits, with 만/천, native numerals, ranges, hedges before and
after, fractions). Every sentence was written for this table, none is taken from a file of
the repository. Each proposes exactly one claim, checked for metric, value, qualifier,
source keyword, date and precision; a case the rules cannot read yet is `xfail(strict=True)`
with the reason, so it fails loudly the day it starts to pass."""
import datetime as dt

import pytest
from intake_support import rows

DAY = dt.date(2025, 3, 18)  # a Tuesday
WEEK = ("2025-03-18", "week")  # no date in the sentence: the publication day, week precision


def _xfail(reason, *case):
    return pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason=reason))


CASES = [
    # --- who says so ---------------------------------------------------------------------
    # a name with its title after it, before it; a title alone; a spokesman of a body
    ("김용현 국방부 장관은 북한군 약 1만1천 명이 쿠르스크 지역에 배치돼 있다고 말했다.",
     11000, "strength", "about", "김용현", WEEK),
    ("국방부 장관 김용현은 북한군 약 1만1천 명이 쿠르스크 지역에 배치돼 있다고 말했다.",
     11000, "strength", "about", "김용현", WEEK),
    ("국방부 대변인은 북한군 사상자가 3천 명을 넘어섰다고 밝혔다.",
     3000, "casualties", "more than", "국방부", WEEK),
    ("전하규 국방부 대변인은 정례 브리핑에서 북한군 300여 명이 숨졌다고 밝혔다.",
     300, "killed", "more than", "전하규", WEEK),
    # the speaker after the quote, subject-marked or topic-marked
    ("\"북한군 약 4천 명이 죽거나 다쳤다\"고 국정원 관계자가 말했다.",
     4000, "casualties", "about", "국정원", WEEK),
    ("\"러시아군 병사 20명을 생포했다\"고 우크라이나군 총참모부는 밝혔다.",
     20, "captured", None, "총참모부", WEEK),
    ("지난 5일 새벽 교전으로 정부군 병사 12명이 숨졌다고 국방부가 밝혔다.",
     12, "killed", None, "국방부", ("2025-03-05", "day")),
    # "에 따르면"
    ("합동참모본부에 따르면 이번 훈련에는 미군 2천여 명이 참가했다.",
     2000, "strength", "more than", "합동참모본부", WEEK),
    ("국가정보원에 따르면 북한군 약 2천 명이 추가로 파병됐다.",
     2000, "reinforcements", "about", "국가정보원", WEEK),
    # anonymous officials and sources
    ("정보당국 관계자는 북한군 사상자가 약 4천 명에 이른다고 말했다.",
     4000, "casualties", "about", "관계자", WEEK),
    ("정부 소식통은 북한군 포로 2명이 우크라이나군에 억류돼 있다고 전했다.",
     2, "captured", None, "소식통", WEEK),
    ("익명을 요구한 한 당국자는 북한군 약 200명이 숨졌다고 말했다.",
     200, "killed", "about", "당국자", WEEK),
    ("미 당국자들은 북한군 약 200명이 숨졌다고 전했다.",
     200, "killed", "about", "당국자", WEEK),
    ("한 우크라이나 군 관계자는 로이터통신에 북한군 약 200명이 숨졌다고 말했다.",
     200, "killed", "about", "관계자", WEEK),
    # armed groups and armies claiming the enemy's losses
    ("하마스는 이스라엘군 병사 10명을 사살했다고 주장했다.",
     10, "killed", None, "하마스", WEEK),
    ("이스라엘군은 하마스 대원 50여 명을 사살했다고 발표했다.",
     50, "killed", "more than", "이스라엘군", WEEK),
    ("탈레반은 정부군 병사 30명을 생포했다고 주장했다.",
     30, "captured", None, "탈레반", WEEK),
    ("반군 대변인은 정부군 병사 40명을 생포했다고 AFP통신에 말했다.",
     40, "captured", None, "반군", WEEK),
    # a statement, a Telegram post, a post on X, reporters, an interview
    ("헤즈볼라는 성명을 통해 이스라엘군 8명을 살해했다고 밝혔다.",
     8, "killed", None, "헤즈볼라", WEEK),
    ("우크라이나 국방부는 성명에서 러시아군 병사 1천여 명이 사망했다고 밝혔다.",
     1000, "killed", "more than", "우크라이나 국방부", WEEK),
    ("하마스 무장조직 알카삼 여단은 텔레그램 채널을 통해 이스라엘군 병사 5명을 사살했다고 "
     "주장했다.", 5, "killed", None, "알카삼", WEEK),
    ("젤렌스키 대통령은 텔레그램을 통해 북한군 병사 2명을 생포했다고 밝혔다.",
     2, "captured", None, "젤렌스키", WEEK),
    ("젤렌스키 대통령은 텔레그램에 북한군 병사 2명을 생포했다고 올렸다.",
     2, "captured", None, "젤렌스키", WEEK),
    ("젤렌스키 대통령은 텔레그램에 \"북한군 병사 2명을 생포했다\"고 썼다.",
     2, "captured", None, "젤렌스키", WEEK),
    ("젤렌스키 대통령은 엑스(X)에 올린 글에서 북한군 병사 2명을 생포했다고 밝혔다.",
     2, "captured", None, "젤렌스키", WEEK),
    ("존 커비 백악관 국가안보소통보좌관은 기자들에게 북한군 약 1만 명이 러시아에 있다고 말했다.",
     10000, "strength", "about", "커비", WEEK),
    ("오스틴 장관은 기자들과 만나 북한군 약 1만 명이 러시아에 있다고 말했다.",
     10000, "strength", "about", "오스틴", WEEK),
    ("오스틴 장관은 CNN과의 인터뷰에서 북한군 약 1만 명이 러시아에 있다고 말했다.",
     10000, "strength", "about", "오스틴", WEEK),
    # a body that judges: "…것으로 파악하고 있다", "…으로 추정된다고 보고했다"
    ("국방정보본부는 북한군 사상자가 3천 명을 넘는 것으로 파악하고 있다.",
     3000, "casualties", "more than", "국방정보본부", WEEK),
    ("국정원은 북한군 사상자가 4천 명으로 추정된다고 국회에 보고했다.",
     4000, "casualties", None, "국정원", WEEK),
    # a speaker introduced in one sentence or paragraph who goes on in the next
    ("합참은 오늘 새벽 북한군이 군사분계선을 넘었다고 밝혔습니다.\n\n"
     "합참은 북한군 20여 명이 작업 도중 경계선을 넘었다고 설명했습니다.",
     20, "strength", "more than", "합참", WEEK),
    ("국정원은 이날 국회 정보위원회에 출석했습니다. 국정원은 \"북한군 사상자가 3천 명을 "
     "넘었다\"고 설명했습니다.", 3000, "casualties", "more than", "국정원", WEEK),
    # "그는 … 말했다": he, pointing back to the speaker before
    ("합참 관계자는 브리핑에서 북한의 도발에 대해 설명했다. 그는 \"북한군 약 20명이 "
     "군사분계선을 넘었다\"고 말했다.", 20, "strength", "about", "합참", WEEK),
    # a pronoun points back to the titled person the sentence before opens on (round 15)
    ("오스틴 장관은 기자회견을 열었다. 그는 북한군 1만여 명이 러시아에 있다고 말했다.",
     10000, "strength", "more than", "오스틴", WEEK),
    # --- when ----------------------------------------------------------------------------
    ("우크라이나군은 지난 13일 북한군 병사 1명을 생포했다고 밝혔다.",
     1, "captured", None, "우크라이나군", ("2025-03-13", "day")),
    ("러시아 국방부는 16일 하루 동안 우크라이나군 병사 300명이 숨졌다고 밝혔다.",
     300, "killed", None, "러시아 국방부", ("2025-03-16", "day")),
    ("국방부는 3월 5일 교전에서 정부군 병사 12명이 숨졌다고 밝혔다.",
     12, "killed", None, "국방부", ("2025-03-05", "day")),
    ("국방부는 지난달 27일 교전에서 장병 3명이 숨졌다고 밝혔다.",
     3, "killed", None, "국방부", ("2025-02-27", "day")),
    ("국방부는 3일(현지시간) 교전에서 장병 3명이 숨졌다고 밝혔다.",
     3, "killed", None, "국방부", ("2025-03-03", "day")),
    ("국방부는 지난 16일 밤 교전에서 장병 3명이 숨졌다고 밝혔다.",
     3, "killed", None, "국방부", ("2025-03-16", "day")),
    ("국방부는 16일 장병 3명이 숨졌다고 17일 밝혔다.",
     3, "killed", None, "국방부", ("2025-03-16", "day")),
    ("합참에 따르면 이날 새벽 교전으로 우리 군 장병 2명이 다쳤다.",
     2, "wounded", None, "합참", ("2025-03-18", "day")),
    ("해병대사령부는 오늘 오전 교전에서 해병대원 2명이 부상했다고 밝혔다.",
     2, "wounded", None, "해병대사령부", ("2025-03-18", "day")),
    ("어제 교전에서 우리 해병대원 2명이 전사했다고 해병대사령부가 밝혔다.",
     2, "killed", None, "해병대사령부", ("2025-03-17", "day")),
    # a weekday; the day before yesterday; overnight (the night just past, as 간밤)
    ("국방부는 지난 일요일 교전에서 장병 3명이 숨졌다고 밝혔다.",
     3, "killed", None, "국방부", ("2025-03-16", "day")),
    ("국방부는 토요일 교전에서 장병 3명이 숨졌다고 밝혔다.",
     3, "killed", None, "국방부", ("2025-03-15", "day")),
    ("국방부는 그저께 교전에서 장병 3명이 숨졌다고 밝혔다.",
     3, "killed", None, "국방부", ("2025-03-16", "day")),
    ("이스라엘군은 밤사이 공습으로 하마스 대원 20명을 사살했다고 밝혔다.",
     20, "killed", None, "이스라엘군", ("2025-03-17", "day")),
    # the day before the publication, when the story named no day (round 15)
    ("국방부는 전날 교전에서 장병 3명이 숨졌다고 밝혔다.",
     3, "killed", None, "국방부", ("2025-03-17", "day")),
    # since the war began, this year: a total, dated by the publication day
    ("전쟁이 시작된 이후 러시아군 사상자는 약 70만 명에 이른다고 영국 국방부가 밝혔다.",
     700000, "casualties", "about", "영국 국방부", WEEK),
    ("우크라이나 총참모부는 전쟁 발발 이후 러시아군 병사 약 90만 명이 죽거나 다쳤다고 밝혔다.",
     900000, "casualties", "about", "총참모부", WEEK),
    ("국방부는 올해 들어 장병 30명이 숨졌다고 밝혔다.",
     30, "killed", None, "국방부", WEEK),
    # last week: the week before, as the English "last week" is read
    ("국정원은 지난주 북한군 약 200명이 숨졌다고 밝혔다.",
     200, "killed", "about", "국정원", ("2025-03-08", "week")),
    # --- what ----------------------------------------------------------------------------
    ("국방부는 교전 과정에서 장병 3명이 실종됐다고 밝혔다.",
     3, "missing", None, "국방부", WEEK),
    ("국방부는 장병 2명이 행방불명됐다고 밝혔다.",
     2, "missing", None, "국방부", WEEK),
    ("국방부는 장병 2명과 연락이 두절됐다고 밝혔다.",
     2, "missing", None, "국방부", WEEK),
    ("우크라이나군은 러시아군 병사 12명이 포로로 잡혔다고 밝혔다.",
     12, "captured", None, "우크라이나군", WEEK),
    ("우크라이나군은 러시아군 병사 12명이 투항했다고 밝혔다.",
     12, "captured", None, "우크라이나군", WEEK),
    ("유엔군사령부는 북한군 귀순자 1명의 신병을 확보했다고 밝혔다.",
     1, "captured", None, "유엔군사령부", WEEK),
    ("이번 교전으로 정부군 병사 12명이 목숨을 잃었다고 국방부가 밝혔다.",
     12, "killed", None, "국방부", WEEK),
    ("국방부는 사망자 수가 12명으로 늘었다고 밝혔다.",
     12, "killed", None, "국방부", WEEK),
    ("국방부에 따르면 부상자는 30명으로 집계됐다.",
     30, "wounded", None, "국방부", WEEK),
    ("국방부는 장병 5명이 중상을 입었다고 밝혔다.",
     5, "wounded", None, "국방부", WEEK),
    ("국방부는 전사자가 5명이라고 밝혔다.",
     5, "killed", None, "국방부", WEEK),
    ("러시아군의 하루 평균 사상자는 약 1천500명이라고 영국 국방부가 밝혔다.",
     1500, "loss_rate", "about", "영국 국방부", WEEK),
    ("우크라이나군 총참모부는 하루 새 러시아군 1천300명을 사살했다고 밝혔다.",
     1300, "loss_rate", None, "총참모부", WEEK),
    ("우크라이나 총참모부에 따르면 지난 24시간 동안 러시아군 1천200명이 사망하거나 다쳤다.",
     1200, "loss_rate", None, "총참모부", WEEK),
    ("국방부는 미군 3만 명이 주둔하고 있다고 밝혔다.",
     30000, "strength", None, "국방부", WEEK),
    ("국방부는 5만 명 규모의 병력을 국경에 배치했다고 밝혔다.",
     50000, "strength", None, "국방부", WEEK),
    ("주한미군 병력은 약 2만8천500명이라고 국방부가 밝혔다.",
     28500, "strength", "about", "국방부", WEEK),
    ("국정원은 북한이 3천 명을 추가로 파병했다고 밝혔다.",
     3000, "reinforcements", None, "국정원", WEEK),
    # an army named right before its count, the clause's subject, is a strength (round 15)
    ("오스틴 장관은 북한군 약 1만 명이 러시아 동부에서 훈련 중이라고 말했다.",
     10000, "strength", "about", "오스틴", WEEK),
    # numbers as written: 만 with and without a space, 천, native numerals
    ("국방부는 북한군 1만 2천여 명이 러시아에 파병됐다고 밝혔다.",
     12000, "strength", "more than", "국방부", WEEK),
    ("국방부는 북한군 1만2000명이 러시아에 파병됐다고 밝혔다.",
     12000, "strength", None, "국방부", WEEK),
    ("국방부는 교전으로 장병 두 명이 숨졌다고 밝혔다.",
     2, "killed", None, "국방부", WEEK),
    ("국방부는 장병 다섯 명이 실종됐다고 밝혔다.",
     5, "missing", None, "국방부", WEEK),
    ("국방부는 장병 열두 명이 다쳤다고 밝혔다.",
     12, "wounded", None, "국방부", WEEK),
    ("국방부는 장병 스물세 명이 다쳤다고 밝혔다.",
     23, "wounded", None, "국방부", WEEK),
    # ranges
    ("국정원은 북한군 1만~1만2천 명이 파병된 것으로 보고 있다.",
     (10000, 12000), "strength", None, "국정원", WEEK),
    ("국정원은 북한군 사상자가 3천~4천 명에 이른다고 밝혔다.",
     (3000, 4000), "casualties", None, "국정원", WEEK),
    ("국정원은 북한군 사상자가 3천에서 4천 명 사이라고 밝혔다.",
     (3000, 4000), "casualties", None, "국정원", WEEK),
    # hedges before and after the number
    ("국방부는 북한군 최소 100명이 사망했다고 밝혔다.",
     100, "killed", "at least", "국방부", WEEK),
    ("국방부는 적어도 100명의 북한군이 사망했다고 밝혔다.",
     100, "killed", "at least", "국방부", WEEK),
    ("국방부는 북한군 사망자가 500명 이상이라고 밝혔다.",
     500, "killed", "at least", "국방부", WEEK),
    ("국방부는 북한군 사망자가 100명 가까이 된다고 밝혔다.",
     100, "killed", "nearly", "국방부", WEEK),
    ("국방부는 북한군 사망자가 500명에 육박한다고 밝혔다.",
     500, "killed", "nearly", "국방부", WEEK),
    ("국방부는 북한군 사망자가 최대 500명에 이른다고 밝혔다.",
     500, "killed", "up to", "국방부", WEEK),
    ("국방부는 북한군 사망자가 500명이 채 안 된다고 밝혔다.",
     500, "killed", "up to", "국방부", WEEK),
    ("국방부는 북한군 사망자가 500명에 못 미친다고 밝혔다.",
     500, "killed", "up to", "국방부", WEEK),
    ("국방부는 북한군 사망자가 500명 가량이라고 밝혔다.",
     500, "killed", "about", "국방부", WEEK),
    ("국방부는 북한군 사망자가 500명 안팎이라고 밝혔다.",
     500, "killed", "about", "국방부", WEEK),
    ("국방부는 북한군 사망자가 500명을 넘는다고 밝혔다.",
     500, "killed", "more than", "국방부", WEEK),
    ("국방부는 북한군 사망자가 500명에 달한다고 밝혔다.",
     500, "killed", None, "국방부", WEEK),
    # fractions
    ("국정원은 파병된 북한군의 3분의 1이 죽거나 다쳤다고 밝혔다.",
     1 / 3, "casualties", None, "국정원", WEEK),
    ("국정원은 파병된 북한군의 절반이 사상자라고 밝혔다.",
     0.5, "casualties", None, "국정원", WEEK),
    ("국정원은 파병된 북한군 가운데 약 40%가 죽거나 다쳤다고 밝혔다.",
     0.4, "casualties", "about", "국정원", WEEK),
]


@pytest.mark.parametrize("text, value, metric, qualifier, keyword, date", CASES)
def test_the_one_claim_of_a_paradigm_sentence(text, value, metric, qualifier, keyword, date):
    (row,) = rows(text, DAY)
    got_value = tuple(round(v) for v in row[0]) if isinstance(row[0], tuple) else row[0]
    assert (got_value, row[1], row[2]) == (pytest.approx(value), metric, qualifier)
    assert keyword in row[3], row[3]
    assert (row[4], row[5]) == date


@pytest.mark.parametrize("text", [
    "국방부는 수백 명의 장병이 다쳤다고 밝혔다.",  # hundreds: no number
    "합참은 북한이 단거리 탄도미사일 3발을 발사했다고 밝혔다.",  # missiles, no people
    "국방부는 서울 시내 3구에 방공 진지를 세웠다고 밝혔다.",  # 구, a district, no bodies
])
def test_a_sentence_with_no_head_count_proposes_nothing(text):
    assert rows(text, DAY) == []


# --- the fourteenth set's grammar, in sentences of its own (none from the set) -----------

def test_counts_joined_by_gwa_and_their_sum_count_what_the_first_does():
    found = rows("국방부에 따르면 이날 출국한 장병은 공병대 300여 명과 의무대 50여 명 등 모두 "
                 "350여 명이다.", DAY)
    assert [(r[0], r[1], r[2], r[3]) for r in found] == [
        (300, "strength", "more than", "국방부"), (50, "strength", "more than", "국방부"),
        (350, "strength", "more than", "국방부")]


def test_the_first_of_two_counts_before_one_verb_of_presence_is_a_strength_too():
    found = rows("국방부에 따르면 이번 훈련에는 미군 2천여 명과 한국군 약 1만 명이 참가한다.", DAY)
    assert [(r[0], r[1], r[2]) for r in found] == [(2000, "strength", "more than"),
                                                   (10000, "strength", "about")]


@pytest.mark.parametrize("text, value, qualifier", [
    ("국방부는 \"공항에는 미군 약 3천 명이 남아 경계 임무를 수행하고 있다\"고 밝혔다.", 3000, "about"),
    ("국방부는 현장에 있던 영국군 500여 명 가운데 다친 사람은 없다고 밝혔다.", 500, "more than"),
])
def test_troops_who_remain_or_were_there_are_a_strength(text, value, qualifier):
    (row,) = rows(text, DAY)
    assert row[:4] == (value, "strength", qualifier, "국방부")


def test_an_army_that_tells_of_its_own_kills_is_their_source():
    (row,) = rows("이스라엘군은 지난 7일 공습으로 하마스 대원 30명을 사살했다.", DAY)
    assert row == (30, "killed", None, "이스라엘군", "2025-03-07", "day")
