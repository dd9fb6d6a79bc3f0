"""Round 10 of issue 16: a release prints its issuer where no "PRESS RELEASE" head says so —
a byline of its press office under the headline ("U.S. Army Africa Public Affairs" over the
day, "11 березня 2025 року / Пресслужба Нацгвардії", "Media release | Defence | 11 March
2025") or a sign-off as its last line ("- U.S. Marine Forces Pacific -", "Пресс-служба
Западного военного округа", "국방부 대변인실"). The figures it gives with no source of their own
are that issuer's, as printed; a news article that names a press office in a sentence or in
its headline stays "the publication". Sentences written for these tests, none from a held-out
article; every case failed on the rules of round 9 (main at 6448622) but those marked as
guards."""
import datetime as dt

import pytest
from intake_support import rows

DAY = dt.date(2025, 3, 12)
HEAD_EN = "Exercise Northern Shield opens on the coast\n\n"
BODY_EN = "About 2,400 soldiers from nine nations began the exercise on Tuesday.\n"
BODY_RU = "Во вторник в учении приняли участие около 2400 военнослужащих.\n"
BODY_UK = "У вівторок у навчанні взяли участь близько 2400 військовослужбовців.\n"
BODY_KO = "11일 훈련에는 장병 2천400여 명이 참가했다.\n"


def sources(text):
    return [(r[0], r[3]) for r in rows(text, DAY)]


@pytest.mark.parametrize("text, issuer", [
    (HEAD_EN + "U.S. Army Africa Public Affairs\nMarch 11, 2025\n\n" + BODY_EN,
     "U.S. Army Africa Public Affairs"),
    (HEAD_EN + "Media release | Defence | 11 March 2025\n\n" + BODY_EN, "Defence"),
    ("Навчання розпочалися\n\n11 березня 2025 року / Пресслужба Нацгвардії\n\n" + BODY_UK,
     "Пресслужба Нацгвардії"),
    ("Учение началось\n\nПресс-служба Западного военного округа, 11 марта 2025 года\n\n"
     + BODY_RU, "Пресс-служба Западного военного округа"),
])
def test_a_press_office_byline_names_the_issuer(text, issuer):
    assert sources(text) == [(2400, issuer)]


@pytest.mark.parametrize("text, issuer", [
    (HEAD_EN + BODY_EN + "\n- U.S. Marine Forces Pacific -\n", "U.S. Marine Forces Pacific"),
    ("Учение началось\n\n" + BODY_RU + "\nПресс-служба Западного военного округа\n",
     "Пресс-служба Западного военного округа"),
    ("Навчання розпочалися\n\n" + BODY_UK + "\nПрес-служба Командування Сухопутних військ\n",
     "Прес-служба Командування Сухопутних військ"),
    ("연합훈련 시작\n\n" + BODY_KO + "\n국방부 대변인실\n", "국방부 대변인실"),
])
def test_a_sign_off_names_the_issuer(text, issuer):
    assert sources(text) == [(2400, issuer)]


def test_a_quoted_figure_in_a_release_keeps_its_speaker():
    # guard: the issuer stands in only where a sentence names no one
    text = (HEAD_EN + "U.S. Army Africa Public Affairs\nMarch 11, 2025\n\nColonel Ada Reyes "
            "said about 2,400 soldiers from nine nations began the exercise on Tuesday.\n")
    assert sources(text) == [(2400, "Ada Reyes")]


@pytest.mark.parametrize("text", [
    # a press office named in the body's last sentence, not as a sign-off
    HEAD_EN + BODY_EN + "\nThe figures were confirmed by the Army Public Affairs office.\n",
    # a headline about a press office
    "Пресс-служба округа опровергла слухи\n\n" + BODY_RU,
    # a photo credit under the headline
    "Учение началось\n\nФото: пресс-служба Западного военного округа\n\n" + BODY_RU,
    # photo credits under the headline and as the last line
    HEAD_EN + "Photo courtesy of U.S. Army Africa Public Affairs\n\n" + BODY_EN,
    HEAD_EN + BODY_EN + "\nPhoto courtesy of U.S. Army Africa Public Affairs\n",
    # a wire agency's name as the last line
    HEAD_EN + BODY_EN + "\n- Reuters -\n",
    # a wire agency's credit line
    HEAD_EN + BODY_EN + "\n(Reporting by Ada Reyes; Editing by Tom Hale)\n",
])
def test_a_news_article_naming_a_press_office_stays_the_publication(text):
    # guard
    assert sources(text) == [(2400, "the publication")]
