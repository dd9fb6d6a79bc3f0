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
