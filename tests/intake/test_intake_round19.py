"""Round 19: from the read sets 66–68, 72–74, 78–80, 84–86 and 90–92 and the remaining misses
of the earlier development sets (the README's "Round 19" says what each mechanism is for).

Who speaks: the outlet a speaker told it to is not who speaks ("в телефонном разговоре с
агентством Франс Пресс", "у розмові з журналістами"); three short words ("Тун Мьят Лин") are one
name; an English paragraph's tag after the figures names its opening sentences' speaker; "Про
це повідомив речник …" after what a body said is the spokesman's account; an office named by
whose it is speaks ("канцелярії президента X"); where it was said and whom it was told to are
not who said it ("на пресконференції", "“Ъ”", "в МВД республики" is the body); "Как ранее
сообщало X", a website's, a communiqué's and a cited paper's words; a placed interlocutor is
someone new; "По данным агентства" is the agency named before; "яке" is the group named before
in quotes; what a body did with its own men is its account; a Korean speaker with a digit in
the name or described at length.

What is counted: the men still there when a withdrawal began, a group's men whatever it did,
the men who held a place, a force's size it does not exceed, an armed group's members, one man
lost by his rank or by drowning, two subjects of one loss verb, sappers, observers and truce
monitors; no men in a gang's name's number, in units or in aircraft; Korean units formed, men
in training, personnel and men taken into custody.

Dates: a Cyrillic toll since a day told after it is the publication's week (told first, that
day); a fight's day before a comma is no day of telling; Korean tolls of days of fighting, a
day glossed "(현지시간)" before "하루 동안", "протягом понеділка", "в минувший вторник"; what befell
men earlier does not date their count; a toll during a week of clashes is no weekly rate.

Each snippet was written for this file (varied names, numbers, verbs and word order), none
copied from a set.
"""
import datetime as dt

import pytest

from intake_support import claims

DAY = dt.date(2024, 4, 10)


@pytest.mark.parametrize("text, source", [
    ("Представитель ополчения Ахмед Салех в телефонном разговоре с агентством Франс Пресс "
     "заявил, что его отряды уничтожили более 60 солдат.", "Ахмед Салех"),
    ("Речник KIA Олег Іваненко у розмові з агентством Франс Пресс розповів, що загинули 14 "
     "бійців.", "Олег Іваненко"),
    ("Командир ополчения Исса Дауд в беседе с Ассошиэйтед Пресс сказал, что в городе остаются "
     "около 300 боевиков.", "Исса Дауд"),
])
def test_the_outlet_it_was_told_to_is_not_who_speaks(text, source):
    (c,) = claims(text, DAY)
    assert c.source == source


@pytest.mark.parametrize("text, source", [
    ("Представитель повстанцев Зо Мин Тун заявил, что погибли 45 солдат.", "Зо Мин Тун"),
    ("Речник армії Нгуен Ван Тхань повідомив, що поранено 20 військових.", "Нгуен Ван Тхань"),
    ("Представитель Минобороны Игорь Конашенков заявил, что уничтожены 80 боевиков.",
     "Игорь Конашенков"),
])
def test_a_name_of_three_short_words_is_kept_whole(text, source):
    (c,) = claims(text, DAY)
    assert c.source == source


def test_a_paragraph_opening_on_no_speaker_is_the_speaker_its_tag_names():
    text = ("Rebels attacked the outpost at dawn.\n\n"
            "The post's garrison of about 90 troops held out until noon. At least 11 of them "
            "were killed, the regional governor, Ana Ruiz, told reporters.")
    assert {(c.metric, c.value, c.source) for c in claims(text, DAY)} == {
        ("strength", 90, "Ana Ruiz"), ("killed", 11, "Ana Ruiz")}


def test_a_paragraph_naming_its_speaker_up_front_keeps_him():
    text = ("Rebels attacked the outpost at dawn.\n\n"
            "Police said about 90 troops held the post. At least 11 of them were killed, the "
            "regional governor, Ana Ruiz, told reporters.")
    assert {(c.metric, c.value, c.source) for c in claims(text, DAY)} == {
        ("strength", 90, "Police"), ("killed", 11, "Ana Ruiz")}


@pytest.mark.parametrize("text, source", [
    ("Грузія визнала загибель 9 своїх військових. Про це повідомив речник Міністерства оборони "
     "Грузії Давид Ломідзе.", "Давид Ломідзе"),
    ("Армия заявила о ликвидации не менее 35 боевиков. Об этом сообщил представитель "
     "дивизии полковник Хосе Рамос.", "Хосе Рамос"),
])
def test_what_a_body_said_is_the_account_of_who_told_it(text, source):
    (c,) = claims(text, DAY)
    assert c.source == source


@pytest.mark.parametrize("text, source", [
    ("За даними канцелярії президента Олусегуна Адеємі, країна розгорнула до 1200 військових.",
     "канцелярії президента Олусегуна Адеємі"),
    ("Как сообщила пресс-служба президента Кассыма Тураева, на учения прибыли около 900 "
     "военных.", "пресс-служба президента Кассыма Тураева"),
    ("Пресс-секретарь президента Тимур Алиев заявил, что на учения прибыли около 900 военных.",
     "Тимур Алиев"),
])
def test_an_office_named_by_whose_it_is_speaks_not_its_owner(text, source):
    (c,) = claims(text, DAY)
    assert c.source == source


@pytest.mark.parametrize("text, source", [
    ("Про це повідомив на пресконференції у Львові командувач корпусу Андрій Гнатюк. За його "
     "словами, загинули 12 бійців.", "Андрій Гнатюк"),
    ("Заместитель командующего пограничными войсками Службы национальной безопасности Армении "
     "Ашот Мелконян заявил в среду, что на границе несут службу более 600 пограничников.",
     "Ашот Мелконян"),
    ("В пятницу колонна — около 90 военнослужащих — пересекла границу, сообщили “Ъ” в "
     "Минобороны России.", "Минобороны России"),
    ("Силовики уничтожили 13 боевиков. Об этом сообщили в МВД республики.", "МВД республики"),
])
def test_where_it_was_said_and_whom_it_was_told_to_are_not_who_said_it(text, source):
    (c,) = claims(text, DAY)
    assert c.source == source


@pytest.mark.parametrize("text, value", [
    ("По словам источника в штабе, к началу вывода в зоне оставалось около 1,8 тыс. "
     "военнослужащих.", 1800),
    ("На початок виведення в зоні залишалося близько 900 військових.", 900),
])
def test_the_men_still_there_when_a_withdrawal_began_are_a_force(text, value):
    (c,) = claims(text, DAY)
    assert (c.metric, c.value) == ("strength", value)


def test_men_withdrawn_are_still_no_force():
    assert claims("Начался вывод 1800 военнослужащих из зоны.", DAY) == []


def test_a_korean_toll_of_days_of_fighting_is_dated_by_none_of_its_days():
    """Korean copy, like English ("in two days of fighting"): the total of days is the
    publication's week, not the day of the statement."""
    text = "국방부는 9일 발표문에서 사흘간의 교전으로 정부군 최소 25명이 숨지고 80여 명이 다쳤다고 밝혔다."
    got = {(c.metric, c.value, c.as_of, c.date_precision) for c in claims(text, DAY)}
    assert got == {("killed", 25, "2024-04-10", "week"), ("wounded", 80, "2024-04-10", "week")}


def test_a_korean_one_day_toll_keeps_its_day():
    text = "국방부는 9일 교전으로 정부군 25명이 숨졌다고 밝혔다."
    ((as_of, precision),) = {(c.as_of, c.date_precision) for c in claims(text, DAY)}
    assert (as_of, precision) == ("2024-04-09", "day")


@pytest.mark.parametrize("text, source", [
    ("현지 언론 G1에 따르면 병사 2명이 숨졌다.", "현지 언론 G1"),
    ("M23은 정부군 40명을 사살했다고 주장했다.", "M23"),
])
def test_a_korean_speaker_named_with_a_digit_is_named(text, source):
    (c,) = claims(text, DAY)
    assert c.source == source


def test_a_cyrillic_toll_since_a_day_told_after_it_is_the_publications_week():
    text = ("Втрати сил у боях за місто, що тривають від 3 квітня, становлять 140 убитих. Такі "
            "дані оприлюднив у вівторок прес-центр угруповання.")
    (c,) = claims(text, DAY)
    assert (c.metric, c.value, c.as_of, c.date_precision) == ("killed", 140, "2024-04-10", "week")


def test_a_cyrillic_toll_since_told_first_keeps_the_day_it_was_told():
    text = "Командувач заявив у вівторок, що з початку квітня загинули понад 140 військових."
    (c,) = claims(text, DAY)
    assert (c.as_of, c.date_precision) == ("2024-04-09", "day")


@pytest.mark.parametrize("text, qualifier", [
    ("В воскресенье группа примерно из 40 вооруженных людей атаковала пост и убила двоих "
     "солдат.", "about"),
    ("Група з 25 озброєних людей напала на блокпост і вбила трьох поліцейських.", None),
])
def test_the_men_a_group_is_made_of_are_its_strength_whatever_it_did(text, qualifier):
    (c,) = [c for c in claims(text, DAY) if c.value in (40, 25)]
    assert (c.metric, c.qualifier) == ("strength", qualifier)


def test_a_column_of_vehicles_is_no_group_of_men():
    text = "Колонна из 20 бронеавтомобилей прошла через город, сообщил источник."
    assert [c for c in claims(text, DAY) if c.value == 20] == []


@pytest.mark.parametrize("text, source", [
    ("Как ранее сообщало министерство обороны Непала, в учениях заняты около 400 военных.",
     "министерство обороны Непала"),
    ("Як уже повідомляв Генштаб, на навчання прибули близько 400 військових.", "Генштаб"),
    ("Про це заявив міністр оборони Джубаленду Ахмед Дуале, передає Укрінформ з посиланням на "
     "Daily Monitor. За його словами, загинули 30 бойовиків.", "Ахмед Дуале"),
    ("На сайте повстанцев утверждается, что они взяли в плен не менее восьми солдат.",
     "повстанцев"),
])
def test_who_told_it_behind_an_opening_word_a_website_or_a_cited_paper(text, source):
    (c,) = claims(text, DAY)
    assert c.source == source


def test_a_fights_day_before_a_comma_is_no_day_of_telling():
    """"… в ходе боев с войсками соседней страны у перевала Кара-Тюбе, начавшихся во вторник,
    сообщил в среду министр": a toll since the fighting began, told after it, is the
    publication's week, neither the fight's Tuesday nor the Wednesday it was told."""
    text = ("Девять военнослужащих погибли в ходе боев с войсками соседней страны у перевала "
            "Кара-Тюбе, начавшихся во вторник, сообщил в среду министр обороны Асан Бекиров.")
    (c,) = claims(text, DAY)
    assert (c.source, c.as_of, c.date_precision) == ("Асан Бекиров", "2024-04-10", "week")


def test_a_reflexive_participle_aside_after_the_speaker_is_skipped():
    text = ("Представитель повстанцев, связавшийся с журналистами по телефону, заявил, что в "
            "бою погибли «более 30 военнослужащих», назвав атаку ответом на удары.")
    (c,) = claims(text, DAY)
    assert (c.metric, c.value, c.source) == ("killed", 30, "Представитель повстанцев")


def test_a_korean_unit_formed_of_them_is_a_force():
    (c,) = claims("군 대변인은 주최국이 400여 명으로 가장 큰 부대를 꾸렸다고 말했다.", DAY)
    assert (c.metric, c.value, c.qualifier) == ("strength", 400, "more than")


def test_what_befell_men_on_an_earlier_day_does_not_date_their_count():
    text = ("Судьба еще 25 бойцов, попавших в засаду у деревни в конце марта, до сих пор "
            "неизвестна, сообщил источник в штабе.")
    (c,) = claims(text, DAY)
    assert (c.metric, c.as_of, c.date_precision) == ("missing", "2024-04-10", "week")


def test_the_day_men_died_still_dates_their_toll():
    text = "Командование назвало имена 12 военных, погибших 2 апреля у деревни."
    assert {(c.metric, c.as_of) for c in claims(text, DAY)} == {("killed", "2024-04-02")}


@pytest.mark.parametrize("text, value", [
    ("국방부에 따르면 이날 훈련장에서는 지난 2월 입대한 신병 약 90명이 사격 훈련을 받고 있었다.", 90),
    ("국방부 통계에 따르면 해병대 실제 인원은 약 2만9천 명이다.", 29000),
])
def test_korean_men_in_training_and_a_forces_personnel_are_its_strength(text, value):
    (c,) = claims(text, DAY)
    assert (c.metric, c.value, c.as_of) == ("strength", value, "2024-04-10")


def test_a_missions_monitors_are_its_strength():
    text = ("More than 300 unarmed truce monitors were in the province on Friday, the army said. "
            "Some 120 of the monitors were Fijians, the mission's commander said.")
    assert {(c.metric, c.value) for c in claims(text, DAY)} == {("strength", 300),
                                                                ("strength", 120)}


@pytest.mark.parametrize("text, metric", [
    ("A Kenyan sailor drowned on Monday when his boat capsized, the navy said.", "killed"),
    ("A Peruvian corporal was killed on Monday during a rehearsal, the army said.", "killed"),
    ("A Ghanaian lieutenant was wounded on Monday, the army said.", "wounded"),
])
def test_one_man_lost_by_his_rank_or_by_drowning(text, metric):
    (c,) = claims(text, DAY)
    assert (c.metric, c.value) == (metric, 1)


def test_a_forces_size_it_does_not_exceed_is_its_strength():
    text = ("Вооруженные силы страны, по данным справочника Military Balance, не превышают "
            "4 тыс. человек.")
    (c,) = claims(text, DAY)
    assert (c.metric, c.value, c.qualifier, c.source) == ("strength", 4000, "up to",
                                                          "справочника Military Balance")


def test_a_gangs_name_with_a_number_is_no_figure():
    text = "Члени угруповання Barrio 18 у неділю вбили щонайменше вісьмох поліцейських."
    assert {(c.metric, c.value) for c in claims(text, DAY)} == {("killed", 8)}


def test_he_who_said_it_in_an_address_to_the_nation_is_the_person_named_before():
    text = ("Президент Бернардо Аревало запровадив стан облоги після того, як бандити вбили "
            "щонайменше вісьмох поліцейських. Про це він заявив у зверненні до нації, передає "
            "AFP.")
    (c,) = claims(text, DAY)
    assert (c.value, c.source) == (8, "Бернардо Аревало")


def test_throughout_a_weekday_is_that_day():
    text = "Протягом понеділка поліція затримала понад 40 членів банди."
    (c,) = claims(text, DAY)
    assert (c.metric, c.value, c.as_of, c.date_precision) == ("captured", 40, "2024-04-08", "day")


def test_the_members_an_armed_group_counts_are_its_strength():
    text = "За оцінками поліції, Barrio 18 налічує від 10 до 12 тисяч членів."
    (c,) = claims(text, DAY)
    assert (c.metric, c.low, c.high) == ("strength", 10000, 12000)


@pytest.mark.parametrize("text, source", [
    ("파나마 정부는 이날 국경수비대 병력 300여 명을 국경 지대에 추가로 급파했다.", "파나마 정부"),
    ("The army flew some 500 troops into the province on Monday.", "army"),
])
def test_what_a_body_did_with_its_own_men_is_its_account(text, source):
    (c,) = claims(text, DAY)
    assert c.source == source


def test_a_placed_interlocutor_is_a_new_anonymous_source():
    text = ("По словам президента Хуана Переса, в штате находятся около 9 тыс. военных. "
            "Собеседник «Ъ» в военном ведомстве признает, что армия теряет ранеными по три-четыре "
            "человека в сутки.")
    sources = {c.metric: c.source for c in claims(text, DAY)}
    assert sources["loss_rate"] == "Собеседник Ъ в военном ведомстве"
    assert sources["strength"] == "Хуана Переса"


def test_a_past_weekday_said_with_минувший_is_that_day():
    text = "Только в минувший вторник в окрестностях города погибли двое военных, сообщил источник."
    (c,) = claims(text, DAY)
    assert (c.as_of, c.date_precision) == ("2024-04-09", "day")


def test_sappers_are_a_force_and_two_aircraft_no_men():
    text = ("Контингент прибыл в понедельник двумя бортами военно-транспортной авиации. В его "
            "составе 35 саперов, сообщил командир.")
    assert {(c.metric, c.value) for c in claims(text, DAY)} == {("strength", 35)}


def test_men_held_captive_whom_their_captors_offer_to_trade_are_captured():
    text = ("Командир загонів Хасан Мусса заявив, що його сили утримують 12 полонених бійців "
            "бригади і готові обміняти їх «на наших людей».")
    (c,) = claims(text, DAY)
    assert (c.metric, c.value) == ("captured", 12)


@pytest.mark.parametrize("text, value", [
    ("Аэропорт, по словам командира, обороняли около 600 человек, которые отошли на юг.", 600),
    ("Против войск, по его оценке, действовали от 8 до 10 тысяч душманов.", (8000, 10000)),
])
def test_the_men_who_held_a_place_or_fought_are_a_force(text, value):
    (c,) = claims(text, DAY)
    assert (c.metric, c.value if c.value is not None else (c.low, c.high)) == ("strength", value)


def test_a_korean_speaker_described_at_length_still_speaks():
    text = ('훈련을 지휘하는 모하마드 아흐마디 육군 지상군 사령관은 "공수부대 2천 명도 투입됐다"며 '
            '"적이 어느 방향에서 오든 대응할 것"이라고 말했다.')
    (c,) = claims(text, DAY)
    assert (c.value, c.source) == (2000, "모하마드 아흐마디")


def test_which_after_a_group_named_in_quotes_is_that_group_and_killed_and_wounded_together():
    text = ('Відповідальність узяло на себе угруповання "Вілаят Синай" (ВС), яке в заяві в Telegram '
            'стверджує, що вбило та поранило понад 50 солдатів.')
    (c,) = claims(text, DAY)
    assert (c.metric, c.value, c.source) == ("casualties", 50, "Вілаят Синай")


def test_a_korean_day_glossed_local_time_then_one_day_is_that_days_toll_not_a_rate():
    (c,) = claims("국방부에 따르면 8일(현지시간) 하루 동안 반군 19명이 사살됐다.", DAY)
    assert (c.metric, c.value, c.as_of) == ("killed", 19, "2024-04-08")


def test_a_titled_person_after_an_adjective_and_a_long_description():
    text = ("Нігерійський аналітик із питань безпеки Юсуф Дангана вважає, що угруповання має від "
            "3,5 до 5 тисяч бойовиків.")
    (c,) = claims(text, DAY)
    assert c.source == "Юсуф Дангана"


def test_two_subjects_of_one_loss_verb_after_the_second():
    text = ("Не менее 30 военнослужащих армии Нигера и двое нигерийских военных погибли в "
            "пятницу, сообщил министр обороны.")
    assert {(c.metric, c.value) for c in claims(text, DAY)} == {("killed", 30), ("killed", 2)}


def test_military_intelligence_put_a_band_at_a_number():
    (c,) = claims("Military intelligence put the guerrilla band at about 40 gunmen.", DAY)
    assert (c.metric, c.value, c.source) == ("strength", 40, "Military intelligence")


def test_men_the_korean_police_took_into_custody_are_captured():
    (c,) = claims("경찰은 이날 투항한 반란 가담자 40여 명을 연행했다.", DAY)
    assert (c.metric, c.value, c.source) == ("captured", 40, "경찰")


def test_observers_are_a_force_units_and_observation_posts_are_not_men():
    text = ("Сейчас в составе миссии находятся около 45 наблюдателей, сообщил источник. Столкнулись "
            "двумя отрядами бывших повстанцев, а полиция выставила восемь наблюдательных постов.")
    assert {(c.metric, c.value) for c in claims(text, DAY)} == {("strength", 45)}


def test_a_title_running_through_prepositions_and_a_place_ends_on_the_person():
    text = ("Про це повідомив речник міністерства у справах оборони Регіонального уряду Курдистану "
            "Джаббар Ясін. За його словами, в операції взяли участь понад 400 іракських "
            "спецпризначенців.")
    (c,) = claims(text, DAY)
    assert (c.metric, c.value, c.source) == ("strength", 400, "Джаббар Ясін")


def test_the_agency_said_again_is_the_one_named_before_by_its_name():
    text = ("ПЕКИН, 19 июля. (ТАСС). Как сообщает агентство Синьхуа, войска разгромили десант.\n\n"
            "По данным агентства, в операции участвовало около 8 тысяч солдат.")
    (c,) = claims(text, DAY)
    assert (c.value, c.source) == (8000, "Синьхуа")


def test_a_communique_and_the_document_it_notes_are_the_issuers():
    text = ("Пять военнослужащих погибли во вторник в бою с боевиками. Об этом говорится в "
            "коммюнике Генерального штаба вооруженных сил.\n\n«Нейтрализованы 30 террористов, "
            "семеро взяты в плен», — отмечается в документе.")
    assert {c.source for c in claims(text, DAY)} == {"Генерального штаба вооруженных сил"}


def test_a_toll_during_a_week_of_clashes_is_no_weekly_rate():
    text = "The rebels said their fighters had killed 17 soldiers during a week of clashes."
    (c,) = claims(text, DAY)
    assert (c.metric, c.value) == ("killed", 17)


def test_a_rate_joined_after_a_toll_is_the_next_clauses():
    text = ("Речник руху стверджував, що за два тижні боїв армія втратила понад 200 солдатів "
            "убитими й пораненими і щодня втрачає до 15 військових.")
    assert {(c.metric, c.value) for c in claims(text, DAY)} == {("casualties", 200),
                                                                ("loss_rate", 15)}
