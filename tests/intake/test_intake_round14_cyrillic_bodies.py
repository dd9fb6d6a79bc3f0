"""Round 14, Russian and Ukrainian: "Потери бригады в штабе назвали …" — what was said, then
the body in which it was said, before a plural verb: the body speaks; "по его словам" after
a body's data is the person named before it; a dated press centre above the headline issues
the release. Sentences written for these tests, none from any file of the repository."""
import datetime as dt

import pytest
from intake_support import rows

DAY = dt.date(2025, 3, 18)  # a Tuesday


@pytest.mark.parametrize("text, metric, value, body", [
    ("Потери десантников в штабе группировки назвали впервые: погибли 23 военнослужащих.",
     "killed", 23, "штабе группировки"),
    ("Втрати батальйону в Генштабі уточнили: поранено 57 військових.",
     "wounded", 57, "Генштабі"),
    ("Число пленных в пресс-службе Минобороны назвали вчера: в плен сдались 14 боевиков.",
     "captured", 14, "пресс-службе Минобороны"),
])
def test_the_body_in_which_a_figure_was_named_speaks(text, metric, value, body):
    (row,) = [r for r in rows(text, DAY) if r[1] == metric]
    assert (row[0], row[2], row[3]) == (value, None, body), row


def test_a_person_in_the_staff_still_speaks_himself():
    (row,) = rows("Командир роты в штабе сообщил, что погибли 19 военнослужащих.", DAY)
    assert row[:4] == (19, "killed", None, "Командир роты")


@pytest.mark.parametrize("text, value, speaker", [
    ("Об этом рассказал командир батальона майор Денис Рогов.\n\nПо данным штаба группировки, "
     "атаку вели около 300 боевиков. Отряд, по его словам, насчитывал 60 человек.",
     60, "Денис Рогов"),
    ("Про це повідомив речник бригади Остап Лещук.\n\nЗа оцінкою командування, противник "
     "зосередив тут 2 тисячі військових. Гарнізон, за його словами, налічував 90 бійців.",
     90, "Остап Лещук"),
])
def test_his_words_are_the_persons_not_the_bodys_named_between(text, value, speaker):
    (row,) = [r for r in rows(text, DAY) if r[0] == value]
    assert (row[1], row[3]) == ("strength", speaker), row


def test_its_data_are_the_bodys_named_last():
    text = ("Об этом рассказал командир батальона майор Денис Рогов.\n\nПо данным штаба "
            "группировки, атаку вели около 300 боевиков. Отряд, по его данным, насчитывал "
            "60 человек.")
    (row,) = [r for r in rows(text, DAY) if r[0] == 60]
    assert row[3] == "штаба группировки", row


@pytest.mark.parametrize("text, issuer", [
    ("14 березня 2025 року / Прес-центр штабу ООС\n\nБойовики обстріляли позиції під Авдіївкою"
     "\n\nПід час обстрілу загинули троє українських військовослужбовців.",
     "Прес-центр штабу ООС"),
    ("14 марта 2025 года / Пресс-центр Западного военного округа\n\nНа учениях погиб "
     "военнослужащий\n\nВ ходе стрельб погибли двое военнослужащих.",
     "Пресс-центр Западного военного округа"),
])
def test_a_dated_press_centre_above_the_headline_issues_the_release(text, issuer):
    (row,) = rows(text, DAY)
    assert row[1] == "killed" and row[3] == issuer, row


def test_a_dated_line_above_the_headline_naming_a_reporter_is_no_issuer():
    (row,) = rows("14 березня 2025 року / Олена Коваль\n\nБойовики обстріляли позиції\n\n"
                  "Під час обстрілу загинули троє українських військовослужбовців.", DAY)
    assert row[3] == "the publication", row
