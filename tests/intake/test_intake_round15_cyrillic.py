"""Round 15, Russian and Ukrainian: who speaks, and which figures are none.

A body named in full and then by its acronym in brackets ("… национальной безопасности (ГКНБ)")
keeps the acronym in its name as written, since the rest of the copy names it so. The Ukrainian
past tense is said in every gender, and a ministry or a command is neuter ("Міноборони
оголосило", "командування стверджувало"), a man's imperfective masculine ("заявляв"); a weekday
before the speaker ("Раніше в середу речник … заявляв") says when, not how or where, so the
speaker is the phrase after it, and "на своїй сторінці у Facebook" where he wrote it. A paper
that names no one after it ("…, йдеться у повідомленні.", "У його зведенні зазначається") is the
paper of the speaker quoted before, as "По его словам" is his words, but a man's paper ("В его
заявлении говорится") is that of the titled man the sentence before ends on, who need not have
spoken ("Ответственность взял на себя лидер … Шамиль Басаев."); a lead closed by who released it
("Про це повідомили в пресслужбі Командування …") gives its issuer to the paragraph right after
it, which names no one, as a Korean lead does; "Таку оцінку наводить X у звіті за вівторок"
gives X the estimate before it, and the report's day ("за вівторок", "в сводке за воскресенье",
also said after the speaker) is the day of the figures; and the head of a ministry said without
a name ("Глава военного ведомства", "очільник міністерства") is the minister the article named;
whom it was told ("рассказал агентству источник …") is no part of the speaker's name; a
reporting verb and a named speaker closing a sentence whose clause says what another admitted
("Грузинская сторона признала гибель 30 …, сообщило Минобороны Грузии") name who reports it (an
outlet closing it only carried it); "установили полный контроль над городом" is a deed, no
reporting verb, so "сказал он" after it is the speaker's who told of it.

Dates: the day fights began ("в боях за Бендеры, начавшихся в пятницу", with words between the
fight and its participle) starts a count, it dates no toll; a participle set off after a count
("сил, задіяних у вторгненні в лютому") says when the men were sent, also with words before its
date; the day an event began that a force is counted at ("гарнизон к началу штурма в июле
насчитывал", "на початок наступу в серпні") is not the day of the count; a count over two days
named together ("в четверг и в ночь на пятницу уничтожены 72") is dated by neither day alone;
the day an act is named in the reported clause ("У середу … загинули п'ятеро, ще 29 поранені,
повідомив у четвер") dates its figures, not the later day it was told; and "добавил он", "додав
він" closing a sentence of its own gives it no date (the publication's week, as the held-out
sets' conventions say), where English "He added that" goes on with the statement's day.

Which figures are a force's: people who took part ("участвовали не менее шести человек") are
there, as those who take part are; the captured kept to be traded ("для поповнення обмінного
фонду", "для обмена") were taken, not freed in an exchange; more men who remain ("ещё 500
военных остаются") are there, no addition; a relative clause after the unit whose men a share
counts ("половини особового складу батальйону «Донбас», що перебуває в місті, поранені") breaks
no clause between the share and its verb; men whose fate is unknown ("Судьба ещё десяти бойцов
неизвестна", "доля … невідома") are missing; a four-digit count of the men it names
("насчитывалось 2030 военнослужащих") is no year; police and the men of law enforcement (and
mujahideen, "моджахеды") are armed forces, so their share of a toll ("в том числе 13
полицейских") is recorded; and a count of people set off by a comma or a dash right after a
force or a unit ("часть военных, около сотни человек", "сили до двох полків – до 4 тисяч осіб")
restates that force's size, a strength.

And which are none: sorties and trains ("60 вылетов", "20 воинских эшелонов"); the fighters'
families ("785 родственников боевиков"), rescuers ("трое сотрудников МЧС") and hostages freed
("Из заложников … освобождено 82 человека"); who live in a place ("в нем проживают около 300
человек"), the dead "people" counted after them ("а близько 50 загиблих людей"), a toll of
"people" after the civilians its sentence names ("по школі, в якій ховалися мешканці, загинули
60 людей"), and a count among its residents ("Среди жителей кишлака … погибли семь человек");
the state of some of the wounded ("стан трьох із них оцінюється як важкий"); the men trained
over months ("пройшли підготовку понад 4 тисячі"); a loss dated only by a year two or more years
back ("В 2010 году … погибли 40 человек"), history the story recalls (last year's dead may still
be news); another event's figure set beside the news ("Для сравнения: в учении «Центр-2015»
участвовали …"); and the make-believe enemy an exercise names after a dash ("условный противник
— диверсионная группа численностью до 40 человек").

Every sentence was written for these tables, none taken from a file of the repository. Each case
of CASES and DATED_CASES proposes exactly one claim; TOLLS and DATED give every claim of theirs,
SOURCES the one speaker's name exactly; NOTHING proposes none."""
import datetime as dt

import pytest
from intake_support import assert_one_row, rows

DAY = dt.date(2025, 3, 18)  # a Tuesday
WEEK = ("2025-03-18", "week")
MONDAY = ("2025-03-17", "day")

CASES = [
    # --- a bracketed acronym stays in the speaker's name ----------------------------------
    ("Пятеро пограничников погибли в понедельник, сообщил во вторник представитель "
     "Государственной пограничной службы (ГПС).", 5, "killed", None, "(ГПС)", MONDAY),
    ("Троє військових загинули під час обстрілу, повідомив речник Державної прикордонної "
     "служби (ДПСУ).", 3, "killed", None, "ДПСУ", WEEK),
    ("В засаде участвовали около 40 боевиков, заявил сотрудник Службы государственной "
     "охраны (СГО).", 40, "strength", "about", "СГО", WEEK),
    # --- the Ukrainian past in every gender ------------------------------------------------
    ("Міноборони Росії оголосило, що за тиждень знищено понад 300 військових.",
     300, "killed", "more than", "Міноборони", ("2025-03-15", "week")),
    ("Командування угруповання стверджувало, що в районі перебувають близько 2 тисяч "
     "бойовиків.", 2000, "strength", "about", "Командування", WEEK),
    ("Міністерство оборони визнало, що загинули 12 військових.",
     12, "killed", None, "Міністерство", WEEK),
    ("Командування ВМС підтвердило, що на кораблі перебували 40 моряків.",
     40, "strength", None, "Командування ВМС", WEEK),
    # --- a weekday before the speaker says when -------------------------------------------
    ("Раніше у понеділок речник ОВА Іван Петренко заявляв про 40 загиблих військових.",
     40, "killed", None, "Петренко", MONDAY),
    ("У понеділок командир батальйону Олег Ткач повідомляв, що в полон потрапили "
     "шестеро окупантів.", 6, "captured", None, "Ткач", MONDAY),
    ("Ранее в понедельник представитель штаба Игорь Волков сообщил о гибели 15 "
     "военнослужащих.", 15, "killed", None, "Волков", MONDAY),
    ("Також у понеділок командир бригади Олег Ткач повідомив, що в полон потрапили "
     "шестеро окупантів.", 6, "captured", None, "Ткач", MONDAY),
    # --- where he wrote it is no part of who wrote it ---------------------------------------
    ("Як написав на своїй сторінці у Facebook радник міністра внутрішніх справ Антон "
     "Геращенко, у бою загинули п'ятеро бойовиків.", 5, "killed", None, "Геращенко", WEEK),
    ("Как написал на своей странице в Facebook заместитель министра внутренних дел "
     "республики Олег Бойко, в бою погибли не менее пяти боевиков.",
     5, "killed", "at least", "Бойко", WEEK),
    ("Як повідомив на своїй сторінці в соцмережі заступник голови обласної військової "
     "адміністрації Олег Бойко, загинули двоє військових.", 2, "killed", None, "Бойко", WEEK),
    # --- a paper no one is named after is the speaker's before ----------------------------
    ("Пресс-центр группировки «Восток» сообщил о бое у села.\n\n"
     "Двое военнослужащих погибли при обстреле, говорится в сообщении.",
     2, "killed", None, "Пресс-центр", WEEK),
    ("Прес-служба бригади повідомила про бій біля села.\n\n"
     "Внаслідок обстрілу загинули троє військових, йдеться у повідомленні.",
     3, "killed", None, "Прес-служба", WEEK),
    ("Штаб оборони міста повідомив про штурм.\n\n"
     "У його зведенні зазначається, що в полон потрапили четверо окупантів.",
     4, "captured", None, "Штаб", WEEK),
    ("Генштаб опублікував зведення.\n\n"
     "За добу, як ідеться у зведенні, ворог втратив 1 100 військових.",
     1100, "loss_rate", None, "Генштаб", WEEK),
    # --- control established is a deed, not a statement --------------------------------
    ("Войска установили полный контроль над городом, сообщил генерал Игорь Волков. За сутки "
     "противник потерял более 200 человек убитыми и ранеными, сказал он.",
     200, "loss_rate", "more than", "Волков", WEEK),
    ("Підрозділи встановили контроль над селом, повідомив речник Андрій Коваль. За добу ворог "
     "втратив 300 військових, додав він.", 300, "loss_rate", None, "Коваль", WEEK),
    # --- a man's paper is the man the sentence before ends on, who need not have spoken --
    ("Представитель штаба Олег Сидоров сообщил, что бой окончен. Ответственность за нападение "
     "взял на себя лидер боевиков Иван Петров. В его заявлении говорится, что погибли не менее "
     "40 военных.", 40, "killed", "at least", "Петров", WEEK),
    ("Речник штабу Олег Коваль заявив, що бій завершено. Відповідальність за напад узяв на "
     "себе командир бойовиків Іван Гнатюк. У його заяві йдеться, що загинули 30 військових.",
     30, "killed", None, "Гнатюк", WEEK),
    # --- a lead closed by who released it gives its issuer to the paragraph after it -----
    ("На полігоні стартували навчання\n\nУ понеділок на полігоні розпочалися навчання. Про це "
     "повідомили в пресслужбі Командування Сухопутних військ.\n\nДо навчань залучено близько "
     "1,2 тисячі військовослужбовців.", 1200, "strength", "about", "Сухопутних", WEEK),
    ("Начались учения\n\nВ понедельник начались учения. Об этом сообщили в пресс-службе "
     "Западного военного округа.\n\nВ учениях участвуют около 3 тыс. военнослужащих.",
     3000, "strength", "about", "округа", WEEK),
    # ... but not to a paragraph further on
    ("Начались учения\n\nВ понедельник начались учения. Об этом сообщили в пресс-службе "
     "Западного военного округа.\n\nПогода стояла ясная.\n\nВ учениях участвуют около 3 тыс. "
     "военнослужащих.", 3000, "strength", "about", "the publication", WEEK),
    # --- "Таку оцінку наводить X у звіті за понеділок": such an estimate is X's, of that day
    ("Ворог зосередив біля міста до 20 тисяч військових. Таку оцінку наводить Інститут "
     "вивчення війни (ISW) у звіті за понеділок.", 20000, "strength", "up to", "ISW", MONDAY),
    ("Противник сосредоточил у города около 5 тыс. военнослужащих. Такую оценку приводит "
     "Институт изучения войны (ISW) в отчете за понедельник.",
     5000, "strength", "about", "ISW", MONDAY),
    ("Противник за сутки потерял 900 военных, сообщил Генштаб в сводке за воскресенье.",
     900, "loss_rate", None, "Генштаб", ("2025-03-16", "day")),
    ("Ворог за добу втратив 1 200 військових, повідомив Генштаб у зведенні за неділю.",
     1200, "loss_rate", None, "Генштаб", ("2025-03-16", "day")),
    # --- who closes the sentence reports what the clause before says another admitted ---
    ("Грузинская сторона признала гибель не менее 30 своих военнослужащих, сообщило "
     "Минобороны Грузии.", 30, "killed", "at least", "Минобороны Грузии", WEEK),
    ("Ворог визнав загибель 50 військових, повідомив Генштаб ЗСУ.",
     50, "killed", None, "Генштаб ЗСУ", WEEK),
    # ... but an outlet that closes it only carried the statement
    ("Генштаб ВСУ заявил о гибели 40 военных, сообщает «Украинская правда».",
     40, "killed", None, "Генштаб ВСУ", WEEK),
    # --- the head of a ministry, not named, is the minister the article named --------------
    ("Министр обороны Сергей Шойгу доложил, что Марьинка взята.\n\n"
     "Глава военного ведомства также сообщил, что противник потерял около 20 тыс. "
     "военнослужащих.", 20000, "casualties", "about", "Шойгу", WEEK),
    ("Міністр оборони Олексій Резніков заявив, що наступ триває.\n\n"
     "Очільник міністерства додав, що в полон потрапили 40 окупантів.",
     40, "captured", None, "Резніков", WEEK),
    ("Глава Минобороны Андрей Белоусов заявил, что наступление идет по плану.\n\n"
     "Глава ведомства сообщил, что в плен сдались 12 военных.",
     12, "captured", None, "Белоусов", WEEK),
    # --- whose fate is unknown are missing ------------------------------------------------
    ("Судьба ещё десяти сотрудников пока неизвестна, сообщил полковник Игорь Сапрыкин.",
     10, "missing", None, "Сапрыкин", WEEK),
    ("Доля ще трьох бійців досі невідома, повідомили в штабі бригади.",
     3, "missing", None, "штаб", WEEK),
    ("Местонахождение пятерых военнослужащих неизвестно.",
     5, "missing", None, "the publication", WEEK),
    # --- who took part ("участвовали") are there; the captured kept for a trade are taken --
    ("Источник сообщил, что в нападении участвовали не менее шести человек, действовавших "
     "двумя группами.", 6, "strength", "at least", "Источник", WEEK),
    ("В нападении участвовали около 300 моджахедов.",
     300, "strength", "about", "the publication", WEEK),
    # ... but soldiers are soldiers wherever residents are
    ("В селе, где остались жители, погибли пятеро военных.",
     5, "killed", None, "the publication", WEEK),
    ("В штурме участвовали около 40 человек.", 40, "strength", "about", "the publication", WEEK),
    ("У полон, за його словами, здалися понад 400 військових противника, їх уже використовують "
     "для поповнення обмінного фонду.", 400, "captured", "more than", "the publication", WEEK),
    ("В плен сдались 30 военных, их оставят для обмена.",
     30, "captured", None, "the publication", WEEK),
    # --- a relative clause after the unit whose men are counted breaks no clause ---------
    ("За його словами, близько половини особового складу батальйону «Донбас», що перебуває в "
     "місті, поранені.", 0.5, "wounded", "about", "the publication", WEEK),
    ("Майже половина особового складу роти, що тримала позиції біля села, дістали поранення.",
     0.5, "wounded", "nearly", "the publication", WEEK),
    # --- more men who remain are there, no addition ------------------------------------
    ("Ещё 500 военных остаются в городе.", 500, "strength", None, "the publication", WEEK),
    ("Ще близько 300 бійців залишаються в оточенні.",
     300, "strength", "about", "the publication", WEEK),
    # --- a count of the men a year-like number names is no year ---------------------------
    ("Гарнизон базы, в котором насчитывалось 1950 военнослужащих, покинул район.",
     1950, "strength", None, "the publication", WEEK),
    ("На заставі несли службу 1980 прикордонників.",
     1980, "strength", None, "the publication", WEEK),
    # --- a count of people set off after a force or a unit restates its size --------------
    ("Источник в штабе сообщил, что часть окруженных военных, около сотни человек, "
     "укрылась в лесу.", 100, "strength", "about", "Источник", WEEK),
    ("«Проти нас діють дві батальйонно-тактичні групи, близько 800 людей», — сказав "
     "командир роти.", 800, "strength", "about", "командир", WEEK),
    ("За оцінкою бригади, противник зосередив на цій ділянці сили до двох полків – до 4 "
     "тисяч осіб.", 4000, "strength", "up to", "бригад", WEEK),
]
# the speaker's name exactly: whom it was told, in the dative, is no part of it
SOURCES = [
    ("Как рассказал агентству источник в оперативном штабе, в нападении участвовали около 150 "
     "боевиков.", "источник в оперативном штабе"),
    ("Як розповів виданню офіцер бригади, на позиції перебували близько 40 бійців.",
     "офіцер бригади"),
]

# --- dates ---------------------------------------------------------------------------------
DATED_CASES = [
    # the day fights began, with words between the fight and its participle, starts a count
    ("Не менее 40 бойцов погибли в боях за город, начавшихся в пятницу, сообщил командующий "
     "гвардией Стефан Кицак.", 40, "killed", "at least", "Кицак", WEEK),
    ("У боях за висоту біля села, що почалися в понеділок, загинули восьмеро військових.",
     8, "killed", None, "the publication", WEEK),
    ("С начала боев за плацдарм, которые начались в понедельник, противник потерял около "
     "300 военнослужащих.", 300, "casualties", "about", "the publication", WEEK),
    # the day an event began, which the force was counted at, is not the day of the count
    ("Собеседник в штабе утверждает, что гарнизон города к началу штурма в июле насчитывал "
     "не более 2 тыс. человек.", 2000, "strength", "up to", "Собеседник", WEEK),
    ("За даними розвідки, на початок наступу в серпні угруповання налічувало близько 10 тисяч "
     "військових.", 10000, "strength", "about", "розвідки", WEEK),
    ("На момент начала операции в марте в городе находились около 3 тыс. боевиков.",
     3000, "strength", "about", "the publication", WEEK),
    # a count over two days named together is dated by neither day alone
    ("В ходе боев в четверг и в ночь на пятницу уничтожены 72 боевика, сообщил прокурор "
     "Николай Шепель.", 72, "killed", None, "Шепель", WEEK),
    ("У понеділок і у вівторок біля села загинули шестеро військових.",
     6, "killed", None, "the publication", WEEK),
    ("В субботу и в воскресенье в боях у города уничтожены около 40 боевиков, заявил генерал "
     "Игорь Волков.", 40, "killed", "about", "Волков", WEEK),
    # a participle set off after the count, with words before its date, says when the men
    # were sent, not when they were lost
    ("Росія втратила близько третини сил, задіяних у вторгненні в лютому, йдеться у зведенні "
     "британської розвідки.", 1 / 3, "casualties", "about", "розвідки", WEEK),
    ("Россия потеряла около 5 тыс. военных, переброшенных под Курск в августе, заявил Генштаб.",
     5000, "casualties", "about", "Генштаб", WEEK),
]
# (value, metric, as_of, precision) of every claim
DATED = [
    # the day of the act the reported clause names, not the later day it was told
    ("У неділю в боях загинули п'ятеро військових, ще 12 поранені, повідомив у понеділок "
     "речник бригади Андрій Коваль.",
     [(5, "killed", "2025-03-16", "day"), (12, "wounded", "2025-03-16", "day")]),
    ("В воскресенье у села погибли трое военнослужащих, еще семеро ранены, сообщил в "
     "понедельник представитель штаба Игорь Волков.",
     [(3, "killed", "2025-03-16", "day"), (7, "wounded", "2025-03-16", "day")]),
    # "добавил он", "додав він" closes a sentence that gives no date: the publication's week
    ("Генерал Иван Петров заявил в понедельник, что в районе находятся около 2 тыс. военных. "
     "Еще 14 военнослужащих числятся пропавшими без вести, добавил он.",
     [(2000, "strength", "2025-03-17", "day"), (14, "missing", "2025-03-18", "week")]),
    ("Речник Андрій Коваль повідомив у понеділок, що загинули четверо військових. Ще двоє "
     "вважаються зниклими безвісти, додав він.",
     [(4, "killed", "2025-03-17", "day"), (2, "missing", "2025-03-18", "week")]),
]
# police and the men of law enforcement are armed forces: their share of a toll is recorded
TOLLS = [
    ("Ранения получили 30 человек, в том числе 8 полицейских.",
     [(30, "wounded"), (8, "wounded")]),
    ("Загинули 40 людей, серед них 11 поліцейських.", [(40, "killed"), (11, "killed")]),
    ("В ходе беспорядков погибли 225 человек, из них 19 - сотрудники правоохранительных "
     "органов и военнослужащие.", [(225, "killed"), (19, "killed")]),
    ("В бою погибли 14 военнослужащих, судьба ещё троих неизвестна.",
     [(14, "killed"), (3, "missing")]),
]
NOTHING = [
    # people who are no force, set off after their own noun, restate no force's size
    "Жители села, около 300 человек, покинули дома.",
    "Колонна беженцев, около 500 человек, вышла из города.",
    "Из окружения вышла группа мирных жителей, около 40 человек.",
    # sorties and trains are no men
    "По данным штаба, авиация совершила 60 вылетов и уничтожила склад.",
    "Авиация за сутки выполнила 45 вылетов, уничтожив позиции противника.",
    # the fighters' families are no fighters
    "Из лагеря бежали 785 родственников боевиков.",
    "У таборі перебувають близько 2 тисяч членів родин бойовиків.",
    # who live in a place are its residents
    "В поселке, где находится штаб, проживают около 700 человек.",
    # the dead "people" after a count of residents are residents too
    "В місті залишаються близько 3,5 тисячі мешканців, а близько 50 загиблих людей досі "
    "поховані у дворах.",
    "В поселке остаются около 200 жителей, еще 30 погибших человек не похоронены.",
    # a toll of "people" after the civilians its sentence names is theirs
    "Внаслідок удару по школі, в якій ховалися мешканці села, загинули 40 людей.",
    "При обстреле квартала, где жили мирные жители, погибли 12 человек.",
    # a count among the residents or civilians is theirs
    "Среди мирных жителей города, по данным мэрии, погибли девять человек.",
    "Серед мешканців села загинули четверо людей, повідомили в ОВА.",
    # more "people" who remain are no addition (nor, with no force named, a force)
    "Еще около 2 тыс. человек остаются в Ростове, сообщил источник.",
    # hostages freed are no force
    "Из заложников, по данным МВД, освобождено 82 человека.",
    # the state of some of the wounded is no toll of its own
    "Пострадавшим оказывается помощь, состояние троих раненых оценивается как тяжелое.",
    "Усім пораненим надається допомога, стан чотирьох із них важкий.",
    "«Стан близько 20 поранених залишається важким», — сказав лікар.",
    # rescuers are no armed force
    "Кроме того, ранения получили трое сотрудников МЧС, тушивших пожар.",
    "Під завалами загинули двоє рятувальників ДСНС.",
    # the men trained over months are no force there
    "З початку року в навчальному центрі пройшли підготовку понад 5 тисяч мобілізованих.",
    "За год на полигоне прошли подготовку около 3 тыс. военнослужащих.",
    # a loss dated only by a year two or more years back is history the story recalls
    "В 2010 году в результате двух взрывов в метро погибли 40 военных.",
    "У 2014 році під Іловайськом загинули понад 360 військових.",
    "В 2023 году в боях за город погибли 300 военных.",
    # another event's figure set beside the news for comparison
    "Для сравнения: в учении «Восток-2018» участвовали около 300 тыс. военных.",
    "Для порівняння, у навчаннях 2021 року взяли участь близько 6 тисяч військових.",
    # the make-believe enemy an exercise names after a dash
    "По замыслу, условный противник — бандгруппа численностью до 60 человек — была "
    "уничтожена.",
    "В ходе учения условный противник — диверсионная группа численностью до 40 человек — был "
    "уничтожен.",
]


@pytest.mark.parametrize("text, value, metric, qualifier, keyword, date", CASES + DATED_CASES)
def test_round15_cyrillic(text, value, metric, qualifier, keyword, date):
    assert_one_row(text, DAY, metric, value, qualifier, keyword, date)


@pytest.mark.parametrize("text, source", SOURCES)
def test_the_speakers_name(text, source):
    assert [r[3] for r in rows(text, DAY)] == [source]


@pytest.mark.parametrize("text, expected", DATED)
def test_the_day_of_each_figure(text, expected):
    assert [(r[0], r[1], str(r[4]), r[5]) for r in rows(text, DAY)] == expected


@pytest.mark.parametrize("text, expected", TOLLS)
def test_the_parts_of_a_toll(text, expected):
    assert [(r[0], r[1]) for r in rows(text, DAY)] == expected


@pytest.mark.parametrize("text", NOTHING)
def test_no_force_figure(text):
    assert rows(text, DAY) == []
