"""Round 2 of issue 16: rules for what the second held-out set showed the extractor missing,
each checked here on sentences of its own (none is a sentence of a held-out article), as
claim in -> (value, metric, qualifier, source, date) out."""
import datetime as dt

import pytest

from briefing.intake import extract, extract_article

EN_DAY = dt.date(2025, 3, 12)  # a Wednesday
RU_DAY = dt.date(2025, 3, 12)
KO_DAY = dt.date(2025, 3, 12)


def claims(text, published):
    return [p.claim for p in extract(text, published)]


def row(c):
    return (c.value if c.value is not None else (c.low, c.high) if c.low is not None
            else c.fraction, c.metric, c.qualifier, c.source, c.as_of, c.date_precision)


def rows(text, published):
    return [row(c) for c in claims(text, published)]


# --- English ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, source", [
    # the speaker after the verb, as wire copy puts him after the figure
    ("Forty soldiers were wounded in the blast, said Maj. Gen. Anna Ruiz.", "Anna Ruiz"),
    ("At least 60 troops were killed, said the regional governor.", "regional governor"),
    # an appositive before the verb
    ("Anna Ruiz, the mission's commander, said 40 soldiers were wounded.", "Anna Ruiz"),
    # where the speakers are is not who they are
    ("Nurses at the Central Hospital in Kassala said 30 soldiers had died.", "Central Hospital"),
])
def test_english_speaker_placement(sentence, source):
    (c,) = claims(sentence, EN_DAY)
    assert c.source == source


@pytest.mark.parametrize("sentence, source", [
    # a name between commas after its description speaks
    ("A police spokesman, Insp. Mary Otieno, denied the reports and told reporters that 9 "
     "officers had been killed.", "Mary Otieno"),
    ("The head of the mission, Gen. Paul Kabila, said 8 peacekeepers were wounded.",
     "Paul Kabila"),
    # a hyphenated describing word inside the speaker's phrase
    ("The al-Shabaab-linked Kivu group said in a statement that 14 fighters had died.",
     "Kivu group"),
    # "put the toll at"
    ("Hospital officials put the death toll at 61 soldiers.", "Hospital officials"),
])
def test_english_speakers_described_then_named(sentence, source):
    (c,) = claims(sentence, EN_DAY)
    assert c.source.endswith(source)


def test_a_quoted_count_after_lost_is_a_loss():
    (c,) = claims('The rebels lost "at least 45 fighters," the commander said.', EN_DAY)
    assert (c.value, c.metric, c.qualifier) == (45, "casualties", "at least")


def test_a_share_of_the_wounded_is_a_claim_only_with_its_own_loss_verb():
    assert claims("Half of the wounded were in critical condition, a doctor said.", EN_DAY) == []
    found = claims("The ministry said 80 soldiers were wounded. A quarter of the wounded later "
                   "died, the ministry said.", EN_DAY)
    assert [(c.value or c.fraction, c.metric, c.fraction_of) for c in found] == [
        (80, "wounded", None), (0.25, "killed", "wounded")]


def test_the_date_of_an_earlier_figure_is_not_the_new_ones():
    found = claims("The ministry said Chad had about 4,500 troops in the region, up from 2,500 "
                   "last year.", EN_DAY)
    assert [(c.value, c.as_of, c.date_precision) for c in found] == [
        (4500, "2025-03-12", "week"), (2500, "2024-07-01", "year")]


def test_the_force_right_after_the_number_is_the_subject():
    found = claims("Mozambican troops held the town. Some 300 additional Rwandan soldiers "
                   "arrived last week, the ministry said.", EN_DAY)
    assert [(c.value, c.metric, c.subject) for c in found] == [
        (300, "reinforcements", "Rwandan soldiers")]


def test_the_wire_dateline_dash_is_no_part_of_the_speaker():
    found = extract_article("Clashes in the north\n\n"
                            "NIAMEY, March 10 (Reuters) - Niger's army said on Monday it had "
                            "killed 40 militants.\n", None, today=EN_DAY).proposals
    assert [(p.claim.source, p.claim.as_of) for p in found] == [("Niger's army", "2025-03-10")]


def test_a_part_of_a_loss_is_no_strength_but_a_part_of_a_force_is():
    found = rows("Officials said 14 soldiers were killed, including two officers.", EN_DAY)
    assert [(r[0], r[1]) for r in found] == [(14, "killed")]
    found = rows("Officials said 900 troops, including 300 soldiers from Chad, take part.", EN_DAY)
    assert [(r[0], r[1]) for r in found] == [(900, "strength"), (300, "strength")]


def test_over_the_past_year_is_a_count_up_to_publication():
    (c,) = claims("The ministry says more than 900 soldiers have been killed over the past year.",
                  EN_DAY)
    assert (c.as_of, c.date_precision) == ("2025-03-12", "week")


@pytest.mark.parametrize("sentence, source", [
    ("Nearly two dozen peacekeepers have been hurt, the U.N. said.", "U.N."),
    ("Some 450 fighters have died, according to an AFP tally of the group's statements.", "AFP"),
])
def test_initials_and_a_tallys_maker(sentence, source):
    (c,) = claims(sentence, EN_DAY)
    assert c.source == source


def test_the_ministry_named_nowhere_before_is_the_ministry():
    (c,) = claims("Some 2,000 Chadian troops are deployed in the region, the ministry said on "
                  "Friday.", EN_DAY)
    assert (c.source, c.as_of, c.date_precision) == ("ministry", "2025-03-07", "day")


def test_said_after_the_figure_dates_it_with_the_day_after_the_name():
    (c,) = claims("Forty soldiers were wounded, said Maj. Gen. Anna Ruiz on Monday.", EN_DAY)
    assert (c.source, c.as_of, c.date_precision) == ("Anna Ruiz", "2025-03-10", "day")


def test_no_more_than_is_an_upper_bound():
    (c,) = claims("The army said it had lost no more than 25 soldiers.", EN_DAY)
    assert (c.value, c.qualifier) == (25, "up to")


def test_a_number_joined_to_a_loss_counts_the_same_loss():
    found = rows("The rebels said they had killed 30 mercenaries and more than 50 government "
                 "soldiers.", EN_DAY)
    assert [(r[0], r[1], r[2]) for r in found] == [(30, "killed", None),
                                                   (50, "killed", "more than")]


def test_an_arrival_and_the_new_total():
    found = rows("A further 300 Rwandan soldiers arrived on Tuesday, bringing the contingent "
                 "to about 1,500, the ministry said.", EN_DAY)
    assert [(r[0], r[1], r[2]) for r in found] == [(300, "reinforcements", None),
                                                   (1500, "strength", "about")]


def test_an_authorised_ceiling_is_no_strength():
    found = claims("The mission now has 900 soldiers, short of the 2,500 troops authorised by "
                   "the council, the ministry said.", EN_DAY)
    assert [(c.value, c.metric) for c in found] == [(900, "strength")]


def test_capitalised_modifiers_before_the_force_noun():
    (c,) = claims("About 9,000 Japanese and Australian troops take part, the ministry said.",
                  EN_DAY)
    assert (c.value, c.metric) == (9000, "strength")


def test_the_day_an_attack_began_dates_no_count():
    (c,) = claims("The ministry said 45 soldiers had been killed in an offensive that began on "
                  "Monday.", EN_DAY)
    assert (c.as_of, c.date_precision) == ("2025-03-12", "week")


def test_the_past_week_is_the_week_up_to_publication():
    (c,) = claims("The ministry said 45 soldiers had been killed over the past week.", EN_DAY)
    assert (c.as_of, c.date_precision) == ("2025-03-09", "week")


def test_how_long_a_fight_took_is_no_target_date():
    (c,) = claims("The ministry said 45 soldiers were killed in three days of fighting.", EN_DAY)
    assert (c.as_of, c.date_precision, c.include_in_projection) == ("2025-03-12", "week", True)


def test_dotted_initials_end_no_sentence():
    (c,) = claims("The U.N. Security Council said 45 peacekeepers were wounded.", EN_DAY)
    assert c.source == "U.N. Security Council"


def test_the_same_day_is_the_day_named_before():
    found = claims("The army said on Monday that 20 soldiers had been killed.\n"
                   "The rebels said the same day that they had captured 14 soldiers.\n", EN_DAY)
    assert [(c.value, c.as_of, c.date_precision) for c in found] == [
        (20, "2025-03-10", "day"), (14, "2025-03-10", "day")]


# --- Russian and Ukrainian --------------------------------------------------------------

@pytest.mark.parametrize("sentence, value, metric, qualifier", [
    # fractions in the cases a preposition asks for
    ("Генштаб сообщил, что бригада потеряла около двух третей личного состава.",
     2 / 3, "casualties", "about"),
    # "a thousand" said as a word, with a hedge
    ("Командир заявив, що в наступі брали участь близько тисячі військових.",
     1000, "strength", "about"),
    # captured: laid down their arms
    ("Минобороны сообщило, что оружие сложили 18 украинских военнослужащих.",
     18, "captured", None),
    ("Генштаб повідомив, що склали зброю 11 російських військових.", 11, "captured", None),
    # a loss, then the kind of loss after the count
    ("Речник заявив, що бригада втратила 25 бійців пораненими.", 25, "wounded", None),
    ("Речник заявив, що противник втратив 900 осіб, з них 300 — загиблими.", 300, "killed",
     None),
    # a daily rate in one word
    ("Генштаб повідомив, що противник щодоби втрачає близько 1 200 військових.",
     1200, "loss_rate", "about"),
    ("В Минобороны заявили, что ВСУ ежесуточно теряют до 400 военных.", 400, "loss_rate",
     "up to"),
])
def test_cyrillic_figures(sentence, value, metric, qualifier):
    found = [c for c in claims(sentence, RU_DAY)
             if (c.value if c.value is not None else c.fraction) == pytest.approx(value)]
    assert [(c.metric, c.qualifier) for c in found] == [(metric, qualifier)]


def test_killed_and_wounded_after_the_count_is_casualties():
    (c,) = claims("По данным Минобороны, противник потерял свыше 3 тыс. человек убитыми и "
                  "ранеными.", RU_DAY)
    assert (c.value, c.metric, c.qualifier) == (3000, "casualties", "more than")


def test_people_in_general_are_no_force():
    assert claims("По данным мэрии, в городе остаются 14 тысяч человек.", RU_DAY) == []
    assert claims("За даними ОВА, у громаді лишаються тисячі людей.", RU_DAY) == []


def test_cyrillic_coordinated_counts():
    found = rows("Генштаб повідомив, що знищено 60 окупантів і понад 20 найманців.", RU_DAY)
    assert [(r[0], r[1], r[2]) for r in found] == [(60, "casualties", None),
                                                   (20, "casualties", "more than")]


def test_ukrainian_more_reinforcements():
    (c,) = claims("За словами речника, до міста перекинули ще 2 тисячі військових.", RU_DAY)
    assert (c.value, c.metric) == (2000, "reinforcements")


@pytest.mark.parametrize("sentence, source", [
    ("Офицер полка, который попросил не называть его имени, сообщил, что погибли 40 военных.",
     "Офицер полка"),
    ("Командир 3-ї штурмової бригади Андрій Білецький заявив, що загинули 40 окупантів.",
     "Андрій Білецький"),
    ("Телеканал «Рассвет» утверждал, что погибли 40 военных.", "Рассвет"),
])
def test_cyrillic_speakers(sentence, source):
    (c,) = claims(sentence, RU_DAY)
    assert c.source == source


@pytest.mark.parametrize("sentence", [
    "Минобороны сообщило, что за минувшую неделю погибли 40 военных.",
    "Генштаб повідомив, що за тиждень загинули 40 окупантів.",
])
def test_the_past_week_in_russian_and_ukrainian(sentence):
    (c,) = claims(sentence, RU_DAY)
    assert (c.as_of, c.date_precision) == ("2025-03-09", "week")


def test_a_toll_that_rose_to_a_number_is_that_number():
    (c,) = claims("Кількість загиблих військових зросла до 45, повідомив очільник ОВА Іван "
                  "Федоров.", RU_DAY)
    assert (c.value, c.metric, c.qualifier, c.source) == (45, "killed", None, "Іван Федоров")


# --- Korean -----------------------------------------------------------------------------

def test_korean_speaker_after_the_clause_with_its_day():
    (c,) = claims("북한군 200여 명이 숨졌다고 우크라이나 국방정보국이 10일 밝혔다.", KO_DAY)
    assert (c.value, c.metric, c.qualifier, c.source, c.as_of, c.date_precision) == (
        200, "killed", "more than", "우크라이나 국방정보국", "2025-03-10", "day")


def test_korean_verbs_in_any_tense_and_titles_that_end_a_word():
    (c,) = claims("김철수 국방장관은 북한군 1만2000명이 파병된 것으로 추산하고 있다.", KO_DAY)
    assert (c.value, c.metric, c.source) == (12000, "strength", "김철수")


def test_korean_people_who_are_not_a_force():
    found = claims("보건부는 군인 30명과 민간인 15명이 숨졌다고 밝혔다.", KO_DAY)
    assert [(c.value, c.metric) for c in found] == [(30, "killed")]


def test_korean_force_noun_before_its_number():
    (c,) = claims("국가정보원은 러시아에 있는 북한군 병사가 약 1만1000명이라고 밝혔다.", KO_DAY)
    assert (c.value, c.metric, c.qualifier) == (11000, "strength", "about")


def test_korean_year_alone():
    (c,) = claims("국방부는 2023년 북한군 1만 명이 동원됐다고 밝혔다.", KO_DAY)
    assert (c.as_of, c.date_precision) == ("2023-07-01", "year")


def test_a_count_over_a_span_of_days_is_as_of_the_last():
    (c,) = claims("Минобороны сообщило, что с 2 по 8 марта в плен сдались 16 военных.", RU_DAY)
    assert (c.value, c.metric, c.as_of, c.date_precision) == (16, "captured", "2025-03-08",
                                                              "day")


def test_since_a_year_dates_no_figure():
    (c,) = claims("За оцінками аналітиків, у країні перебувають 2 тисячі найманців, які з 2019 "
                  "року воюють на боці уряду.", RU_DAY)
    assert (c.value, c.as_of, c.date_precision) == (2000, "2025-03-12", "week")


def test_lost_over_the_past_day_in_russian_is_a_daily_loss():
    (c,) = claims("За минувшие сутки противник лишился до 240 военнослужащих, сообщил Генштаб.",
                  RU_DAY)
    assert (c.value, c.metric, c.qualifier, c.source) == (240, "loss_rate", "up to", "Генштаб")


def test_as_the_source_notes_in_russian():
    (c,) = claims("Как отмечает американская разведка, потери армии составили порядка 70 тыс. "
                  "человек убитыми и ранеными.", RU_DAY)
    assert (c.value, c.metric, c.source) == (70000, "casualties", "американская разведка")


def test_a_part_of_the_figure_before_is_no_force_figure():
    found = claims("Генштаб сообщил, что в плен сдались 19 военных, среди них трое офицеров.",
                   RU_DAY)
    assert [(c.value, c.metric) for c in found] == [(19, "captured")]


def test_the_military_department_is_the_ministry_named_before():
    found = claims("Потери на границе\n"
                   "Министерство обороны Беларуси сообщило, что погибли 12 военных.\n"
                   "Пресс-секретарь пограничной службы Антон Бычковский сказал, что в плен "
                   "сдались 5 военных.\n"
                   "По данным военного ведомства, ранены еще 30 военных.\n", RU_DAY)
    assert [c.source for c in found] == ["Министерство обороны Беларуси", "Антон Бычковский",
                                         "Министерство обороны Беларуси"]


def test_korean_part_of_a_whole():
    found = claims("국방부는 북한군 8천여 명 가운데 사망자가 200여 명이라고 밝혔다.", KO_DAY)
    assert [(c.value, c.metric) for c in found] == [(200, "killed")]


def test_korean_sent_more():
    (c,) = claims("국방부는 북한이 병력 2천여 명을 추가로 보낸 것으로 파악했다고 밝혔다.", KO_DAY)
    assert (c.value, c.metric) == (2000, "reinforcements")


def test_korean_that_day_is_the_day_named_before():
    found = claims("북한군 사상\n"
                   "국방부는 10일 북한군 300여 명이 사망했다고 밝혔다.\n"
                   "국방부는 이날 북한군 20명이 생포됐다고 덧붙였다.\n", KO_DAY)
    assert [(c.value, c.as_of, c.date_precision) for c in found] == [
        (300, "2025-03-10", "day"), (20, "2025-03-10", "day")]


@pytest.mark.parametrize("sentence, value, qualifier", [
    ("Officials said upward of 300 soldiers were killed.", 300, "more than"),
    ("Officials said at most 50 soldiers were wounded.", 50, "up to"),
])
def test_english_hedges(sentence, value, qualifier):
    (c,) = claims(sentence, EN_DAY)
    assert (c.value, c.qualifier) == (value, qualifier)


def test_a_few_hundred_is_no_number():
    assert claims("Officials said a few hundred soldiers were wounded.", EN_DAY) == []
    assert claims("Officials said several thousand troops had arrived.", EN_DAY) == []


@pytest.mark.parametrize("sentence, value", [
    ("Генштаб повідомив, що загинули дванадцять військових.", 12),
    ("Минобороны сообщило, что погибли двадцать пять военных.", 25),
])
def test_cyrillic_numbers_in_words(sentence, value):
    (c,) = claims(sentence, RU_DAY)
    assert (c.value, c.metric) == (value, "killed")


@pytest.mark.parametrize("sentence, value, qualifier", [
    ("국방부는 북한군 200명 내외가 숨졌다고 밝혔다.", 200, "about"),
])
def test_korean_hedges_after_the_number(sentence, value, qualifier):
    (c,) = claims(sentence, KO_DAY)
    assert (c.value, c.qualifier) == (value, qualifier)


EN_BODY = "The ministry said 40 soldiers were killed."
RU_BODY = "Минобороны сообщило, что погибли 40 военных."
UK_BODY = "Генштаб повідомив, що загинули 40 окупантів."
KO_BODY = "국방부는 북한군 40명이 숨졌다고 밝혔다."


@pytest.mark.parametrize("top, body, published", [
    ("Updated 3 March 2025 10:15 GMT\n", EN_BODY, "2025-03-03"),
    ("МОСКВА, 9 мар — РИА Новости. ", RU_BODY, "2025-03-09"),
    ("9 марта 2025, 14:35\n", RU_BODY, "2025-03-09"),
    ("Москва. 9 марта. INTERFAX.RU - ", RU_BODY, "2025-03-09"),
    ("Київ, 9 березня 2025 року. ", UK_BODY, "2025-03-09"),
    ("09.03.2025 14:35\n", UK_BODY, "2025-03-09"),
    ("기사입력 2025.03.09. 오후 3:12\n", KO_BODY, "2025-03-09"),
])
def test_datelines_in_their_usual_forms(top, body, published):
    found = extract_article(f"Headline\n{top}{body}\n", None, today=dt.date(2025, 3, 20))
    assert (found.published.isoformat(), found.published_from) == (published, "dateline")


@pytest.mark.parametrize("sentence, as_of, precision", [
    ("The ministry said two days ago that 40 soldiers had been killed.", "2025-03-10", "day"),
    ("The ministry said three weeks ago that 40 soldiers had been killed.", "2025-02-19", "week"),
    ("The ministry said 40 soldiers were killed at the end of last year.", "2024-12-25", "week"),
    ("The ministry said 40 soldiers were killed between March 1 and March 7.", "2025-03-07",
     "day"),
    ("The ministry said 40 soldiers were killed from 1 to 7 March.", "2025-03-07", "day"),
])
def test_english_dates_ago_part_of_last_year_and_spans(sentence, as_of, precision):
    (c,) = claims(sentence, EN_DAY)
    assert (c.as_of, c.date_precision) == (as_of, precision)


@pytest.mark.parametrize("sentence, source", [
    ("Источник в силовых структурах сообщил ТАСС, что в плен сдались 30 военных.",
     "Источник в силовых структурах"),
    ("Джерело в ГУР повідомило, що в районі перебувають до 5 тисяч найманців.",
     "Джерело в ГУР"),
])
def test_an_anonymous_cyrillic_source_keeps_where_it_sits(sentence, source):
    (c,) = claims(sentence, RU_DAY)
    assert c.source == source


def test_korean_said_that_after_a_quote():
    (c,) = claims('한 외교 소식통은 "북한군 사상자가 2천 명을 넘었다"고 했다.', KO_DAY)
    assert (c.value, c.metric, c.qualifier, c.source) == (2000, "casualties", "more than",
                                                          "외교 소식통")


@pytest.mark.parametrize("sentence, subject", [
    ("Как отмечает британская разведка, потери российской армии составили порядка 100 тыс. "
     "человек убитыми и ранеными.", "российской армии"),
    ("Кадыров заявил, что в районе действуют около 3,5 тыс. бойцов спецназа «Ахмат».",
     "бойцов спецназа «Ахмат»"),
])
def test_cyrillic_subject_is_the_force_named(sentence, subject):
    (c,) = claims(sentence, RU_DAY)
    assert c.subject == subject


def test_a_korean_headlines_ellipsis_parts_its_clauses():
    found = claims('국방부 "북한군 사상자 4천명 넘어…사망자 500여 명"', KO_DAY)
    assert [(c.value, c.metric) for c in found] == [(4000, "casualties"), (500, "killed")]


def test_a_later_clause_with_its_own_speaker():
    found = claims("Italy said it would send 1,500 troops, while France has pledged 4,000 "
                   "soldiers, Defence Minister Sebastien Lecornu announced.", EN_DAY)
    assert [(c.value, c.source) for c in found] == [(1500, "Italy"),
                                                    (4000, "Sebastien Lecornu")]
    found = claims("Russia has lost 3,000 soldiers, while Ukraine has lost 2,000 soldiers, "
                   "Kirby said.", EN_DAY)
    assert [(c.value, c.source) for c in found] == [(3000, "Kirby"), (2000, "Kirby")]


@pytest.mark.parametrize("sentence, source", [
    ("Об этом сообщает пресс-служба Минобороны России: ВСУ потеряли до 150 военных.",
     "пресс-служба Минобороны России"),
    ("По сведениям украинской стороны, в плен попали 17 российских военных.",
     "украинской стороны"),
    ("На думку британської розвідки, Росія втрачає щодня близько 1 500 військових.",
     "британської розвідки"),
    ("Дані щодо втрат оприлюднив Генштаб: загинули 60 окупантів.", "Генштаб"),
])
def test_cyrillic_speaker_after_what_was_said(sentence, source):
    (c,) = claims(sentence, RU_DAY)
    assert c.source == source


@pytest.mark.parametrize("sentence, value, metric", [
    ("The ministry said the fighting claimed the lives of 40 soldiers.", 40, "killed"),
    ("The army said it had eliminated 55 militants.", 55, "casualties"),
    ("The ministry said its forces had neutralised 80 insurgents.", 80, "casualties"),
    ("Officials said 30 soldiers were taken hostage.", 30, "captured"),
    ("The group said 14 of its fighters were martyred.", 14, "killed"),
    ("Officials said Russia loses an average of 1,200 troops a day.", 1200, "loss_rate"),
])
def test_english_loss_words_are_no_strength(sentence, value, metric):
    (c,) = claims(sentence, EN_DAY)
    assert (c.value, c.metric) == (value, metric)


def test_lost_then_the_kind_of_loss():
    found = rows("Officials said the brigade had lost 300 men killed and 900 wounded.", EN_DAY)
    assert [(r[0], r[1]) for r in found] == [(300, "killed"), (900, "wounded")]


@pytest.mark.parametrize("sentence, published", [
    ("Officials said 150 prisoners of war were freed in an exchange.", EN_DAY),
    ("Генштаб повідомив, що з полону повернулися 150 українських захисників.", RU_DAY),
    ("Минобороны сообщило, что из плена освобождены 95 российских военнослужащих.", RU_DAY),
    ("국방부는 포로 교환으로 북한군 포로 20명이 귀환했다고 밝혔다.", KO_DAY),
])
def test_prisoners_freed_in_an_exchange_are_no_captured_claim(sentence, published):
    assert claims(sentence, published) == []


def test_neutralised_saboteurs_are_a_loss_in_russian():
    (c,) = claims("Минобороны сообщило, что в ходе боев нейтрализованы 45 диверсантов.", RU_DAY)
    assert (c.value, c.metric) == (45, "casualties")


@pytest.mark.parametrize("sentence, as_of, precision", [
    ("국방부는 지난해 말 북한군 1만1천 명이 러시아에 파병됐다고 밝혔다.", "2024-12-25", "week"),
    ("국방부는 올해 초 북한군 3천 명이 추가로 파병됐다고 밝혔다.", "2025-01-05", "week"),
    ("국방부는 사흘 전 북한군 40명이 숨졌다고 밝혔다.", "2025-03-09", "day"),
    ("국방부는 2주 전 북한군 40명이 숨졌다고 밝혔다.", "2025-02-26", "week"),
    ("국방부는 북한군 40명이 10일 전투에서 숨졌다고 밝혔다.", "2025-03-10", "day"),
])
def test_korean_part_of_a_year_and_days_ago(sentence, as_of, precision):
    (c,) = claims(sentence, KO_DAY)
    assert (c.as_of, c.date_precision) == (as_of, precision)


@pytest.mark.parametrize("sentence, as_of, precision", [
    ("Минобороны сообщило, что в конце прошлого года погибли 40 военных.", "2024-12-25", "week"),
    ("Генштаб повідомив, що на початку 2024 року загинули 40 окупантів.", "2024-01-05", "week"),
    ("Минобороны сообщило, что два дня назад погибли 40 военных.", "2025-03-10", "day"),
    ("Генштаб повідомив, що три тижні тому загинули 40 окупантів.", "2025-02-19", "week"),
    ("Минобороны сообщило, что позавчера погибли 40 военных.", "2025-03-10", "day"),
    ("Минобороны сообщило, что за январь погибли 40 военных.", "2025-01-15", "month"),
])
def test_cyrillic_part_of_a_year_days_ago_and_a_month_counted(sentence, as_of, precision):
    (c,) = claims(sentence, RU_DAY)
    assert (c.as_of, c.date_precision) == (as_of, precision)


def test_one_in_four_is_a_share():
    (c,) = claims("Officials said one in four soldiers of the brigade had been killed.", EN_DAY)
    assert (c.value, c.fraction, c.metric) == (None, 0.25, "killed")


def test_a_cyrillic_share_of_a_number_names_it_as_its_base():
    share, base = extract("Минобороны сообщило, что половина из 2 тыс. военных погибла.", RU_DAY)
    assert (share.claim.fraction, share.claim.metric) == (0.5, "killed")
    assert (base.claim.value, base.claim.metric) == (2000, "strength")
    assert share.claim.base_claim == base.claim.id


@pytest.mark.parametrize("sentence, value, metric, source", [
    ("국방부에 의하면 북한군 300여 명이 사망했다.", 300, "killed", "국방부"),
    ("북한군 200명이 사망했다고 로이터통신이 미 당국자를 인용해 보도했다.", 200, "killed",
     "로이터통신"),
    ('김 장관은 기자회견에서 "북한군 2천 명이 추가로 배치됐다"며 우려를 표했다.', 2000,
     "reinforcements", "김 장관"),
    ("이에 대해 러시아 국방부는 우크라이나군 500명을 사살했다고 주장했다.", 500, "killed",
     "러시아 국방부"),
    ("미 국방부 대변인은 북한군 약 1만1천 명이 쿠르스크에 있다고 말했다.", 11000, "strength",
     "미 국방부"),
])
def test_korean_sources_and_presence(sentence, value, metric, source):
    (c,) = claims(sentence, KO_DAY)
    assert (c.value, c.metric, c.source) == (value, metric, source)


def test_a_headline_figure_is_not_merged_into_another_kind_of_loss():
    found = claims("Ukraine says over 1,000 North Korean troops killed\n\n"
                   "The spy agency estimated that 1,000 North Korean soldiers had been "
                   "wounded.\n", EN_DAY)
    assert [(c.value, c.metric) for c in found] == [(1000, "killed"), (1000, "wounded")]


def test_more_after_a_comma_stays_with_its_number():
    (c,) = claims("За словами Буданова, ще до 3 тисяч військових КНДР можуть прибути до кінця "
                  "грудня.", RU_DAY)
    assert (c.value, c.metric, c.qualifier, c.include_in_projection) == (
        3000, "reinforcements", "up to", False)


@pytest.mark.parametrize("sentence, published", [
    ("Around 40 students were injured in the bus crash, officials said.", EN_DAY),
    ("Более 200 человек пострадали в результате наводнения, сообщили в МЧС.", RU_DAY),
    ("서울시는 지난 주말 축제에 시민 5만 명이 참가했다고 밝혔다.", KO_DAY),
])
def test_people_who_are_no_force_give_no_claim(sentence, published):
    assert claims(sentence, published) == []


@pytest.mark.parametrize("sentence, source", [
    ("The Pentagon, in a statement, said 1,500 Marines were en route.", "Pentagon"),
    ("The UN's humanitarian office, OCHA, said 50 soldiers were killed.", "OCHA"),
    ("According to figures released by the ministry, 95 soldiers were killed.", "ministry"),
    ("Data from the UN shows that 120 peacekeepers were injured.", "UN"),
    ("The ministry's figures show 300 soldiers were killed.", "ministry"),
])
def test_english_statements_and_figures_as_sources(sentence, source):
    (c,) = claims(sentence, EN_DAY)
    assert c.source == source


def test_figures_alone_name_no_source():
    (c,) = claims("The latest figures show 300 soldiers were killed.", EN_DAY)
    assert c.source == "the publication"


def test_korean_byline_date_between_metric_and_count_and_forecast_verbs():
    (c,) = claims("(런던=연합뉴스) 박영희 특파원 = 영국 국방부는 10일(현지시간) 러시아군의 일일 평균 "
                  "사상자가 지난달 1천500명 안팎이었다고 밝혔다.", KO_DAY)
    assert (c.value, c.metric, c.qualifier, c.source) == (1500, "loss_rate", "about",
                                                          "영국 국방부")
    (c,) = claims("우크라이나 총참모부는 러시아군이 지난 24시간 동안 병력 1천320명을 잃었다고 "
                  "발표했다.", KO_DAY)
    assert (c.value, c.metric) == (1320, "loss_rate")
    (c,) = claims("앞서 미국 국방부는 러시아가 병력 2만~3만 명을 추가로 투입할 것으로 예상했다.",
                  KO_DAY)
    assert (c.low, c.high, c.metric, c.source, c.include_in_projection) == (
        20000, 30000, "reinforcements", "미국 국방부", False)


def test_hours_are_no_figure_in_russian():
    (c,) = claims("Генштаб сообщил, что за последние 24 часа противник потерял 1 200 военных.",
                  RU_DAY)
    assert c.value == 1200


def test_the_past_24_hours_is_a_daily_loss():
    (c,) = claims("Ukraine's General Staff said Russia had lost 1,320 soldiers in the past 24 "
                  "hours.", EN_DAY)
    assert (c.value, c.metric, c.source) == (1320, "loss_rate", "Ukraine's General Staff")
