"""Round 15 of issue 16, Korean: a side's running tally of the enemy it has killed or taken
("지금까지 공비 23명을 사살하고") counts since its operation began, so the day said with it
is the day of telling and the figure is dated by the publication at week precision, as the
conventions date every toll since an operation's start; two days joined ("지난 2일과 3일
밤", "12∼13일") are a span, dated the same way, as English "on Wednesday and Thursday" is;
and a sentence that only adds ("…고 덧붙였다") still has the speaker before for its source,
but, as the conventions say of "he said", its figure is dated by the publication, not by the
day of the sentence before.

Also: men called up (소집) are a force, as the mobilised (동원) are; foreigners counted by
their country ("미국인 11명과 태국인 12명"), civil servants (공무원) and a city's inhabitants
(인구) are no force; an army or a unit named right before its count, the subject of its clause
("주한미군 2만8천500명도 대비태세를 강화했다"), is a strength whatever its verb, though not a
count listed before another ("인도군 20명, 중국군 4명이 숨진") nor a handful whose own fate
the clause tells ("북한군 1명이 귀순했다"); men being treated (치료를 받고) are wounded; a
quote closed and joined to the next ('…배치하고 있다"며 "…가능성에 대비해…') is a clause of
its own, so the modal of the second quote forecasts nothing of the first; how badly some of
the wounded already counted were hurt ("부상자 가운데 3명은 중상", "12명이 다쳤고 이 가운데
3명은 중상") is a part of that toll, no claim; and people held by attackers ("한때 600여 명이
억류됐다") are no force, whoever got in.

And: an outlet that cites someone ("현지 언론은 대통령궁 소식통을 인용해 … 전했다") carried
that one's words, who is the source, as with "로이터통신에 따르면 … 대변인은"; a count named
as the reinforcement itself ("증원 병력 300여 명과 자주포 6문을 추가 배치") is recorded as
its strength, as round 14 records a force sent as reinforcement; an earlier year's edition
of an exercise ("직전인 2022년 훈련에는", "… 매년 열려 왔으며, 2016년에는"), not only last
year's, is a comparison; and a count compared with ("지난해 2만5천 명보다 줄었다") is no
claim, its time dates nothing, and the count compared with it right after ("100명보다 많은
150여 명") takes its reading, while a count the clause says is exceeded ("10만 명보다 훨씬
많다", "10만 명을 돌파했다") is the claim, more than it.

Last: a wire lead that reports a dated event ("… 2일부터 … 훈련을 시작했다고 해군과 해병대가
밝혔다"), not only a dated announcement, gives its issuer to the paragraph after it; the date
of the reason a clause gives ("지난해 교전이 격화된 점을 고려해") dates no figure; a loss of an
earlier month told as what also happened ("지난해 11월에는 … 26명이 숨지기도 했습니다") is an
event the story recalls, as are the dead of "당시 전쟁으로" (the war of that time); and "이날"
stands for the story's day, not for a day recalled from months before that a sentence between
named ("관저에는 지난해 12월 17일 … 억류됐다. 리마 경찰은 이날 …").

And forms round 13's table listed as not yet read: men eliminated ("병사 150명을 제거했다",
the count the object, not "지뢰를 제거했다") are killed; men whose fate is not known ("생사가
확인되지 않고 있다") are missing; "수준" (a level of) is about; "귀띔했다" (tipped off) and
"게시했다" (posted) report; "1천 명에서 1천500명 사이" is a range though 명 follows both ends;
"지난 주말" is last weekend, not the week before; a count grown from ("300명에서 500명으로
늘었다") is no claim, the count it grew to is; "그는" points back to the titled person or
official the sentence before opens on, though that one spoke no reporting verb ("오스틴 장관은
기자회견을 열었다. 그는 …"); and "전날" after a subject is the day before the day the story
last named, or before the publication (not "훈련 전날", the eve of what the word before names).

Why: each is a construction of Korean wire copy that recurs in new reporting — attribution
through a cited source, dates said beside a figure that are not its own, counts that restate,
compare or split a toll told before, and people counted who are no force — read here as the
conventions of the held-out sets (heldout11's) ask.

Every sentence was written for this table, none taken from a file of the repository. Each
case proposes exactly one claim unless it says otherwise."""
import datetime as dt

import pytest
from intake_support import assert_one_row, claims, rows

DAY = dt.date(2025, 3, 18)  # a Tuesday, the day of publication
WEEK = (DAY.isoformat(), "week")  # a figure dated by the publication

CASES = [
    # --- a side's running tally of the enemy it killed or took --------------------------
    ("군 당국은 현재까지 반군 40여 명을 사살했다고 16일 밝혔다.",
     40, "killed", "more than", "군 당국", WEEK),
    ("경찰청은 15일 소탕 작전에서 이제까지 조직원 8명을 생포했다고 밝혔다.",
     8, "captured", None, "경찰청", WEEK),
    ("해병대사령부는 17일 지금까지 해적 11명을 사살했다고 발표했다.",
     11, "killed", None, "해병대사령부", WEEK),
    # --- two days joined are a span ------------------------------------------------------
    ("합참은 지난 14일과 15일 밤 두 차례에 걸쳐 침투한 공작원은 모두 9명이라고 밝혔다.",
     9, "strength", None, "합참", WEEK),
    ("국방부는 3월 10일과 11일 교전에서 장병 4명이 숨졌다고 밝혔다.",
     4, "killed", None, "국방부", WEEK),
    ("경찰은 12∼13일 충돌로 경찰관 6명이 다쳤다고 밝혔다.",
     6, "wounded", None, "경찰", WEEK),
]


def test_both_counts_of_a_running_tally_are_dated_by_the_publication():
    assert rows("합동참모본부는 17일 지금까지 무장공비 12명을 사살하고 3명을 생포했다고 발표했다.",
                DAY) == [(12, "killed", None, "합동참모본부", *WEEK),
                         (3, "captured", None, "합동참모본부", *WEEK)]


def test_a_toll_of_strikes_so_far_keeps_the_day_it_was_told():
    # no tally of the side's own operation: the day said with the toll dates it
    assert rows("보건부는 17일 공습으로 지금까지 120명이 숨졌다고 밝혔다.", DAY) == [
        (120, "killed", None, "보건부", "2025-03-17", "day")]


def test_a_single_day_is_still_that_day():
    assert rows("국방부는 지난 14일 교전에서 장병 4명이 숨졌다고 밝혔다.", DAY) == [
        (4, "killed", None, "국방부", "2025-03-14", "day")]


@pytest.mark.parametrize("text, first, added", [
    ("국방부는 16일 교전으로 장병 3명이 숨졌다고 밝혔다.\n\n작전 과정에서 해병대원 2명도 다쳤다고 덧붙였다.",
     (3, "killed", None, "국방부", "2025-03-16", "day"),
     (2, "wounded", None, "국방부", *WEEK)),
    ("해군은 15일 \"해적 5명을 생포했다\"고 밝혔다.\n\n이어 해적 2명이 숨졌다고 덧붙였습니다.",
     (5, "captured", None, "해군", "2025-03-15", "day"),
     (2, "killed", None, "해군", *WEEK)),
])
def test_what_is_added_is_the_speakers_dated_by_the_publication(text, first, added):
    assert rows(text, DAY) == [first, added]


FORCES = [
    # --- men called up are a force ------------------------------------------------------
    ("이스라엘군은 예비군 36만 명을 소집했다고 밝혔다.",
     360000, "strength", None, "이스라엘군", WEEK),
    ("러시아 국방부는 예비역 약 30만 명을 소집한다고 발표했다.",
     300000, "strength", "about", "러시아 국방부", WEEK),
    ("국방부는 전역자 2천여 명을 긴급 소집했다고 밝혔다.",
     2000, "strength", "more than", "국방부", WEEK),
    # --- an army or unit named right before its count, the clause's subject ------------
    ("주한미군 2만8천 명도 경계 태세를 강화했다고 사령부가 밝혔다.",
     28000, "strength", None, "사령부", WEEK),
    ("청해부대 300여 명은 현지에서 임무를 계속하고 있다고 해군은 밝혔다.",
     300, "strength", "more than", "해군", WEEK),
    # --- an outlet that cites someone carried that one's words ---------------------------
    ("로이터통신은 미 국방부 관리를 인용해 미군 병력 약 3천 명이 배치됐다고 보도했다.",
     3000, "strength", "about", "미 국방부 관리", WEEK),
    ("AP통신은 익명의 군 관계자를 인용해 반군 40여 명이 사살됐다고 전했다.",
     40, "killed", "more than", "군 관계자", WEEK),
    ("장병 3명이 숨졌다고 외신이 현지 경찰을 인용해 보도했다.",
     3, "killed", None, "현지 경찰", WEEK),
    ("현지 매체는 군 소식통을 인용해 정부군 12명이 실종됐다고 전했다.",
     12, "missing", None, "군 소식통", WEEK),
    # --- a count named as the reinforcement is its strength ----------------------------
    ("국방부는 17일 백령도에 증원 병력 200여 명과 전차 4대를 추가 배치했다고 밝혔다.",
     200, "strength", "more than", "국방부", ("2025-03-17", "day")),
    ("합참은 증원군 약 2천 명을 전방에 추가로 투입했다고 밝혔다.",
     2000, "strength", "about", "합참", WEEK),
    ("해병대는 증원 부대 150명을 섬에 추가로 보냈다고 밝혔다.",
     150, "strength", None, "해병대", WEEK),
    # --- the count compared with a figure of another time takes the clause's reading ----
    ("사상자는 당초 알려진 100명보다 많은 150여 명으로 늘었다고 국방부가 밝혔다.",
     150, "casualties", "more than", "국방부", WEEK),
    ("참가 병력은 지난해 1만 명보다 늘어난 1만2천여 명이라고 합참이 밝혔다.",
     12000, "strength", "more than", "합참", WEEK),
    ("올해 훈련에는 지난해 3천 명보다 많은 장병 4천여 명이 참가했다.",
     4000, "strength", "more than", "the publication", WEEK),
    # --- forms round 13 listed as not yet read ------------------------------------------
    ("우크라이나 총참모부는 러시아군 병력 300여 명을 제거했다고 발표했다.",
     300, "killed", "more than", "총참모부", WEEK),
    ("이스라엘군은 하마스 대원 약 40명을 제거했다고 밝혔다.",
     40, "killed", "about", "이스라엘군", WEEK),
    ("해군은 승조원 5명의 생사가 확인되지 않고 있다고 밝혔다.",
     5, "missing", None, "해군", WEEK),
    ("국방부는 수색대원 2명의 생사가 불분명하다고 밝혔다.",
     2, "missing", None, "국방부", WEEK),
    ("합참은 북한군 사상자가 500명 수준이라고 밝혔다.",
     500, "casualties", "about", "합참", WEEK),
    ("영국 국방부는 러시아군의 하루 평균 사상자가 1천 명 수준이라고 밝혔다.",
     1000, "loss_rate", "about", "영국 국방부", WEEK),
    ("정부군 소식통은 반군 약 200명이 숨졌다고 귀띔했다.",
     200, "killed", "about", "소식통", WEEK),
    ("러시아 국방부는 텔레그램에 우크라이나군 병사 90명이 숨졌다고 게시했다.",
     90, "killed", None, "러시아 국방부", WEEK),
    ("국정원은 북한군 사상자가 2천 명에서 3천 명 사이라고 밝혔다.",
     (2000, 3000), "casualties", None, "국정원", WEEK),
    ("합참은 북한군 병력이 500명에서 600명 사이로 추정된다고 밝혔다.",
     (500, 600), "strength", None, "합참", WEEK),
    ("국방부는 지난 주말 교전에서 장병 3명이 숨졌다고 밝혔다.",
     3, "killed", None, "국방부", ("2025-03-15", "week")),
    ("합참은 지난주말 북한군 20여 명이 군사분계선을 넘었다고 밝혔다.",
     20, "strength", "more than", "합참", ("2025-03-15", "week")),
    ("국방부는 사상자가 300명에서 500명으로 늘었다고 밝혔다.",
     500, "casualties", None, "국방부", WEEK),
    ("러시아군 전사자는 1만 명에서 1만2천 명으로 증가했다고 국방부가 밝혔다.",
     12000, "killed", None, "국방부", WEEK),
    # --- "그는" points back to the person the sentence before opens on --------------------
    ("이성준 합참 공보실장은 브리핑에 나섰다. 그는 북한군 약 30명이 군사분계선을 넘었다고 말했다.",
     30, "strength", "about", "이성준", WEEK),
    ("존 커비 백악관 대변인은 17일 브리핑을 했다. 그는 북한군 3천 명이 추가로 파병됐다고 말했다.",
     3000, "reinforcements", None, "커비", WEEK),
    ("국방부 관계자는 기자들과 만났다. 그는 장병 4명이 다쳤다고 말했다.",
     4, "wounded", None, "국방부 관계자", WEEK),
    # --- men being treated are wounded ---------------------------------------------------
    ("미군 2명은 병원에서 치료를 받고 있다고 국방부가 밝혔다.",
     2, "wounded", None, "국방부", WEEK),
    ("합참은 장병 5명이 군 병원에서 치료를 받고 있다고 밝혔다.",
     5, "wounded", None, "합참", WEEK),
    # a count broken through (돌파) is passed
    ("우크라이나 총참모부는 러시아군 전사자가 10만 명을 돌파했다고 밝혔다.",
     100000, "killed", "more than", "총참모부", WEEK),
    ("북한군 사상자가 3천 명을 돌파한 것으로 추정된다고 국정원이 밝혔다.",
     3000, "casualties", "more than", "국정원", WEEK),
    ("러시아군 사상자는 10만 명보다 훨씬 많다고 국방부가 밝혔다.",
     100000, "casualties", "more than", "국방부", WEEK),
    ("합참은 전방 병력이 5천 명보다 더 많다고 밝혔다.",
     5000, "strength", "more than", "합참", WEEK),
    # --- the wounded counted, then how badly some were hurt: the count alone ------------
    ("합참은 해병대원 9명이 다쳤으며 부상자 중 2명은 위독하다고 밝혔다.",
     9, "wounded", None, "합참", WEEK),
    ("국방부는 장병 12명이 다쳤다고 밝혔다. 국방부는 부상자 가운데 4명은 중상이라고 덧붙였다.",
     12, "wounded", None, "국방부", WEEK),
    ("합참은 장병 12명이 다쳤고 이 가운데 3명은 중상이라고 밝혔다.",
     12, "wounded", None, "합참", WEEK),
]


@pytest.mark.parametrize("text, value, metric, qualifier, keyword, date", CASES + FORCES)
def test_the_one_claim_of_a_round15_sentence(text, value, metric, qualifier, keyword, date):
    assert_one_row(text, DAY, metric, value, qualifier, keyword, date)


@pytest.mark.parametrize("text", [
    # foreigners by their country, civil servants, inhabitants
    "외교부는 일본인 3명과 중국인 5명이 숨진 것으로 확인됐다고 밝혔다.",
    "외국인 피해도 잇따라 영국인 4명과 미국인 2명이 숨졌다.",
    "보건부는 외국인 사망자가 14명이라고 밝혔다.",
    "행정안전부는 공무원 30만여 명이 비상 근무에 참여한다고 밝혔다.",
    "정부군은 인구 40만 명의 이 도시에 병력을 투입했다.",
    "인구 30만 명인 이 도시에는 유엔 평화유지군이 주둔하고 있다.",
    # people held by the attackers who got in
    "무장세력이 호텔에 침입해 한때 투숙객 200여 명이 억류됐다.",
    "반군이 국경을 넘어 침투해 한때 50여 명이 억류됐다고 경찰이 밝혔다.",
    "괴한들이 학교에 들이닥쳐 100여 명이 인질로 잡혔다.",
    # an earlier year's edition of an exercise; a figure compared with
    "직전인 2023년 훈련에는 12개국 1만여 명이 참가했다.",
    "호국훈련은 1996년부터 매년 열려 왔으며, 2019년에는 병력 30만여 명이 참가했다.",
    "2022년 연합연습에는 한미 장병 2만여 명이 참여했다.",
    "미군 참가 규모는 지난해 2만5천 명보다 줄었다.",
])
def test_people_who_are_no_force_give_no_figure(text):
    assert rows(text, DAY) == []


@pytest.mark.parametrize("text, value", [
    ("합참 관계자는 \"북한군은 전방에 포병 약 1만 명을 배치하고 있다\"며 \"도발 가능성에 대비해 "
     "경계를 강화하고 있다\"고 말했다.", 10000),
    ("국방부 관계자는 \"해병대 병력 2천여 명이 섬에 주둔하고 있다\"며 \"추가 도발이 예상된다\"고 말했다.",
     2000),
])
def test_a_second_quotes_modal_forecasts_nothing_of_the_first(text, value):
    (claim,) = claims(text, DAY)
    assert (claim.metric, claim.value, claim.include_in_projection) == ("strength", value, True)


@pytest.mark.parametrize("text, expected", [
    # a force beside the people who are none
    ("인구 120만 명인 이 도시에 정부군 3천여 명이 배치됐다.",
     [(3000, "strength", "more than", "the publication", *WEEK)]),
    # a sentence that opens on no person gives "그는" no one
    ("기자회견은 17일 국방부에서 열렸다. 그는 장병 3명이 숨졌다고 말했다.",
     [(3, "killed", None, "the publication", *WEEK)]),
    # men who clear mines are no toll; the week before is still the week before
    ("공병대 장병 200명이 지뢰를 제거했다고 합참이 밝혔다.",
     [(200, "strength", None, "합참", *WEEK)]),
    ("국방부는 지난주 교전에서 장병 3명이 숨졌다고 밝혔다.",
     [(3, "killed", None, "국방부", "2025-03-08", "week")]),
    # "중국인민해방군" is an army, not Chinese civilians; a loss beside another clause's 기도 했다
    ("30만 명의 중국인민해방군이 국경에 배치됐다.",
     [(300000, "strength", None, "the publication", *WEEK)]),
    ("지난달 교전에서 장병 5명이 숨졌고, 주민들이 항의하기도 했다.",
     [(5, "killed", None, "the publication", "2025-02-15", "month")]),
    # a handful named by their army are men whose own fate the clause tells
    ("북한군 1명이 귀순했다고 합참이 밝혔다.", []),
    ("청해부대 2명은 코로나19에 감염됐다.", []),
    # a count listed before another takes no strength from the army named before it (since
    # round 16 it shares the verb after the last count: killed too)
    ("합참은 북한군 20명, 중국군 4명이 숨진 것으로 파악했다고 밝혔다.",
     [(20, "killed", None, "합참", *WEEK), (4, "killed", None, "합참", *WEEK)]),
    # a body that cites a source is still the one who tells it
    ("국방부는 정보 당국을 인용해 북한군 1만여 명이 파병됐다고 밝혔다.",
     [(10000, "strength", "more than", "국방부", *WEEK)]),
    # of the wounded, those who died are a toll of their own; of men come home, the wounded
    ("국방부는 장병 12명이 다쳤고 이 가운데 3명은 숨졌다고 밝혔다.",
     [(12, "wounded", None, "국방부", *WEEK), (3, "killed", None, "국방부", *WEEK)]),
    # one of the wounded who died is a toll of its own
    ("경찰은 부상자 가운데 3명이 끝내 숨졌다고 밝혔다.",
     [(3, "killed", None, "경찰", *WEEK)]),
])
def test_the_rules_of_round15_leave_these_alone(text, expected):
    assert rows(text, DAY) == expected



HEADLINE = "한미 해병대 연합상륙훈련 돌입\n\n"


@pytest.mark.parametrize("lead, issuer", [
    ("(포항=뉴스1) 이민호 기자 = 한미 해병대가 17일부터 포항 일대에서 연합상륙훈련을 시작했다고 "
     "해병대사령부가 밝혔다.", "해병대사령부"),
    ("(서울=연합뉴스) 김철수 기자 = 공군이 지난 14일 서해 상공에서 연합 공중훈련을 실시했다고 "
     "공군본부가 밝혔다.", "공군본부"),
])
def test_a_lead_that_reports_a_dated_event_gives_its_issuer_to_the_next_paragraph(lead, issuer):
    text = HEADLINE + lead + "\n\n이번 훈련에는 장병 600여 명이 참가한다.\n"
    assert rows(text, DAY) == [(600, "strength", "more than", issuer, *WEEK)]


@pytest.mark.parametrize("text, expected", [
    ("군 관계자는 \"지난해 교전이 격화된 점을 고려해 경계 병력을 50여 명 늘렸다\"고 전했다.",
     (50, "strength", "more than", "군 관계자", *WEEK)),
    ("국방부는 지난달 북한의 도발이 잇따른 상황을 감안해 전방에 병력 300여 명을 배치했다고 밝혔다.",
     (300, "strength", "more than", "국방부", *WEEK)),
    ("합참은 지난주 포격전이 벌어진 사실을 반영해 해병대 병력 200명을 섬에 주둔시켰다고 밝혔다.",
     (200, "strength", None, "합참", *WEEK)),
    # the figure inside the reason is dated by it
    ("국방부는 지난 14일 교전에서 장병 4명이 숨진 점을 고려해 경계를 강화했다고 밝혔다.",
     (4, "killed", None, "국방부", "2025-03-14", "day")),
])
def test_the_date_of_a_reason_dates_no_figure_outside_it(text, expected):
    assert rows(text, DAY) == [expected]


@pytest.mark.parametrize("text", [
    "지난해 11월에는 같은 지역에서 폭탄 테러로 군인 12명이 숨지기도 했다.",
    "지난달 3일에도 국경 검문소가 공격을 받아 경찰관 5명이 다치기도 했습니다.",
    "지난 1월에는 매복 공격으로 정부군 8명이 실종되기도 했다.",
    # the dead of the war of the time the story recalls
    "당시 전쟁으로 20만 명 이상이 숨졌다.",
    "과거 내전으로 약 3만 명이 목숨을 잃었다.",
])
def test_a_loss_of_an_earlier_month_that_also_happened_is_recalled(text):
    assert rows(text, DAY) == []


@pytest.mark.parametrize("text, expected", [
    # the news of this month, told as what also happened
    ("국방부는 17일 교전에서 장병 3명이 숨지기도 했다고 밝혔다.",
     (3, "killed", None, "국방부", "2025-03-17", "day")),
    ("이 과정에서 장병 2명이 다치기도 했다.", (2, "wounded", None, "the publication", *WEEK)),
    # an earlier month's loss told plainly
    ("지난해 11월 교전에서 장병 3명이 숨졌다.",
     (3, "killed", None, "the publication", "2024-11-15", "month")),
])
def test_this_months_loss_or_a_plain_one_is_still_a_claim(text, expected):
    assert rows(text, DAY) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("(리마=연합뉴스) 페루 정부군이 16일 대사관저를 진압했다.\n\n관저에는 지난해 12월 20일 게릴라들이 "
     "침입했다. 경찰은 이날 관저 주변에 경찰 500여 명을 배치했다고 밝혔다.",
     (500, "strength", "more than", "경찰", "2025-03-16", "day")),
    ("합참은 16일 교전이 벌어졌다고 밝혔다. 이 부대는 2023년 5월 3일 창설됐다. 합참은 이날 장병 "
     "2명이 다쳤다고 밝혔다.", (2, "wounded", None, "합참", "2025-03-16", "day")),
    # the day named last, within the month, is the one "이날" stands for
    ("합참은 지난 10일 교전이 시작됐다고 밝혔다. 합참은 지난 14일 북한군이 다시 도발했다고 밝혔다. "
     "합참은 이날 병력 300명을 배치했다고 밝혔다.", (300, "strength", None, "합참", "2025-03-14", "day")),
])
def test_that_day_is_the_storys_not_one_recalled_from_months_before(text, expected):
    assert rows(text, DAY) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("합참은 14일 북한군이 도발했다고 밝혔다. 합참은 전날 북한군 20여 명이 군사분계선을 넘었다고 밝혔다.",
     (20, "strength", "more than", "합참", "2025-03-13", "day")),
    ("합참은 14일 교전이 있었다고 밝혔다. 북한군은 전날에도 병력 300명을 배치했다.",
     (300, "strength", None, "북한군", "2025-03-13", "day")),
    ("해병대는 전날 해안에서 무장 괴한 4명을 사살했다고 밝혔다.",
     (4, "killed", None, "해병대", "2025-03-17", "day")),
    # the eve of an exercise is no day the sentence names
    ("국방부는 훈련 전날 장병 3명이 다쳤다고 밝혔다.",
     (3, "wounded", None, "국방부", *WEEK)),
])
def test_the_day_before_counts_back_from_the_day_named_last(text, expected):
    assert rows(text, DAY) == [expected]
