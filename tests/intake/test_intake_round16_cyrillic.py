"""Round 16, Russian and Ukrainian: who a wire's words are, what a clause about a noun dates,
and which figures are none.

The misses of the three newest held-out sets, written by helpers who never read the rules,
were of shapes, not of sentences, so each rule here reads a family of them.

Who speaks. A Ukrainian press office is one word ("повідомили в пресслужбі навчань"), and after
the verb it is who speaks, as "в пресс-службе" and "в штабе" are, not a place the statement
was made in. A body's acronym in brackets ends its name, and the person named right after it
is the speaker, however many words his name has ("За словами речника … союзу (KNU) Паду Со То
Ні", "заявил представитель … службы (ГПС) Андрей Демченко"), so "додав він" after it is his
too. Whom it was told, in the dative before the verb ("Об этом корреспонденту ТАСС сообщил
источник …"), is the channel, and the speaker is the subject after the verb. A wire agency
citing someone placed or described ("передает агентство France Presse со ссылкой на источник
в силовых структурах", "ссылаясь на военного эксперта") relays words that one said; a paper or
a channel citing its sources stands behind them and stays the source, and so does a wire
citing a bare "источник" no reader can tell; a body any outlet cites ("повідомляє Суспільне з
посиланням на командування") said it. Informing, explaining, answering and reminding
are stating ("поінформували в Міністерстві оборони", "пояснил командир", "відповіла
речниця"); a title set off after the speaker's name ("Генерал Ахмед Салех, командующий силами
коалиции, сообщил") is an aside, so the name before it speaks; and what was told of, before
the verb ("О гибели пяти военных сообщил …", "Про загибель трьох бійців повідомив …"), is no
speaker, even with its count in words. An outlet that quotes someone ("«…», — цитирует ТАСС
представителя штаба") carries that one's words; and a person introduced by what he did, with
no reporting verb ("Глава МВД Олег Бойко провел брифинг."), is whom "По его данным", "Он
сообщил" after him stand for, rather than a speaker named before he came on.

Dates. A participle set off after a noun ("В операции, начатой осенью, задействованы") and a
relative clause ("заявил министр, который в субботу прибыл в город") give the day of their
noun, not of the count; the day the event the count belongs to began or went on ("в учениях,
которые начались во вторник") and the day the words were published ("в інтерв'ю,
опублікованому в понеділок") still date it.

Which figures are a force's, and which are none. Bodies found are the dead ("обнаружены тела
50 офицеров", "знайдено тіла трьох бійців"). A toll of people that civilians are part of
("погибли более 900 человек, включая мирных жителей", "до 1,5 тыс. раненых, среди которых
много мирных жителей") is no force's toll. The scenario of an exercise told in a quote («За
сценарієм ми відбиваємо напад формування чисельністю до 400 осіб») names a make-believe enemy.
In Russian and Ukrainian copy a year right after a name in Latin letters is the edition of what
it names ("навчання Agile Spirit 2019 за участю українських військових"), no count of the men
after it. The men lost, then more wounded beside them ("Ми втратили шістьох бійців, ще близько
двадцяти поранені"), are the dead, where "lost" alone stays killed and wounded together.
Money, however it is written ("по 100 тыс. руб.", "15 тис. грн", "5 млн франков"), a count of
fights ("за один бой") and the men honoured ("22 десантника представят к званию Героя
посмертно", "нагородили 40 бійців") are no men of a force; the men an armed group, a column or
a unit was made of, said with "there were" ("у групі було близько 17 людей", "в отряде было
около 40 человек"), are its strength; the men home from captivity ("в результате обмена
домой вернулись 71 военный", "на батьківщину повернулися 40 бійців") are no force there. Numbers are also said as "полусотни", "три десятка",
"більш ніж 200", "больше чем 300"; and men no one can reach ("Зв'язок втрачено з 12
військовими", "На связь не выходят семеро", "доля … залишається невідомою") are missing.
Two days said with the words they share left out ("в воскресенье и понедельник", "15 и 16
марта") are a span, as "в четверг и в ночь на пятницу" is: a count over them is dated by
neither day, nor by the day it was told. "Вночі", "Ночью" opening a sentence are the night
that ended on the report's day, as "минувшей ночью" is; and a count since the day began ("з
початку доби", "с начала суток") is the day's loss rate.
"""
import datetime as dt

import pytest
from intake_support import assert_one_row, rows

DAY = dt.date(2025, 3, 18)  # a Tuesday
WEEK = ("2025-03-18", "week")
MONDAY = ("2025-03-17", "day")
SATURDAY = ("2025-03-15", "day")
FRIDAY = ("2025-03-14", "day")

CASES = [
    # --- a Ukrainian press office, after the verb, is who speaks ---------------------------
    ("Двоє військовослужбовців дістали травми під час стрибків, повідомили в пресслужбі "
     "навчань.", 2, "wounded", None, "пресслужбі навчань", WEEK),
    ("Бригада у понеділок перекинула до кордону близько 800 військових, повідомили в "
     "пресслужбі Сухопутних військ.", 800, "strength", "about", "пресслужб", MONDAY),
    ("У полон потрапили семеро окупантів, розповіли в пресслужбі бригади.",
     7, "captured", None, "пресслужбі бригади", WEEK),
    ("Під час обстрілу загинули троє прикордонників, повідомили у пресслужбі "
     "Держприкордонслужби.", 3, "killed", None, "пресслужб", WEEK),
    ("Близько 500 бійців зосереджено біля міста, уточнили в пресслужбі угруповання.",
     500, "strength", "about", "пресслужбі угруповання", WEEK),
    ("Четверо военных ранены при обстреле, сообщили в пресс-службе округа.",
     4, "wounded", None, "пресс-служб", WEEK),  # a guard: the Russian form is read already
    # --- the person named right after a body's bracketed acronym ------------------------
    ("За словами речника Каренського національного союзу (KNU) Паду Со То Ні, у понеділок "
     "здалися близько 300 військових.", 300, "captured", "about", "Со То Ні", MONDAY),
    ("За словами представника Національної гвардії (НГУ) Руслана Музичука, загинули двоє "
     "бійців.", 2, "killed", None, "Музичук", WEEK),
    ("По словам представителя Организации освобождения (ООК) Ахмада Рашида, в плен взяты "
     "40 солдат.", 40, "captured", None, "Ахмада Рашида", WEEK),
    ("Троє військових загинули, заявив речник Державної прикордонної служби (ДПСУ) Андрій "
     "Демченко.", 3, "killed", None, "Демченко", WEEK),
    ("Пятеро пограничников ранены, сообщил представитель Пограничной службы (ПС) Игорь "
     "Волков.", 5, "wounded", None, "Игорь Волков", WEEK),
    ("Около 2 тыс. повстанцев осаждают город, заявил глава Союза Каренов (KNU) Саw Мья "
     "Тун Аунг.", 2000, "strength", "about", "Мья Тун Аунг", WEEK),
    ("Как заявил представитель Службы безопасности (СБУ) Артем Дехтяренко, задержаны 12 "
     "диверсантов.", 12, "captured", None, "Дехтяренко", WEEK),
    # --- told whom, in the dative, before the verb: the channel ---------------------------
    ("Об этом корреспонденту ТАСС сообщил источник в генеральном штабе. По его словам, в "
     "мятеже участвуют около 4 тыс. военнослужащих.", 4000, "strength", "about",
     "источник в генеральном штабе", WEEK),
    ("Об этом корреспонденту РИА Новости рассказал офицер штаба. По его словам, погибли "
     "семеро военных.", 7, "killed", None, "офицер штаба", WEEK),
    ("Про це кореспонденту Укрінформу повідомив речник бригади. За його словами, у полон "
     "потрапили четверо окупантів.", 4, "captured", None, "речник бригади", WEEK),
    ("Об этом корреспонденту Интерфакса сообщил представитель штаба округа. По его словам, "
     "ранены 15 военных.", 15, "wounded", None, "представитель штаба", WEEK),
    # --- a wire citing someone placed or described relays that one's words ---------------
    ("Всего в казармах находились около 3 тыс. военнослужащих, передает агентство France "
     "Presse со ссылкой на источник в силовых структурах.", 3000, "strength", "about",
     "источник в силовых структурах", WEEK),
    ("В бою погибли 12 военных, сообщает Интерфакс со ссылкой на источник в Минобороны.",
     12, "killed", None, "источник в Минобороны", WEEK),
    ("В город вошли до 500 боевиков, передает Рейтер со ссылкой на представителя полиции.",
     500, "strength", "up to", "представител", WEEK),
    ("Загинули шестеро військових, повідомляє агентство Reuters з посиланням на джерело в "
     "армії.", 6, "killed", None, "джерело в армії", WEEK),
    ("В районе сосредоточено около 8 тыс. военных, сообщает ТАСС, ссылаясь на военного "
     "эксперта.", 8000, "strength", "about", "эксперт", WEEK),
    ("Понад 200 бойовиків здалися, повідомляє УНІАН з посиланням на речника армії.",
     200, "captured", "more than", "речник", WEEK),
    # guards: a paper or a channel citing its sources stays the source, as does a wire citing
    # a bare "источник"
    ("Під час навчань загинули троє солдатів, повідомило видання «Наша Ніва» з посиланням "
     "на джерела в армії.", 3, "killed", None, "Наша Ніва", WEEK),
    ("Как сообщил в понедельник ТАСС со ссылкой на источник, в плен сдались 40 военных.",
     40, "captured", None, "ТАСС", MONDAY),
    ("Telegram-канал Baza со ссылкой на свои источники сообщил о гибели 22 военных.",
     22, "killed", None, "Baza", WEEK),
    # --- a clause about a noun gives the noun's day, not the count's ---------------------
    ("В операции, начатой осенью, задействованы около 50 тыс. бойцов.",
     50000, "strength", "about", "the publication", WEEK),
    ("В наступлении, начатом в январе, участвуют до 20 тыс. военных, сообщил генерал Игорь "
     "Волков.", 20000, "strength", "up to", "Волков", WEEK),
    ("В операції, розпочатій навесні, задіяно понад 5 тисяч військових, повідомив речник "
     "Андрій Коваль.", 5000, "strength", "more than", "Коваль", WEEK),
    ("Погибли 14 военных, сообщил губернатор Игорь Волков, который в субботу посетил "
     "место обстрела.", 14, "killed", None, "Волков", WEEK),
    ("У полон потрапили 30 окупантів, заявив командир Олег Ткач, якого в понеділок "
     "нагородили орденом.", 30, "captured", None, "Ткач", WEEK),
    # guards: the day the count's event began or went on, and the day the words came out
    ("В учениях, которые начались в понедельник, участвуют около 6 тыс. военных.",
     6000, "strength", "about", "the publication", MONDAY),
    ("Россия стянула к границе около 40 тыс. военных, заявил генерал Игорь Волков в "
     "интервью, опубликованном в субботу.", 40000, "strength", "about", "Волков", SATURDAY),
    ("За даними командування, станом на 8 березня в місті перебували близько 900 "
     "військових.", 900, "strength", "about", "командування", ("2025-03-08", "day")),
    # --- bodies found are the dead ------------------------------------------------------
    ("При осмотре территории обнаружены тела 50 армейских офицеров.",
     50, "killed", None, "the publication", WEEK),
    ("На месте боя найдены тела 12 боевиков, сообщил генерал Игорь Волков.",
     12, "killed", None, "Волков", WEEK),
    ("Під завалами знайдено тіла трьох бійців, повідомив речник Андрій Коваль.",
     3, "killed", None, "Коваль", WEEK),
    ("Пошуковці передали тіла 40 полеглих захисників, повідомив Координаційний штаб.",
     40, "killed", None, "Координаційний штаб", WEEK),
    ("В лесу обнаружено тело одного военнослужащего, сообщили в пресс-службе округа.",
     1, "killed", None, "пресс-служб", WEEK),
    ("Со дна реки подняты трупы семи солдат, заявил глава района Игорь Волков.",
     7, "killed", None, "Волков", WEEK),
]


@pytest.mark.parametrize("text, value, metric, qualifier, source, when", CASES)
def test_the_one_claim_an_analyst_records(text, value, metric, qualifier, source, when):
    assert_one_row(text, DAY, metric, value, qualifier, source, when)


NONE = [
    # a toll of people civilians are part of
    "Только за год в столкновениях погибли более 900 человек, включая мирных жителей.",
    "В городе остаются до 1,5 тыс. раненых, среди которых много мирных жителей.",
    "За тиждень боїв загинули понад 60 людей, серед них мирні жителі.",
    "Внаслідок удару загинули 14 осіб, зокрема мирні мешканці.",
    "В ходе боев погибли около 300 человек, в том числе мирные жители.",
    "Поранені понад 120 людей, у тому числі цивільні.",
    "Под обстрелом погибли 45 человек, среди которых гражданские.",
    # the scenario of an exercise, told in a quote or in the narrative
    "«За сценарієм ми спочатку відбиваємо напад незаконного збройного формування чисельністю "
    "до 400 осіб», – сказав він.",
    "«По сценарию мы отражаем нападение формирования численностью до 300 боевиков», — "
    "рассказал командир.",
    "Согласно сценарию, подразделения отражают атаку бандформирования численностью до 200 "
    "человек.",
    "«Згідно зі сценарієм, ми знищуємо диверсантів чисельністю до 50 осіб», — сказав він.",
    # a year after a name, with a preposition opening the phrase after it
    "У Грузії стартували навчання Agile Spirit 2019 за участю українських військових.",
    "Учения Noble Partner 2018 прошли с американскими военными.",
    "Маневри Rapid Trident 2021 за участі іноземних військових тривають тиждень.",
    "Навчання Sea Breeze 2020 відбулися без іноземних моряків.",
    "В учениях Cobra Gold 2024 с морскими пехотинцами отрабатывается высадка.",
]


@pytest.mark.parametrize("text", NONE)
def test_no_figure_of_a_force(text):
    assert rows(text, DAY) == []


def test_a_year_before_the_men_it_counts_is_still_a_count():
    """A guard: "насчитывалось 2030 военнослужащих" counts the men it names."""
    assert_one_row("В гарнизоне насчитывалось 2030 военнослужащих.", DAY,
                   "strength", 2030, None, "the publication", WEEK)


def test_a_mixed_toll_leaves_a_force_toll_beside_it():
    """A guard: the force's own toll in the same sentence is still recorded."""
    found = rows("Погибли 12 военных, а всего за неделю погибли более 90 человек, включая "
                 "мирных жителей.", DAY)
    assert [(r[0], r[1]) for r in found] == [(12, "killed")]


@pytest.mark.parametrize("text", [
    "В пятницу при обстреле у блокпоста на окраине города погибли двое военных, еще трое "
    "получили ранения, заявил министр обороны Игорь Волков, который в субботу прибыл в "
    "столицу для переговоров.",
    "У п'ятницю під час обстрілу загинули двоє бійців, ще троє поранені, повідомив міністр "
    "Олег Ткач, який у суботу відвідав шпиталь.",
])
def test_a_relative_clause_after_the_speaker_dates_neither_count(text):
    """The speaker's own day in a clause about him is not the day of the counts before."""
    found = rows(text, dt.date(2025, 3, 15))
    assert [(r[0], r[1], str(r[4]), r[5]) for r in found] == [
        (2, "killed", "2025-03-14", "day"), (3, "wounded", "2025-03-14", "day")]


def test_he_added_after_the_name_behind_an_acronym_is_that_person():
    found = rows("За словами речника Каренського національного союзу (KNU) Паду Со То Ні, у "
                 "понеділок у полон здалися близько 200 військових. Ще понад 600 солдатів склали "
                 "зброю у суботу, додав він.", DAY)
    assert [(r[0], r[1], r[3], str(r[4])) for r in found] == [
        (200, "captured", "Паду Со То Ні", "2025-03-17"),
        (600, "captured", "Паду Со То Ні", "2025-03-15")]


def test_the_source_a_wire_cites_carries_to_his_words_after():
    found = rows("Об этом корреспонденту ТАСС сообщил источник в генеральном штабе.\n\n"
                 "По его словам, в мятеже участвуют около 8 тыс. военных. Верные правительству "
                 "части насчитывают не более 300 человек, добавил он.", DAY)
    assert [(r[0], r[3]) for r in found] == [
        (8000, "источник в генеральном штабе"), (300, "источник в генеральном штабе")]


# --- the men lost, then more wounded beside them, are the dead ------------------------------
LOST_THEN_WOUNDED = [
    ("«Ми втратили шістьох бійців, ще близько двадцяти поранені», — сказав командир Олег "
     "Ткач.", 6, 20),
    ("Батальон потерял пятерых военных, еще 12 ранены, сообщил генерал Игорь Волков.", 5, 12),
    ("«Мы потеряли семерых, еще 15 получили ранения», — рассказал командир роты.", 7, 15),
    ("Бригада втратила трьох військових, а ще 9 дістали поранення, повідомив речник.", 3, 9),
    ("За ніч підрозділ втратив двох бійців, ще чотири поранені.", 2, 4),
]


@pytest.mark.parametrize("text, dead, wounded", LOST_THEN_WOUNDED)
def test_the_lost_beside_more_wounded_are_the_dead(text, dead, wounded):
    assert [(r[0], r[1]) for r in rows(text, DAY)] == [(dead, "killed"), (wounded, "wounded")]


def test_a_loss_alone_stays_casualties():
    """A guard: "lost" with no wounded counted beside it is still both."""
    assert_one_row("Бригада втратила 40 військових, повідомив речник Андрій Коваль.", DAY,
                   "casualties", 40, None, "Коваль", WEEK)


# --- money, fights and honours are no men; the men a group had are its strength --------------
NO_MEN = [
    "Родственникам погибших выплатят по 100 тыс. руб.",
    "Семьям погибших военных выплатят по 1 млн руб. компенсации.",
    "Семьям погибших выплатят по 200 долл.",
    "Каждому раненому бойцу выплатят по 5 млн франков.",
    "Родинам загиблих виплатять по 15 тис. грн.",
    "Пораненим бійцям виплатять по 100 тис. грн.",
    "Столько десантников за один бой войска не теряли с Афганистана.",
    "Таких втрат бригада не зазнавала за жоден бій, а тут за два бої загинула рота.",
    "22 десантника представят к званию Героя России посмертно.",
    "40 бійців бригади нагородили орденами за мужність.",
    "Орденами награждены 15 военнослужащих полка.",
    "Ще 12 військових посмертно відзначено державними нагородами.",
]


@pytest.mark.parametrize("text", NO_MEN)
def test_money_fights_and_honours_are_no_men(text):
    assert rows(text, DAY) == []


GROUP_HAD = [
    ("За даними джерела в силових структурах, у групі було близько 17 людей.", 17, "about",
     "джерел"),
    ("В отряде было около 40 человек, сообщил источник в полиции.", 40, "about", "источник"),
    ("У колоні було понад 80 людей, повідомив речник Андрій Коваль.", 80, "more than",
     "Коваль"),
    ("По данным следствия, в банде было не менее 12 человек.", 12, "at least", "следств"),
    ("У загоні було до 30 осіб, заявив командир Олег Ткач.", 30, "up to", "Ткач"),
]


@pytest.mark.parametrize("text, value, qualifier, source", GROUP_HAD)
def test_the_men_a_group_had_are_its_strength(text, value, qualifier, source):
    assert_one_row(text, DAY, "strength", value, qualifier, source, WEEK)


# --- informing, explaining, answering are stating; a title set off after the name ----------
MORE_VERBS = [
    ("Близько 600 військових беруть участь у навчаннях, поінформували в Міністерстві оборони "
     "Молдови.", 600, "strength", "about", "Міністерстві оборони"),
    ("Про загибель трьох бійців проінформував речник бригади Олег Ткач.",
     3, "killed", None, "Ткач"),
    ("Как проинформировал генерал Игорь Волков, в плен сдались 40 боевиков.",
     40, "captured", None, "Волков"),
    ("В бою погибли пятеро военных, пояснил командир батальона Олег Петров.",
     5, "killed", None, "Петров"),
    ("У полон потрапили 14 окупантів, пояснив речник Андрій Коваль.",
     14, "captured", None, "Коваль"),
    ("Ранены девять военных, ответил на вопрос журналистов генерал Игорь Волков.",
     9, "wounded", None, "Волков"),
    ("Загинули двоє прикордонників, відповіла речниця Юлія Петренко.",
     2, "killed", None, "Петренко"),
    ("В районе находятся до 3 тыс. военных, напомнил генерал Игорь Волков.",
     3000, "strength", "up to", "Волков"),
    ("Понад 500 військових залучено до операції, нагадав командувач Олег Ткач.",
     500, "strength", "more than", "Ткач"),
    ("Генерал Ахмед Салех, командующий силами коалиции, сообщил, что погибли 15 солдат.",
     15, "killed", None, "Ахмед Салех"),
    ("Полковник Андрій Коваль, речник угруповання, повідомив, що в полон потрапили 6 "
     "окупантів.", 6, "captured", None, "Андрій Коваль"),
    ("Игорь Волков, начальник штаба округа, заявил, что ранены 11 военных.",
     11, "wounded", None, "Игорь Волков"),
]


@pytest.mark.parametrize("text, value, metric, qualifier, source", MORE_VERBS)
def test_who_informs_explains_or_answers_speaks(text, value, metric, qualifier, source):
    assert_one_row(text, DAY, metric, value, qualifier, source, WEEK)


# --- numbers said in words, and men no one can reach -------------------------------------
IN_WORDS = [
    ("Около полусотни боевиков сдались властям.", 50, "captured", "about"),
    ("Три десятка боевиков блокированы в горах.", 30, "strength", None),
    ("Два десятки бійців дістали поранення.", 20, "wounded", None),
    ("Більш ніж 200 військових взяли участь у навчаннях.", 200, "strength", "more than"),
    ("Больше чем 300 военных участвуют в учениях.", 300, "strength", "more than"),
    ("Зв'язок втрачено з 12 військовими.", 12, "missing", None),
    ("Связь потеряна с пятью военными.", 5, "missing", None),
    ("На связь не выходят семеро бойцов.", 7, "missing", None),
    ("Семеро бійців не виходять на зв'язок.", 7, "missing", None),
    ("Доля ще 15 бійців залишається невідомою.", 15, "missing", None),
    ("Судьба 30 военных остается неизвестной.", 30, "missing", None),
]


@pytest.mark.parametrize("text, value, metric, qualifier", IN_WORDS)
def test_numbers_in_words_and_men_out_of_reach(text, value, metric, qualifier):
    assert_one_row(text, DAY, metric, value, qualifier, "the publication", WEEK)


# --- what was told of, in words, before the verb; who told it after ----------------------
TOLD_OF = [
    ("О гибели пяти военных сообщил генерал Игорь Волков.", 5, "killed", "Волков"),
    ("Про загибель двох бійців повідомили в штабі бригади.", 2, "killed", "штаб"),
    ("О пленении семерых боевиков рассказал командир роты Олег Петров.",
     7, "captured", "Петров"),
    ("Про поранення чотирьох військових повідомив речник Андрій Коваль.",
     4, "wounded", "Коваль"),
    ("Обо всех трех погибших сообщил губернатор Игорь Волков.", 3, "killed", "Волков"),
]


@pytest.mark.parametrize("text, value, metric, source", TOLD_OF)
def test_what_was_told_of_is_no_speaker(text, value, metric, source):
    assert_one_row(text, DAY, metric, value, None, source, WEEK)


# --- two days said with their shared words left out: a span, dated by neither ---------------
TWO_DAYS = [
    ("В воскресенье и понедельник погибли 27 бойцов.", 27, "killed", "the publication"),
    ("У неділю та понеділок загинули 19 бійців.", 19, "killed", "the publication"),
    ("15 и 16 марта в плен сдались 40 боевиков.", 40, "captured", "the publication"),
    ("15 і 16 березня дістали поранення 23 військових.", 23, "wounded", "the publication"),
    ("В пятницу и субботу погибли 12 военных, сообщил во вторник генерал Игорь Волков.",
     12, "killed", "Волков"),
    ("У п'ятницю та суботу загинули 8 бійців, повідомив у понеділок речник Андрій Коваль.",
     8, "killed", "Коваль"),
]


@pytest.mark.parametrize("text, value, metric, source", TWO_DAYS)
def test_two_days_sharing_their_words_are_a_span(text, value, metric, source):
    assert_one_row(text, DAY, metric, value, None, source, WEEK)


def test_a_weekday_then_a_count_is_still_that_day():
    """A guard: "и" after a weekday that a count follows joins no second day."""
    assert_one_row("В пятницу и в ночь обстрелов погибли пятеро военных.", DAY,
                   "killed", 5, None, "the publication", FRIDAY)


# --- an outlet that quotes someone carries that one's words -----------------------------
QUOTED_BY = [
    ("«Погибли 54 военных», — цитирует ТАСС представителя штаба.", 54, "killed",
     "представителя штаба"),
    ("«Загинули 55 бійців», — цитує Укрінформ речника бригади Олега Ткача.", 55, "killed",
     "Ткач"),
    ("«У районі перебувають до 3 тисяч окупантів», — процитував «Суспільний» командира роти.",
     3000, "strength", "командира роти"),
]


@pytest.mark.parametrize("text, value, metric, source", QUOTED_BY)
def test_who_is_quoted_speaks(text, value, metric, source):
    (row,) = rows(text, DAY)
    assert (row[0], row[1]) == (value, metric)
    assert source.lower() in row[3].lower(), row[3]


# --- a person introduced by what he did, then "his words" ----------------------------------
INTRODUCED = [
    ("Глава МВД Олег Бойко провел брифинг. По его данным, в районе действуют до 61 боевика.",
     61, "strength", "Олег Бойко"),
    ("Командир бригади Олег Ткач побував на позиціях. За його словами, загинули троє бійців.",
     3, "killed", "Олег Ткач"),
    ("Губернатор области Игорь Волков посетил госпиталь. Он сообщил, что ранены 12 военных.",
     12, "wounded", "Игорь Волков"),
    ("Речник угруповання Андрій Коваль провів брифінг. Він повідомив, що в полон потрапили "
     "семеро окупантів.", 7, "captured", "Андрій Коваль"),
]


@pytest.mark.parametrize("text, value, metric, source", INTRODUCED)
def test_his_words_after_he_was_introduced(text, value, metric, source):
    (row,) = rows(text, DAY)
    assert (row[0], row[1], row[3]) == (value, metric, source)


def test_his_words_after_an_earlier_speaker_and_a_person_introduced():
    found = rows("Генштаб сообщил о боях у села.\n\nКомандир батальона Олег Петров побывал на "
                 "позициях. По его словам, погибли пятеро военных.", DAY)
    assert [(r[0], r[3]) for r in found] == [(5, "Олег Петров")]


# --- a body any outlet cites said it; "вночі" opening a sentence; a day's count so far ------
CITED_BODY = [
    ("Загинули четверо бійців, повідомляє «Суспільне» з посиланням на штаб бригади.",
     4, "killed", "штаб бригади"),
    ("Ранены семь военных, пишет «Коммерсантъ» со ссылкой на пресс-службу округа.",
     7, "wounded", "пресс-служб"),
    ("В плен сдались 18 боевиков, сообщает телеканал со ссылкой на командование группировки.",
     18, "captured", "командовани"),
]


@pytest.mark.parametrize("text, value, metric, source", CITED_BODY)
def test_the_body_an_outlet_cites_speaks(text, value, metric, source):
    assert_one_row(text, DAY, metric, value, None, source, WEEK)


def test_a_paper_citing_unnamed_soldiers_stays_the_source():
    """A guard: the outlet's own anonymous sources leave the outlet the source."""
    assert_one_row("Погибли 12 военных, пишет «Новая газета» со ссылкой на знакомых военных.",
                   DAY, "killed", 12, None, "Новая газета", WEEK)


TONIGHT = ("2025-03-18", "day")


@pytest.mark.parametrize("text, value, metric", [
    ("Вночі внаслідок удару загинули п'ятеро військових.", 5, "killed"),
    ("Ночью при обстреле ранены девять военнослужащих.", 9, "wounded"),
    ("Уночі в полон потрапили шестеро окупантів.", 6, "captured"),
])
def test_the_night_opening_a_sentence_is_the_report_day(text, value, metric):
    assert_one_row(text, DAY, metric, value, None, "the publication", TONIGHT)


def test_a_night_of_a_named_day_is_that_day():
    """A guard: "Ночью 5 марта" is the night of 5 March."""
    assert_one_row("Ночью 5 марта погибли семеро военных.", DAY, "killed", 7, None,
                   "the publication", ("2025-03-05", "day"))


@pytest.mark.parametrize("text, value", [
    ("З початку доби ворог втратив 70 окупантів, повідомив речник Андрій Коваль.", 70),
    ("С начала суток противник потерял до 45 военнослужащих, сообщил генерал Игорь Волков.",
     45),
])
def test_a_count_since_the_day_began_is_a_daily_rate(text, value):
    (row,) = rows(text, DAY)
    assert (row[0], row[1]) == (value, "loss_rate")


@pytest.mark.parametrize("text", [
    "В результате обмена домой вернулись 71 военный.",
    "Після обміну додому повернулися 72 захисники.",
    "На родину вернулись 73 военнослужащих.",
    "На батьківщину повернулися 40 бійців бригади.",
    "Домой вернулись еще 25 военных, освобожденных при обмене.",
])
def test_the_men_home_from_captivity_are_no_force(text):
    assert rows(text, DAY) == []
