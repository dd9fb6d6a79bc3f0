"""Round 11 of issue 16, Russian and Ukrainian. "Від початку вторгнення 24 лютого 2022 року",
"от начала операции 6 августа": the day after "від/от начала" opens the count, as after
"з початку" and "с начала", so a running total is dated at the report, not at its start.
"По его словам" after a lead paragraph (read as the headline) that named a speaker is that
speaker's; "каже", "визнають", "признают" are reporting verbs in the present. A title alone
("додав міністр") is the person the article introduced with it. A numeral in the genitive a
hedge asks for ("около сорока", "близько двадцяти", "щонайменше дев'яти") is a count,
"оба" and "обидва" two. The day a participle after a count gives its people ("військових,
мобілізованих восени") dates no count. A crew ("членів екіпажу") and a group's armed members
("вооруженных членов") are a force.
Sentences written for these tests, none from a held-out article; every case but the guards
fails on the rules of round 10 (main at a5aeb37)."""
import datetime as dt

import pytest
from intake_support import rows

DAY = dt.date(2025, 3, 18)


@pytest.mark.parametrize("text", [
    "Від початку повномасштабного вторгнення 24 лютого 2022 року противник втратив понад "
    "90 тисяч військових убитими, повідомив Генштаб ЗСУ.",
    "Від початку операції 6 серпня в полон узято понад 300 російських військових, заявив "
    "генерал Петренко.",
    "Від початку операції в січні загинули 40 бойовиків, повідомило Міноборони.",
])
def test_a_total_since_the_start_of_a_war_is_dated_at_the_report(text):
    (row,) = rows(text, DAY)
    assert (row[4], row[5]) == (DAY.isoformat(), "week")


def test_a_day_that_is_no_start_still_dates_the_toll():
    (row,) = rows("24 лютого противник втратив 90 військових убитими, повідомив Генштаб.", DAY)
    assert (row[4], row[5]) == ("2025-02-24", "day")


@pytest.mark.parametrize("text, speaker", [
    ("ХАРКІВ, 3 березня — Укрінформ. Сили оборони відбили штурм села, повідомив речник "
     "бригади Іван Мельник.\n\nЗа його словами, під час бою знищено понад 40 окупантів.",
     "Іван Мельник"),
    ("КУРСК, 5 марта — РИА Новости. Войска освободили поселок, сообщил губернатор Петр "
     "Смирнов.\n\nПо его словам, в ходе боев уничтожено более 200 боевиков.", "Петр Смирнов"),
])
def test_his_words_after_a_lead_paragraph_are_its_speakers(text, speaker):
    (row,) = rows(text, DAY)
    assert row[3] == speaker


def test_his_words_with_no_one_named_are_still_the_publications():
    (row,) = rows("Войска освободили поселок.\n\nПо его словам, в ходе боев уничтожено более "
                  "200 боевиков.", DAY)
    assert row[3] == "the publication"


@pytest.mark.parametrize("text, speaker", [
    ("Джерело в Генштабі каже, що угруповання ворога налічує близько 8 тисяч військових.",
     "Джерело"),
    ("Російські блогери визнають щонайменше 50 загиблих у казармі.", "Російські блогери"),
    ("Местные власти признают гибель 20 военнослужащих.", "Местные власти"),
])
def test_a_statement_in_the_present_names_its_speaker(text, speaker):
    (row,) = rows(text, DAY)
    assert row[3].startswith(speaker)


@pytest.mark.parametrize("text, speaker", [
    ("Загинули 12 військових, повідомив міністр оборони Іван Петренко. Ще двоє вважаються "
     "зниклими безвісти, додав міністр.", "Іван Петренко"),
    ("Погибли 7 военнослужащих, сообщил представитель штаба Олег Смирнов.\n\nЕще 15 "
     "военных получили ранения, уточнил представитель.", "Олег Смирнов"),
])
def test_a_title_alone_is_the_person_introduced_with_it(text, speaker):
    assert [r[3] for r in rows(text, DAY)] == [speaker, speaker]


def test_a_title_no_name_followed_stays_as_it_is():
    (row,) = rows("Погибли 7 военнослужащих, сообщил губернатор Олег Смирнов.\n\nЕще 15 "
                  "военных получили ранения, уточнил министр.", DAY)[1:]
    assert row[3] == "министр"


@pytest.mark.parametrize("text, value, metric", [
    ("Ещё около сорока боевиков были уничтожены при попытке прорыва, уточнил генерал Иванов.",
     40, "killed"),
    ("За його словами, в полон здалися близько двадцяти російських військових.", 20,
     "captured"),
    ("Противник залишив тіла щонайменше дев'яти своїх загиблих, повідомив речник Коваль.", 9,
     "killed"),
    ("В районе сосредоточено более пяти тысяч военнослужащих, сообщил генерал Иванов.", 5000,
     "strength"),
    ("Погибли не менее двадцати пяти военных, сообщил генерал Иванов.", 25, "killed"),
])
def test_a_numeral_in_the_case_a_hedge_asks_for(text, value, metric):
    (row,) = rows(text, DAY)
    assert (row[0], row[1]) == (value, metric)


def test_ranges_counted_in_the_genitive_are_no_force():
    assert rows("Учения пройдут на семи полигонах округа, сообщил генерал Иванов.", DAY) == []


@pytest.mark.parametrize("text", [
    "Оба нападавших были уничтожены ответным огнем, уточнил генерал Иванов.",
    "Обидва бойовики загинули на місці, повідомив генерал Іванов.",
])
def test_both_of_them_is_two(text):
    (row,) = rows(text, DAY)
    assert (row[0], row[1]) == (2, "killed")


def test_both_sides_are_no_count():
    assert rows("Обе стороны понесли потери, сообщил генерал Иванов.", DAY) == []


@pytest.mark.parametrize("text", [
    "На полігоні перебували близько 800 військових, мобілізованих взимку у Курській області, "
    "повідомив генерал Іванов.",
    "В казарме находились около 300 солдат, призванных в январе, сообщил генерал Иванов.",
])
def test_when_a_counts_people_were_called_up_does_not_date_it(text):
    (row,) = rows(text, DAY)
    assert (row[4], row[5]) == (DAY.isoformat(), "week")


def test_a_season_of_the_count_itself_still_dates_it():
    (row,) = rows("Взимку в училищі перебували близько 600 військових, повідомив генерал "
                  "Іванов.", DAY)
    assert row[4] != DAY.isoformat()


@pytest.mark.parametrize("text, value", [
    ("На борту катера перебували від 20 до 25 членів екіпажу, уточнив речник Коваль.",
     (20, 25)),
    ("В городе остаются около 3 тыс. вооруженных членов группировки, сообщил генерал Иванов.",
     3000),
])
def test_crew_and_armed_members_are_a_force(text, value):
    (row,) = rows(text, DAY)
    assert (row[0], row[1]) == (value, "strength")


def test_members_of_a_delegation_are_no_force():
    assert rows("В переговорах участвуют 12 членов делегации, сообщил генерал Иванов.", DAY) == []
