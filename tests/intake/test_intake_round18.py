"""Round 18: the source name as written, the same in every language.

An office speaking through an unnamed spokesman is kept whole in Korean as the English
"Defence Ministry spokesman" and the Russian "представитель армии" are: "국방부 대변인", not
"국방부" (a named spokesman still goes by his name). ("인도 육군 대변인" is left as "인도 육군":
a person's name before an office, "전하규 국방부 대변인", is written alike, and the rules
cannot yet tell a country's name from a person's.) A body's acronym in brackets stays with
its name in every language ("Inter Services Public Relations (ISPR)"), since later sentences
and other reports name the body by it; in Russian and Ukrainian the bracket opens no clause,
so the name before it is not cut off ("Межведомственная служба … (ISPR) сообщила"). A
capitalised word after a body's name opens the speaker's name: "Со" in "речник … союзу Со То
Ні" is no preposition "со" (the last two of his three names are kept, as for any titled
person without a patronymic).

Where and how it was said is not who said it: "на пресс-конференции в Дели", "у поширеній
заяві", "в заявлении в соцсетях" between the verb and the speaker, or between a speaker set off
by commas and the verb ("Группировка …, в свою очередь, в заявлении … утверждает"); and the name
a speaker is "known as" ("відомий під псевдонімом «Прачанда»") is who speaks, as a call sign
is.

One man told with an article and a word before his noun ("A third officer was still missing",
"A gendarme was shot dead") is a count of one, not a fraction; "a third of them" still is a
share. The parts of a toll are its own claims whatever describes their men ("Sixty of the dead
were suspected gang members"), and so is a bare count of what the next part's men were, right
after it ("Four were police officers"). A report of a body names its maker ("a police
intelligence report": police intelligence); a naval rank's number ("капитан 1 ранга") is no
figure in the speaker's name; and what an armed group says it put to death (처단) is killed.

Korean: men held or detained (억류했다, 구금됐다) are captured, but hostages held by attackers
(억류됐다) are not; men shot (총상을 입어) are wounded. In any language, a paragraph that names
no one between two paragraphs of the same speaker, each right next to it, goes on with that
speaker's account ("…(ISPR)에 따르면 …" / "… 6명은 모두 사살됐다." / "…고 홍보처는 덧붙였다").

Lists. A Russian or Ukrainian count gapped with a spaced hyphen, as a typed dash ("из них на
фрегате - более 200, на подводной лодке - около 100"), shares the noun of the count before, as
with a dash; Korean counts listed each with its force ("미 해병대가 약 1천200명, 필리핀
해병대가 500여 명을 투입했고") share the verb after the last. Troops by what they are called
("35 Green Berets", "Rangers", "Gurkhas") are a force, and so are armed men in Russian or
Ukrainian whatever they are called ("от 2 до 3 тыс. вооруженных «тигров»"; not armed clashes
or formations). A part of a force told after "of them" and a dash is who they are ("близько 2,2
тис. з них – морські піхотинці"). Korean whereabouts "still" not known (행방이 아직 확인되지
않았다) are missing; people who enlisted in the ranks ("до лав … записалися понад 4,5 мільйона
людей") are a force.

Russian and Ukrainian speakers. A titled speaker right after the verb ("…, заявил официальный
представитель армии …") outweighs a clause with a relative aside before the verb, which is
what was said; "сказал он «Ъ» по телефону" is "he", told the paper by phone; "the group"
(Угруповання, Группировка) is the armed group the story named before by its name («Аш-Шабаб»);
suicide bombers (смертники) among attackers are no toll. Another count of the men counted before
(", еще около 60 захвачены", ", ще близько 1,5 тис. виставила Румунія") is of the same men: the
loss its own verb names, or else what the count before is.

English copy translated in tone: men "destroyed" are killed, those who "gave themselves up" or
"laid down their arms" are captured, bandits, raiders, attackers and mutineers are a force.
Korean: a penetrating or shrapnel wound (관통상, 파편상) is a wound; men who blockade, surround,
occupy or seize a place (봉쇄하고, 포위한, 점거했다, 장악한) are a force there.

Dates. A count joined by "and" to the next of its clause shares the days they were counted
over ("13 soldiers were killed and 27 wounded in two days of fighting": both the publication's
week); a relative clause after an apposition (", an Austrian who took command … in January,")
dates only itself; a toll since an event takes no day from the coordinated clause before it
("… on Tuesday, and at least 10 soldiers have been killed since …"); and Korean "현재" (now)
in a quote told on a day is that day.

Speakers, from the forty-eighth to fiftieth sets. "Rebels in the besieged Libyan city of
Misrata said": which city is no speaker. A titled speaker after the verb and its day
("…, заявил в четверг представитель Минобороны …") outweighs the clause before it. The channel
a speaker was on ("в ефірі телеканалу «Аль-Масіра»") is where he spoke, not the outlet's
words; the name a leader is "known as" ("известный как товарищ Прачанда") is who speaks; a
pamphlet signed by a group is the group's word. Korean police (경찰은 … 체포했다) and the
authorities (당국은 … 추산한다) speak for themselves, not for the speaker before. A Korean army's count joined
to the next army's subject ("인도군 약 350명과 중국군 300여 명이 … 맞서 있다") is a subject with
it. When a unit was set up or a post has operated since is no date of its men ("The Joint Task
Force, set up in 2013 …, has about 1,100 soldiers"); one man who died ("A Chilean navy diver
died") is a count of one.

From the fifty-fourth to fifty-sixth sets: an English speaker after the verb described without
an article ("said army spokesman Felix Kulayigye", "said Kenya Navy spokesman Lt. Col. Joseph
Otieno") is the name after the title; "Elders of the Dhulbahante clan" keep whose elders they
are. In Russian and Ukrainian a name with a number ("Речник M23") is no figure; a place after
"в" before a titled speaker's two names ("… оппозиции в Москве Акбар Ходжаев") leaves the names
his; a headline's sentence before a colon ("Джихадисти атакували армійський пост …: щонайменше
12 загиблих") is no speaker; "Об этом говорится в распространенном в четверг заявлении
правительства" gives the statement's issuer back to the sentence before. A force brought to a
number ("збільшила угруповання … до 5400", "довела численность … до") is that number, not "up
to" it; an aside opened by a preposition (", на которое ссылаются западные агентства,") is
skipped like one opened by "который". "He said" after a sentence that opened on a titled person
("Navy spokesman Commander Tariq Hameed later gave a higher toll.") is that person; "уточнил
телеканал" is the broadcaster named before without guillemets ("государственное телевидение MRTV").

Each snippet was written for this file (varied names, numbers, verbs and word order), none
copied from a set.
"""
import datetime as dt

import pytest

from intake_support import claims

DAY = dt.date(2024, 4, 10)


@pytest.mark.parametrize("text, source", [
    ("미군 대변인은 반군 40여 명을 사살했다고 말했다.", "미군 대변인"),
    ("국방부 대변인은 정례 브리핑에서 병력 500명이 파견됐다고 설명했다.", "국방부 대변인"),
    ("An Indian Army spokesman said 17 soldiers were killed.", "Indian Army spokesman"),
    ("Речник індійської армії заявив, що загинули 17 військових.", "Речник індійської армії"),
])
def test_an_office_speaking_through_an_unnamed_spokesman_is_named_whole(text, source):
    (c,) = claims(text, DAY)
    assert c.source == source


@pytest.mark.parametrize("text, source", [
    ("국방부 대변인 전하규 대령은 북한군 300여 명이 숨졌다고 밝혔다.", "전하규"),
    ("정부군 대변인 나빌 압달라 준장은 정부군 장병 14명이 숨졌다고 말했다.", "나빌 압달라"),
    ("Defence Ministry spokesman Ali Karimi said 30 soldiers were wounded.", "Ali Karimi"),
])
def test_a_named_spokesman_goes_by_his_name(text, source):
    (c,) = claims(text, DAY)
    assert c.source == source


@pytest.mark.parametrize("text, source", [
    ("Pakistan's Inter Services Public Relations (ISPR) said 6,000 soldiers had been killed.",
     "Inter Services Public Relations (ISPR)"),
    ("The Group for the Support of Islam and Muslims (JNIM) said it had captured 12 soldiers.",
     "Group for the Support of Islam and Muslims (JNIM)"),
    ("Межведомственная служба общественных связей (ISPR) Пакистана сообщила, что погибли 600 "
     "военных.", "Межведомственная служба общественных связей (ISPR) Пакистана"),
    ("Представитель Межведомственной службы по связям с общественностью (ISPR) заявил, что "
     "ранены 40 военных.", "Представитель Межведомственной службы по связям с общественностью (ISPR)"),
    ("Головне управління розвідки (ГУР) повідомило, що загинули 600 військових.",
     "Головне управління розвідки (ГУР)"),
])
def test_a_bodys_acronym_in_brackets_stays_with_its_name(text, source):
    (c,) = claims(text, DAY)
    assert c.source == source


def test_a_later_sentence_naming_the_body_by_its_acronym_is_the_same_source():
    text = ("The Inter Services Public Relations (ISPR) said 30 soldiers were killed on Monday. "
            "ISPR said another 12 were wounded.")
    assert {c.source for c in claims(text, DAY)} == {"Inter Services Public Relations (ISPR)"}


def test_a_capitalised_word_after_a_body_opens_the_speakers_name_not_a_preposition():
    # "Со" is the Russian preposition "со" only in lower case
    (c,) = claims("Речник Каренського національного союзу Со То Ні заявив, що повстанці взяли в "
                  "полон 200 військових.", DAY)
    assert c.source.endswith("То Ні")


@pytest.mark.parametrize("text, source", [
    # where and how it was said stands between the verb and the speaker
    ("Как сообщил вчера на пресс-конференции в Карачи представитель штаба армии, в боях погибли "
     "14 военных.", "представитель штаба армии"),
    ("Як повідомив на прес-конференції у Києві речник Сил оборони, у полон узято 25 окупантів.",
     "речник Сил оборони"),
    # … or between the speaker, set off by commas, and the verb
    ("Командование повстанцев, в свою очередь, в заявлении в соцсетях утверждает, что "
     "уничтожило не менее 60 солдат.", "Командование повстанцев"),
    ("Командир загону, відомий під псевдонімом «Тигр», у поширеній заяві стверджує, що в полон "
     "потрапили 30 поліцейських.", "Тигр"),
    ("Лидер группировки, известный под псевдонимом «Хаттаб», в обращении утверждает, что "
     "погибли 12 боевиков.", "Хаттаб"),
])
def test_where_it_was_said_is_not_who_said_it(text, source):
    (c,) = claims(text, DAY)
    assert c.source == source


@pytest.mark.parametrize("text, metric, value", [
    # one man, told with "a" and a word before his noun: an ordinal is no fraction
    ("A third officer was still missing late on Friday, the police said.", "missing", 1),
    ("A fourth soldier remained unaccounted for, the army said.", "missing", 1),
    ("A fifth officer reached the base on foot, the army said.", None, None),
    ("A gendarme was shot dead at a roadblock overnight, the ministry said.", "killed", 1),
    ("A second border guard was seriously wounded, the agency said.", "wounded", 1),
])
def test_one_man_told_with_an_article(text, metric, value):
    found = [(c.metric, c.value) for c in claims(text, DAY)]
    assert found == ([(metric, value)] if metric else [])


def test_a_third_of_them_is_still_a_share():
    (c,) = claims("Forty soldiers were wounded on Monday. A third of them later died, the army "
                  "said.", DAY)[1:]
    assert (c.metric, c.fraction) == ("killed", pytest.approx(1 / 3))


@pytest.mark.parametrize("text, expected", [
    # the parts of a toll: those of the dead who were fighters, however described, and the next
    # part, a bare count of what its men were
    ("At least 50 people died in the raid, officials said. Forty of the dead were suspected "
     "members of a drug gang, the state prosecutor said. Three were police officers, the police "
     "chief said.", [("killed", 50), ("killed", 40), ("killed", 3)]),
    ("Eight of the dead were alleged cartel gunmen, the governor said.", [("killed", 8)]),
    ("Nine soldiers were wounded by the blast. Two were officers, the army said.",
     [("wounded", 9), ("wounded", 2)]),
])
def test_the_parts_of_a_toll(text, expected):
    assert [(c.metric, c.value) for c in claims(text, DAY)] == expected


@pytest.mark.parametrize("text", [
    "Twelve of the dead were women and children, the governor said.",
    "Twelve of the dead were civilians, the governor said.",
])
def test_the_parts_of_a_toll_who_are_no_force(text):
    assert claims(text, DAY) == []


@pytest.mark.parametrize("text, source", [
    # a document of a body names its maker; the latest data are no one's
    ("The cartel has about 2,000 gunmen, according to a police intelligence report seen by "
     "reporters.", "police intelligence"),
    ("Some 400 fighters were killed, according to an army report.", "army"),
    ("Some 400 fighters were killed, according to a confidential report.", "the publication"),
])
def test_a_report_of_a_body_names_its_maker(text, source):
    (c,) = claims(text, DAY)
    assert c.source == source


def test_a_naval_rank_with_its_number_is_no_figure_of_the_speaker():
    (c,) = claims('"На борту отряда около 300 военнослужащих", - рассказал журналистам командир '
                  "отряда капитан 2 ранга Игорь Белов.", DAY)
    assert (c.value, c.source) == (300, "Игорь Белов")


def test_what_an_armed_group_says_it_put_to_death_is_killed():
    (c,) = claims('반군은 성명에서 "정부군 병사 30여 명을 처단했다"고 주장했다.', DAY)
    assert (c.metric, c.value, c.qualifier) == ("killed", 30, "more than")


@pytest.mark.parametrize("text, metric, value", [
    ("국경수비대는 월경한 무장대원 40여 명을 무장해제한 뒤 억류했다고 밝혔다.", "captured", 40),
    ("경찰은 반군 조직원 25명이 구금됐다고 밝혔다.", "captured", 25),
    ("군 당국에 따르면 병사 9명이 총상을 입어 후송됐다.", "wounded", 9),
])
def test_korean_held_detained_and_shot(text, metric, value):
    (c,) = claims(text, DAY)
    assert (c.metric, c.value) == (metric, value)


def test_korean_hostages_held_are_no_capture():
    assert claims("무장괴한들이 대사관에 침입해 한때 300여 명이 억류됐다.", DAY) == []


def test_a_paragraph_between_two_of_the_same_speaker_is_his():
    text = ("초소 습격 무장대원 전원 사살\n\n"
            "(마닐라=연합뉴스) 특파원 = 필리핀 남부에서 10일 무장세력이 군 초소를 습격했다고 군 당국이 밝혔다.\n\n"
            "국방부 공보실(PAO)에 따르면 이날 새벽 무장대원 8명이 초소를 습격했다.\n\n"
            "이어진 교전 끝에 무장대원 8명은 모두 사살됐다.\n\n"
            "부상자는 20여 명이라고 공보실은 덧붙였다.")
    assert [(c.metric, c.value, c.source) for c in claims(text, DAY)][-3:] == [
        ("strength", 8, "국방부 공보실(PAO)"), ("killed", 8, "국방부 공보실(PAO)"),
        ("wounded", 20, "공보실")]


def test_a_paragraph_between_two_speakers_is_the_publications():
    text = ("초소 습격 무장대원 전원 사살\n\n"
            "(마닐라=연합뉴스) 특파원 = 필리핀 남부에서 10일 무장세력이 군 초소를 습격했다고 군 당국이 밝혔다.\n\n"
            "국방부 공보실에 따르면 이날 새벽 무장대원 8명이 초소를 습격했다.\n\n"
            "이어진 교전 끝에 무장대원 8명은 모두 사살됐다.\n\n"
            "부상자는 20여 명이라고 현지 경찰은 밝혔다.")
    assert [c.source for c in claims(text, DAY)][-2] == "the publication"


def test_russian_counts_gapped_with_a_spaced_hyphen():
    found = claims("На учениях задействованы около 900 военных, из них на полигоне - более 600, в "
                   "резерве - около 300.", DAY)
    assert [(c.value, c.qualifier) for c in found] == [(900, "about"), (600, "more than"),
                                                       (300, "about")]


def test_korean_counts_listed_each_with_its_force_share_the_verb():
    found = claims('훈련 관계자는 "미 육군이 약 1천500명, 태국 육군이 800여 명을 보냈다"고 '
                   "설명했다.", DAY)
    assert [(c.metric, c.value, c.qualifier) for c in found] == [
        ("strength", 1500, "about"), ("strength", 800, "more than")]


@pytest.mark.parametrize("text, value", [
    ("The embassy said 24 Green Berets had arrived for the drills.", 24),
    ("About 120 Rangers joined the exercise, the army said.", 120),
    ("Some 300 Gurkhas were sent to the border, officials said.", 300),
])
def test_troops_by_what_they_are_called(text, value):
    (c,) = claims(text, DAY)
    assert (c.metric, c.value) == ("strength", value)


def test_korean_whereabouts_still_unknown_are_missing():
    (c,) = claims("군 당국은 수색에 나섰던 병사 2명의 행방이 아직 확인되지 않았다고 밝혔다.", DAY)
    assert (c.metric, c.value) == ("missing", 2)


@pytest.mark.parametrize("text, low, high", [
    ("По оценкам военных наблюдателей, в городе действуют от 1 до 2 тыс. вооруженных «ястребов».",
     1000, 2000),
    ("За даними розвідки, у районі діють від 300 до 500 озброєних «вовків».", 300, 500),
])
def test_armed_men_whatever_they_are_called_are_a_force(text, low, high):
    (c,) = claims(text, DAY)
    assert (c.metric, c.low, c.high) == ("strength", low, high)


def test_armed_clashes_are_no_armed_men():
    assert [c.value for c in claims("В районе произошли три вооруженных инцидента, сообщили в "
                                    "штабе.", DAY)] == []


@pytest.mark.parametrize("text, value", [
    ("Туди перекинули понад 5 тисяч військових. За його словами, близько 1,5 тис. з них – "
     "десантники.", 1500),
    ("В учениях участвуют 3 тыс. военных, 800 из них - морские пехотинцы.", 800),
])
def test_a_part_of_a_force_told_after_of_them_and_a_dash(text, value):
    assert value in [c.value for c in claims(text, DAY) if c.metric == "strength"]


@pytest.mark.parametrize("text, value", [
    ("По словам президента, в ряды народного ополчения записались более 300 тыс. человек.",
     300000),
    ("Міністр заявив, що до лав територіальної оборони вступили понад 100 тисяч людей.", 100000),
])
def test_people_who_enlisted_in_the_ranks_are_a_force(text, value):
    (c,) = claims(text, DAY)
    assert (c.metric, c.value, c.qualifier) == ("strength", value, "more than")


def test_a_titled_speaker_after_the_verb_outweighs_a_clause_before_it():
    (c,) = claims("Армия вошла в Кадуглі — столицу штата, который два года удерживали повстанцы, "
                  "сообщил официальный представитель армии генерал Омар Хасан. По его словам, "
                  "уничтожены 120 боевиков.", DAY)
    assert c.source == "Омар Хасан"


def test_a_pronoun_speaker_told_a_paper_by_phone():
    text = ("Командир батальона майор Иван Орлов прибыл в город. «Сдались сорок человек», — "
            "сказал он «Ъ» по телефону.")
    (c,) = claims(text, DAY)
    assert (c.metric, c.value, c.source) == ("captured", 40, "Иван Орлов")


@pytest.mark.parametrize("text, source", [
    ("Бойовики угруповання «Ансар аль-Іслам» атакували блокпост. Угруповання у своїй заяві "
     "стверджує, що вбило 40 військових.", "Ансар аль-Іслам"),
    ("Боевики группировки «Джамаат Нусрат» напали на лагерь. Группировка в заявлении утверждает, "
     "что взяла в плен 12 солдат.", "Джамаат Нусрат"),
])
def test_the_group_is_the_armed_group_named_before(text, source):
    (c,) = claims(text, DAY)
    assert c.source == source


def test_suicide_bombers_among_the_attackers_are_no_toll():
    (c,) = claims("За його словами, на позиції наступали до 500 бойовиків, зокрема смертники.", DAY)
    assert (c.metric, c.value, c.qualifier) == ("strength", 500, "up to")


@pytest.mark.parametrize("text, expected", [
    # another count of the men counted before: the loss its own verb names …
    ("По данным штаба, в плен сдались около 200 боевиков, еще 45 задержаны в подвалах.",
     [("captured", 200), ("captured", 45)]),
    ("Внаслідок обстрілу загинули 12 військових, ще 30 отримали поранення.",
     [("killed", 12), ("wounded", 30)]),
    # … or else what the count before is
    ("За даними штабу, понад 3 тис. військових — направила Польща, ще близько 800 виставила "
     "Литва.", [("strength", 3000), ("strength", 800)]),
    ("По оценке экспертов, в Мали находятся около 1,5 тыс. российских военных, еще около 200 — в "
     "Ливии.", [("strength", 1500), ("strength", 200)]),
])
def test_another_count_of_the_men_counted_before(text, expected):
    assert [(c.metric, c.value) for c in claims(text, DAY)] == expected


def test_another_count_of_civilians_is_none():
    assert claims("Погибли двое мирных жителей, еще пятеро ранены.", DAY) == []


@pytest.mark.parametrize("text, metric, value", [
    ('"Our troops destroyed 22 bandits near the pass," the colonel said.', "killed", 22),
    ("Three others gave themselves up, the colonel added.", "captured", 3),
    ("About 60 mutineers laid down their arms, the army said.", "captured", 60),
])
def test_english_losses_in_translated_copy(text, metric, value):
    (c,) = claims(text, DAY)
    assert (c.metric, c.value) == (metric, value)


@pytest.mark.parametrize("text, metric, value", [
    ("교전 과정에서 부사관 2명이 다리에 관통상을 입었다고 군 당국은 전했다.", "wounded", 2),
    ("현지 언론에 따르면 반군 약 500명은 이날 새벽 공항을 봉쇄하고 관제탑을 점거했다.", "strength", 500),
])
def test_korean_wounds_and_men_who_hold_a_place(text, metric, value):
    (c,) = claims(text, DAY)
    assert (c.metric, c.value) == (metric, value)


def test_a_count_joined_to_the_next_shares_the_days_it_was_counted_over():
    found = claims("Nine soldiers were killed and 14 wounded in three days of fighting near the "
                   "border, the army said on Monday.", DAY)
    assert [(c.metric, c.as_of, c.date_precision) for c in found] == [
        ("killed", DAY.isoformat(), "week"), ("wounded", DAY.isoformat(), "week")]


def test_a_relative_clause_after_an_apposition_dates_only_itself():
    (c,) = claims("Gen. Marta Kowalska, a Pole who took command of the mission in January, said the "
                  "force now had about 2,300 soldiers.", DAY)
    assert (c.value, c.as_of, c.date_precision) == (2300, DAY.isoformat(), "week")


def test_a_toll_since_an_event_takes_no_day_from_the_clause_before():
    (c,) = claims("Troops pushed into the valley on Tuesday, and at least 25 soldiers have been "
                  "killed since the insurgents crossed the border, the ministry said.", DAY)
    assert (c.value, c.as_of, c.date_precision) == (25, DAY.isoformat(), "week")


def test_korean_now_in_a_quote_is_the_day_of_the_telling():
    (c,) = claims('국방부 장관은 8일 기자회견에서 "현재 국경 지대에 병력 5천 명이 배치돼 있다"고 '
                  "밝혔다.", DAY)
    assert (c.value, c.as_of, c.date_precision) == (5000, "2024-04-08", "day")


def test_which_city_is_no_speaker():
    text = ("HOMS, Syria, May 3 (Reuters) - Rebels in the besieged Syrian city of Homs said they "
            "killed at least 20 soldiers on Friday.")
    (c,) = claims(text, DAY)
    assert c.source == "Rebels"


def test_a_titled_speaker_after_the_verb_and_its_day():
    (c,) = claims("Войска вошли в Дейр-эз-Зор — последний город в провинции, который удерживали "
                  "боевики, заявил в пятницу представитель Минобороны генерал Игорь Жуков. По его "
                  "словам, уничтожены более 200 боевиков.", DAY)
    assert c.source == "Игорь Жуков"


def test_the_channel_he_spoke_on_is_no_outlets_word():
    (c,) = claims("Речник повстанців Ахмед аль-Сабрі в ефірі телеканалу «Аль-Джазіра» заявив, що "
                  "в полон здалися 80 військових.", DAY)
    assert c.source == "Ахмед аль-Сабрі"


def test_the_name_a_leader_is_known_as():
    (c,) = claims("Лидер повстанцев, известный как товарищ Киран, в заявлении признал гибель 30 "
                  "боевиков.", DAY)
    assert c.source == "Киран"


def test_a_pamphlet_signed_by_a_group_is_its_word():
    (c,) = claims("A leaflet signed by the National Liberation Army, or ELN, and left at the scene "
                  "said nine soldiers had been killed.", DAY)
    assert c.source == "National Liberation Army"


@pytest.mark.parametrize("text, source", [
    ("경찰은 이날 반군 조직원 4명을 체포했다.", "경찰"),
    ("당국은 반군 병력이 약 3천 명에 이르는 것으로 추산한다.", "당국"),
])
def test_korean_police_and_the_authorities_speak_for_themselves(text, source):
    (c,) = claims(text, DAY)
    assert c.source == source


def test_korean_an_armys_count_joined_to_the_next_armys():
    found = claims('군 소식통은 "국경 지대에는 태국군 약 400명과 캄보디아군 500여 명이 맞서 있다"고 '
                   "말했다.", DAY)
    assert [(c.metric, c.value) for c in found] == [("strength", 400), ("strength", 500)]


def test_korean_a_toll_listed_by_army_stays_a_toll():
    found = claims("교전으로 태국군 12명, 캄보디아군 9명이 숨졌다고 군 당국이 밝혔다.", DAY)
    assert [(c.metric, c.value) for c in found] == [("killed", 12), ("killed", 9)]


@pytest.mark.parametrize("text, value", [
    ("The task force, set up in 2015 to fight the insurgency, has about 2,400 soldiers in the "
     "province, its commander said.", 2400),
    ("The embassy says about 90 Marines are stationed at a listening post that has operated "
     "since 2006.", 90),
])
def test_when_a_unit_or_a_post_was_made_is_no_date_of_its_men(text, value):
    (c,) = claims(text, DAY)
    assert (c.metric, c.value, c.as_of, c.date_precision) == ("strength", value,
                                                              DAY.isoformat(), "week")


def test_one_man_who_died():
    found = claims("A navy pilot died on Tuesday when his jet crashed during the drills, the navy "
                   "said.", DAY)
    assert [(c.metric, c.value) for c in found] == [("killed", 1)]


@pytest.mark.parametrize("text, source", [
    ("Uganda has sent 300 troops, said army spokesman Felix Okello.", "Felix Okello"),
    ("Kenya deployed 180 sailors, said Kenya Navy spokesman Lt. Col. Peter Mwangi, while "
     "Tanzania sent 90.", "Peter Mwangi"),
    ("Elders of the Habar Gidir clan said about 2,000 militiamen were in the town.",
     "Elders of the Habar Gidir clan"),
])
def test_english_speakers_after_the_verb_and_whose_they_are(text, source):
    assert claims(text, DAY)[0].source == source


@pytest.mark.parametrize("text, source", [
    ("Речник M23 Лоуренс Каньюка стверджує, що бійці руху взяли в полон 15 військових.",
     "Лоуренс Каньюка"),
    ("Представитель оппозиции в Душанбе Акбар Саидов заявил, что в плен взяты 20 военных.",
     "Акбар Саидов"),
])
def test_cyrillic_a_name_with_a_number_and_a_place_before_a_name(text, source):
    (c,) = claims(text, DAY)
    assert c.source == source


def test_a_headline_sentence_before_a_colon_is_no_speaker():
    (c,) = claims("Бойовики атакували армійський пост на півночі країни: щонайменше 12 загиблих "
                  "військових", DAY)
    assert (c.metric, c.value, c.source) == ("killed", 12, "the publication")


def test_a_statement_released_on_a_day_gives_its_issuer_back():
    text = ("БАМАКО, 12 мая. /ТАСС/. Девять военнослужащих погибли и 15 получили ранения при "
            "нападении на армейский пост. Об этом говорится в распространенном в четверг "
            "заявлении правительства страны.")
    assert {c.source for c in claims(text, DAY)} == {"правительства страны"}


@pytest.mark.parametrize("text, qualifier", [
    ("Уряд збільшив угруповання військ у районі повені до 4200 військових, повідомили в штабі.",
     None),
    ("Армия довела численность группировки в регионе до 12 тыс. военных, сообщили в штабе.", None),
    ("На навчання направлять до 3 тисяч військових, повідомили в штабі.", "up to"),
])
def test_a_force_brought_to_a_number_is_that_number(text, qualifier):
    (c,) = claims(text, DAY)
    assert c.qualifier == qualifier


def test_a_source_with_an_aside_opened_by_a_preposition():
    (c,) = claims("Агентство Рейтер, на которое ссылаются местные СМИ, утверждает, что погибли "
                  "более 200 военных.", DAY)
    assert c.source == "Рейтер"


def test_he_is_the_titled_person_the_sentence_before_opened_on():
    text = ("Police spokesman Ali Raza said three gunmen were killed. Army spokesman Major Omar "
            "Saeed later gave a higher toll. Nine soldiers had died, he said.")
    assert [(c.value, c.source) for c in claims(text, DAY)] == [(3, "Ali Raza"),
                                                               (9, "Omar Saeed")]


def test_the_channel_is_the_broadcaster_named_before():
    text = ("Как сообщило государственное телевидение MRTV, в боях погибли 20 военных.\n\n"
            "Всего с начала месяца погибли 61 военнослужащий, уточнил телеканал.")
    assert {c.source for c in claims(text, DAY)} == {"государственное телевидение MRTV"}
