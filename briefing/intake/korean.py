"""Korean figures: numbers as they are written and the words that name a metric.

Korean counts people with the counter 명, so a head count is a number followed by 명:
"300명", "300여 명" (여 = more than 300), "1만1000명" and "1만 1000명" (만 = 10,000),
"2천여 명", "2,700명", ranges "1만~1만2000명" and "3천(명)에서 4천 명 사이", and native numerals
"두 명", "열두 명", "스물세 명". Hedges stand
before the number (약 about, 최소 at least, 최대 up to, 거의 nearly) or after it (이상 at
least, 넘게/넘는/남짓 and a count that (훨씬, 훌쩍) 넘다/웃돌다/상회하다/돌파하다 in any ending more than,
가까이 and "에 육박하다" nearly, 가량/정도/안팎/내외/수준 about, 미만/이하 and "채 안 되다"/"에 못
미치다" up to).
Bodies are counted with 구 ("시신 약 1천500구"). Fractions: "3분의 1", "절반", "40%". The metric follows the number, as the verb does
("300여 명이 사망하고 2700여 명이 부상"), or stands before it as a noun ("사상자 3000명",
"포로 2명"); `cues` takes the nearest. Vague counts ("수천 명", thousands) are not figures.

Rules rather than a morphological analyser (kiwipiepy with its model is ~105 MB): the words
that matter are nouns and verb stems that do not change inside a word.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from .cues import CueTable, read_with_cues
from .forces import ForcePhrase
from .numbers import Quantity, plausible
from .readings import Reading
from .spans import ending_at, outside

# digits, then any number of (unit, digits?): each repetition consumes a unit, so a long run
# of digits has one reading and the regex stays linear
_AMOUNT = r"\d[\d,]*(?:\.\d+)?(?:\s*(?:억|만|천|백)(?:\s*\d[\d,]*)?)*"
_NATIVE = {"한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8,
           "아홉": 9}
# native tens stand before a unit ("열두 명" 12, "스물세 명" 23) or alone ("열 명", "스무 명")
_NATIVE_TENS = {"열": 10, "스물": 20, "스무": 20, "서른": 30, "마흔": 40, "쉰": 50}
_BEFORE = {"약": "about", "대략": "about", "최소": "at least", "최소한": "at least",
           "적어도": "at least", "최대": "up to", "거의": "nearly", "근": "nearly"}
_AFTER = [("이상", "at least"), ("넘게", "more than"), ("넘는", "more than"),
          ("넘어", "more than"), ("넘었", "more than"), ("가까이", "nearly"),
          ("가량", "about"), ("정도", "about"), ("안팎", "about"), ("내외", "about"), ("수준", "about"),
          ("미만", "up to"),
          ("이하", "up to"), ("남짓", "more than")]
# a count that comes close to a number ("500명에 육박한다") or falls short of it ("500명이 채
# 안 된다", "500명에 못 미친다"): nearly, up to
_CLOSE = r"에\s*(?:육박|근접)"
_SHORT = r"(?:이|가)\s*채\s*안\s*(?:되|된|돼)|에\s*(?:채\s*)?못\s*미(?:치|친|쳐)"
# a count that passes a number, in any ending of the verb: "80명이 넘습니다", "80명을 넘겼다",
# "80명을 웃돌았다", "80명을 상회하는", "80명을 돌파했다" (more than 80)
_PASSED = r"넘(?:었|어|는|게|습니|는다|긴|겼|으며|고)|웃돌|상회|돌파"
_QUANTITY = re.compile(
    rf"(?:(?P<q>{'|'.join(_BEFORE)})\s+)?"
    rf"(?:(?P<den>\d+)\s*분의\s*(?P<num>\d+)|(?P<half>절반)|(?P<pct>\d+(?:\.\d+)?)\s*(?:%|퍼센트)"
    rf"|(?P<a>{_AMOUNT})\s*(?:[~～〜∼-]\s*(?P<b>{_AMOUNT})|(?:\s*명\s*)?에서\s*(?P<b2>{_AMOUNT})(?=\s*명\s*사이))?\s*(?P<yeo>여)?\s*(?:명|(?P<gu>구)(?=[을를이가은는의와도만에\s,.]|$))"
    rf"|(?<![가-힣])(?P<native>(?P<tens>{'|'.join(_NATIVE_TENS)})?(?P<unit>{'|'.join(_NATIVE)})?)(?<=[가-힣])\s*명)"
    rf"(?:\s*(?P<after>{'|'.join(w for w, _ in _AFTER)})|\s*[을를이가은는]\s*(?:(?:훨씬|훌쩍)\s*)?(?P<passed>{_PASSED})"
    rf"|\s*(?P<close>{_CLOSE})|\s*(?P<short>{_SHORT}))?")
# "시신 약 1천500구": bodies are counted with 구, which counts nothing else of people
_BODIES = re.compile(r"(?:시신|시체)\s*$")


def _amount(text: str) -> float:
    """'1만1000' -> 11000, '2천' -> 2000, '2,700' -> 2700, '1억' -> 100000000."""
    total, section = 0.0, 0.0
    for number, unit in re.findall(r"(\d[\d,]*(?:\.\d+)?)\s*(억|만|천|백)?", text):
        n = float(number.replace(",", ""))
        if unit == "억":
            total += (section + n) * 1e8
            section = 0.0
        elif unit == "만":
            total += (section + n) * 1e4
            section = 0.0
        elif unit == "천":
            section += n * 1000
        elif unit == "백":
            section += n * 100
        else:
            section += n
    return total + section


def find_quantities(text: str) -> list[Quantity]:
    """Every head count, fraction and percentage in a Korean sentence."""
    out = []
    for m in _QUANTITY.finditer(text):
        if m.group("gu") and not _BODIES.search(text, 0, m.start()):
            continue
        qualifier = _BEFORE.get(m.group("q") or "")
        after = dict(_AFTER).get(m.group("after") or "") or (
            "more than" if m.group("passed") else "nearly" if m.group("close")
            else "up to" if m.group("short") else None)
        fields: dict = {}
        if m.group("den"):
            fields["fraction"] = int(m.group("num")) / int(m.group("den"))
        elif m.group("half"):
            fields["fraction"] = 0.5
        elif m.group("pct"):
            fields["fraction"] = float(m.group("pct")) / 100
        elif m.group("native"):
            fields["value"] = float(_NATIVE_TENS.get(m.group("tens") or "", 0)
                                    + _NATIVE.get(m.group("unit") or "", 0))
        else:
            a = _amount(m.group("a"))
            if m.group("b") or m.group("b2"):
                b = _amount(m.group("b") or m.group("b2"))
                if a >= b:
                    continue
                fields.update(low=a, high=b)
            else:
                fields["value"] = a
            if m.group("yeo"):
                qualifier = "more than"
        if fields.get("fraction") is not None and not 0 < fields["fraction"] <= 1:
            continue
        qualifier = after or qualifier
        out.append(Quantity(m.start(), m.end(), m.group(), qualifier=qualifier,
                            words=bool(m.group("native")), **fields))
    return [q for q in out if plausible(q)]


_NATIONALS = r"[가-힣]{0,5}(?:국|아|드|스|트|탄|란|크|질|코|카|시|본|르|나|남|키|예|논|리|다|팔|엘|도|핀|주|타)인(?!민)"
# the nouns of a toll that say what befell the men but not who they were
_TOLLS = r"사망자|부상자|사상자|실종자|희생자|전사자|중상자|경상자"
# people who are not a force: "민간인 15명", "사망자 가운데 어린이가 50명, 여성이 94명", and
# travellers ("교민", "관광객" who 출국, leave the country, are no unit deploying) and workers
_NOT_FORCE = (r"민간인|주민|어린이|아동|여성|노인|난민|환자|의료진|기자|승객|시민|피란민|이재민|인질|선원|어민|교민|국민|관광객|근로자|노동자|"
              # "미국인 11명과 태국인 12명", "외국인 사망자": foreigners, by their country;
              # "공무원 48만여 명" (civil servants); "인구 150만 명" (the inhabitants)
              # "이탈리아인 9명", "방글라데시인", "파키스탄인": a country's name, then 인 (the
              # endings of country names, not 군인, a soldier, nor "…중인", "…규모인", copulas)
              rf"{_NATIONALS}|공무원|인구|"
              # callings that bear no arms: "대법원 판사 1명", "외교관 3명", "학생 20여 명"
              r"판사|외교관|학생|교사|의사|간호사|상인|농민|성직자|"
              # "연인원 2만여 명", "누적 인원 3천여 명": the men of all the days or rotations
              # summed, no force there at one time
              r"연인원|누적\s*인원")
# "부족 전사 등 약 3만 명", "IS 전사들": 전사 as the noun for fighters (a warrior), listed or
# in the plural, not as the verb or noun of death in battle ("전사했다", "전사자", "2명 전사")
_WARRIOR = r"전사(?=들|\s*등|\s*[와과](?![가-힣]))"
# a force named before its number is its strength: "전투원이 10만 명", "장병 약 280명"
# "경찰관 15명", "보안군 300명": police officers and security forces are armed forces too
_FORCE_NOUNS = rf"전투원|병사|장병|군인|대원|용병|병력|요원|경찰관|보안군|해병|수병|{_WARRIOR}"
_ARMED = r"괴한|반군|무장세력|무장단체|조직원|민병대"
# the dead of a disaster, or of a war the story recalls, are not this war's
_NOT_THIS_WAR = (r"지진|강진|홍수|태풍|쓰나미|지진해일|산사태|폭우|폭설|화산\s*폭발|가뭄|전염병|콜레라|"
                 # "당시 전쟁으로 1만 명 이상이 숨졌다": the war of the time the story recalls
                 r"(?:당시|과거)\s*(?:의\s*)?(?:전쟁|내전|분쟁)")
# "민간인 사망자는 지금까지 최소 87명": a running total's adverb between the toll and its count
_SO_FAR = r"(?:지금까지|현재까지|이제까지|이날까지|모두|총)"


# "하루 평균", "하루 새": a day's count, a rate; not the one day a day word names ("이날 하루
# 교전에서", "어제 하루", "2일 하루"): that day's toll
_PER_DAY = (r"하루(?=\s*평균)|(?<!날\s)(?<!날)(?<!제\s)(?<!늘\s)(?<!\)\s)"
            # (nor "18일(현지시간) 하루 동안": the gloss is blanked to spaces, so the day's
            # "일" may stand any of those spaces before it)
            + "".join(rf"(?<!일\s{{{n}}})" for n in range(1, 24)) + "하루")
# "진격을 시작했다", "공세에 나섰다": the men of an offensive are its force
# (and men who hold a place against others: "대통령궁을 봉쇄하고", "청사를 점거한", "공항을 장악했다")
_OFFENSIVE = (r"진격|진군|(?:공세|작전|공격)에\s*나(?:서|선|섰)|"
              r"(?:봉쇄|포위|점거|장악|점령)(?:하|한|했|해)")


# "200만 명 이상이 집을 잃었다": people who lost their homes, livelihoods or kin are the
# displaced and bereaved, no casualties (one lookbehind a word: each is of fixed width)
_NOT_PEOPLE_LOST = "".join(rf"(?<!{w}[을를]\s)(?<!{w}[을를])"
                           for w in ("집", "터전", "보금자리", "거처", "가족", "일자리", "생계",
                                     "재산", "가옥"))


def _any(*words: str) -> re.Pattern:
    return re.compile("|".join(words))


KOREAN = CueTable(
    metrics=(
        ("casualties", _any(r"사상자", r"사상(?!자)", r"죽거나\s*다쳤", r"죽거나\s*다친",
                            r"사망하거나\s*부상", r"사망\s*또는\s*부상", r"사망\s*및\s*부상",
                            r"손실", rf"{_NOT_PEOPLE_LOST}잃(?:고|었|은)", r"전투력을\s*상실")),
        # not "특전사" (the special forces) nor "작전사령부" (a command); "섬멸" (annihilated),
        # "순직" (died on duty), "처단" (put to death: what an armed group says of its kills)
        # "병사 150명을 제거했다": men eliminated, the count its object (not "지뢰를 제거했다")
        ("killed", _any(r"사망", rf"(?<!특)(?!{_WARRIOR})전사(?!령)", r"숨졌", r"숨진", r"숨지", r"숨져", r"목숨을\s*잃",
                        r"죽었", r"죽은", r"사살", r"살해", r"희생", r"섬멸", r"순직", r"처단",
                        r"시신", r"시체", r"^\s*[을를]\s*제거(?:했|한|하|해)")),
        # "5명이 다쳐", "12명 중경상", "5명이 경상을 입었다" (not 경상북도, a province), "중상"
        # "병원에서 치료를 받고 있다": being treated; "총상을 입어": shot
        ("wounded", _any(r"부상", r"다쳤", r"다친", r"다쳐", r"다치", r"입원", r"중?경상(?![북남도])",
                         r"중상", r"치료를\s*받", r"총상", r"관통상", r"파편상")),
        # "신병을 확보했다": took custody of (one fished from the sea, one who crossed over);
        # "억류했다", "구금됐다": held, detained (not "600여 명이 억류됐다": hostages held)
        # "포로 2명", "포로로 잡혔다", "전쟁포로" (not "알레포로", to Aleppo)
        ("captured", _any(r"(?<![가-힣])포로|전쟁포로", r"생포", r"투항", r"항복(?:했|한|해)", r"붙잡", r"나포", r"체포", r"검거",
                          r"신병(?:을)?\s*확보", r"억류(?:했|한|해|하)", r"연행(?:했|한|해|하|됐|된|돼)", r"구금(?:했|한|해|하|됐|된|돼|되)")),
        # "행방불명", "연락이 두절됐다/끊겼다" (contact lost): missing
        # "3명의 생사가 확인되지 않고 있다": whether they live is not known
        # "1명은 아직 행방이 확인되지 않고 있다", "소재가 파악되지 않은", "행방이 아직 확인되지
        # 않았다": whereabouts unknown
        ("missing", _any(r"실종", r"행방불명", r"연락(?:이)?\s*(?:두절|끊)",
                         r"(?:생사|행방|소재)(?:가|이|는|를|을)?\s*(?:아직\s*|여전히\s*)?(?:확인되지|파악되지|(?:확인|파악)하지\s*못|확인이\s*안|불분명|불명|"
                         r"알려지지|묘연)")),
    ),
    # "30여 명으로 구성된": made up of; "승조원 104명이 타고 있었다", "승선", "탑승": aboard;
    # "선발대 40명은 … 출국했다": a unit leaving for its mission; "50여 명이 임무를 마치고":
    # one done with it (not "조기 귀국", any group's early return home); "1만여 명에 이르는", "8천 명에
    # 달한다": what a force amounts to
    # "예비군 30만 명을 소집했다": men called up are a force
    strength=_any(r"파병", r"배치", r"병력", r"주둔", r"투입", r"동원", r"소집", r"참가", r"참여", r"규모",
                  r"파견", r"전개", r"집결", r"에\s*있(?:다|는|던|으며|고)",
                  # "해병대 100여 명을 보냈다": a contingent sent is there
                  r"[을를]\s*보(?:냈|낸|내)",
                  # "미군 약 5천 명이 남아": troops who remain are there (not 남아프리카)
                  r"남아(?![가-힣])|남아\s*있|잔류",
                  # "600여 명으로 가장 큰 부대를 꾸렸다": a unit formed of them
                  r"(?:으로|로)\s*구성", r"(?:부대|병력|대대|중대|연대)(?:을|를)\s*꾸(?:렸|린|려|리)",
                  # "후보생 약 70명이 실탄 사격 훈련을 받고 있었다": men in training are there;
                  # "자위대 실제 인원은 약 23만 명": a force's personnel
                  r"훈련(?:을|를)\s*받(?:고|던|는|았|은)", r"(?<![연적]\s)(?<![연적])인원(?:은|이|는)",
                  _FORCE_NOUNS, r"타고\s*있", r"승선", r"탑승",
                  r"출국", r"임무를\s*(?:마치|마친|완수)",
                  # "선발대 50명이 … 서울공항을 떠났다", "정비 인력 80명은 … 기지에 도착했다":
                  # men who set out or arrive are a force on the move
                  r"(?:을|를)\s*떠(?:나|났|난)|(?:에|으로|로)\s*(?:도착|출발)(?:했|한|해|하)|출발(?:했|한|해)",
                  r"에\s*(?:이르|달하|달했|달한)",
                  # "20여 명이 군사분계선을 넘어", "국경을 넘었다": soldiers crossing a line are there
                  r"(?:분계선|한계선|경계선|국경)(?:을|를)?\s*(?:넘|침범|월선)",
                  # "코만도 40여 명도 … 훈련에 합류했다": a unit that joins is there
                  r"합류(?:했|한|하|해)", _OFFENSIVE,
                  # "해안으로 침투한 무장공비는 모두 120명", "잠입해", "상륙했다", "휴전선을 넘어온":
                  # men who got in are there (not the bare noun: "침투 공비 11명 사체", a toll);
                  # "반란에 가담한 병사 300명", "동참했다": those who took part
                  r"(?:침투|침입|잠입|상륙|가담|동참)(?:한|해|했|하)|넘어(?:온|왔)",
                  # "30여 명이 트럭을 타고 몰려와", "들이닥친": men who rushed in are there
                  r"몰려(?:와|온|왔|들)|들이닥",
                  # "병력 약 3천 명을 증파했다", "증원되는 미군 병력은 약 3천 명": the size of the
                  # force sent, which the analyst records as its strength
                  r"증원|증파",
                  # "나머지 공비 7명이 북쪽으로 도주한 것으로", "달아난 잔당 20여 명": men still at
                  # large are there
                  r"도주(?:한|했|해|하|중)|달아나|달아난|달아났|잔당"),
    # "추가로 3천여 명을 파병한": more of a force, said before the count or with the verb
    reinforcements=_any(r"추가(?:로|적으로)?\s*(?:[을를]\s*)?(?:배치|파병|투입|파견|보내|보낸|보냈|전개|"
                        r"이동)"),
    rate=_any(_PER_DAY, r"매일", r"일일", r"일평균", r"날마다", r"24\s*시간"),
    loss=_any(r"잃", r"사망", r"사상", r"손실", rf"(?<!특)(?!{_WARRIOR})전사(?!령)", r"부상", r"사살"),
    force=_any(r".?"),
    other=_any(rf"^(?:의\s*)?(?:{_NOT_FORCE})"),
    civilians=_any(rf"^(?:의\s*)?(?:{_NOT_FORCE})"),
    # "민간인 15명", "민간인 사망자도 14명": the toll of people who are no force; "근로자 등
    # 20여 명" (workers and others): the others are of their kind; "민간인을 포함해 4만 명":
    # a toll with civilians in it does not tell the fighters apart
    other_before=re.compile(rf"(?:{_NOT_FORCE})(?:\s*등)?(?:이|가|은|는|도|만|[을를]\s*포함(?:해|한|하여))?\s*"
                            rf"(?:(?:{_TOLLS})(?:는|도|가|만)?\s*)?(?:{_SO_FAR}\s*)?(?:약\s*|최소\s*|최대\s*)?$"
                            # "지진으로 23만 명 이상이 숨진": the dead of a disaster are no war's,
                            # nor those of a war of the past
                            rf"|(?:{_NOT_THIS_WAR})(?:으로|로)\s*(?:인해\s*)?(?:{_SO_FAR}\s*)?(?:약\s*|최소\s*)?$"),
    # "민간인 사망자는 … 87명으로 집계됐으며 부상자는 300명을 넘었다": the toll's noun alone
    # names no kind, so after a civilian count it counts the civilians too
    toll_noun=re.compile(rf"(?<![가-힣])(?:{_TOLLS})(?:는|도|가|만)?\s*$"),
    # "…": a headline's clauses; "-고 있" (타고 있던, 배치하고 있다) is the verb's aspect, no break,
    # nor what the men carry or ride as they come ("300여 명이 몽둥이를 들고 국경을 넘어왔다")
    # nor the comma after a size ("2개 연대 규모, 약 2천400명"), which the count restates; a
    # quote closed and joined to the next ('…배치하고 있다"며 "…') is a clause of its own
    boundary=_any(r"[;:()…]", r"(?<!규모),\s", r"[\"”]\s*며\s",
                  r"(?<=[가-힣])(?:(?<![들타끌메])고(?!\s*있)|며|으며|지만|는데)\s"),
    # "1만 명을 넘을 가능성": the threshold of a probability; "파병할 가능성이 있다" forecasts
    chance=_any(r"(?:넘을|넘어설|웃돌|초과할|이를|달할)\s*(?:가능성|확률)", r"확률"),
    of_dead=_any(r"(?:사망자|숨진\s*(?:사람|이들))\s*(?:가운데|중)"),
    released=_any(r"귀환", r"송환", r"석방", r"교환", r"풀려"),
    # "한때 600여 명이 억류됐다", "인질로 잡힌": people held by the attackers are no force
    removed=_any(r"억류(?:됐|된|돼|되어|되|했|한|하고|하며|중)", r"인질로\s*(?:잡|끌려|붙잡)"),
    whole=re.compile(r"^\s*(?:가운데|중에서|중)\s"),
    among=re.compile(r"(?:이|그)\s*(?:중|가운데)(?:에서)?\s*$"),
    # "… 100여 명, 40여 명을 보냈다" (각각, respectively), "군인 5명, 경찰관 3명이 숨졌다":
    # counts listed with commas, bare or each with its noun, share the verb after the last
    # (also each with its force: "미 해병대가 약 1천200명, 필리핀 해병대가 500여 명을 투입했고")
    joins_next=re.compile(r"^(?:과|와|\s*및|\s*그리고|,)\s*(?:[^\d\s,]{1,10}\s+)?[^\d\s,]{0,10}\s*"
                          r"(?:약\s*|최소\s*)?$"),
    sum_of=re.compile(r"^\s*등\s*(?:모두|총|합계)\s*(?:약\s*)?$"),
    place_list=re.compile(r"^,\s*(?:[가-힣A-Za-z]{1,10}\s+)?[가-힣A-Za-z]{1,10}(?:에|에서)\s*$"),
    # "무기를 버리고 투항했다": -고 between two verbs of the count's subject
    serial=re.compile(r"고\s"),
    forecast=_any(r"전망", r"예상", r"것으로\s*보인다(?=고\s*전망)", r"할\s*수\s*있", r"될\s*수\s*있",
                  r"예측", r"가능성"),
    anaphoric_base=_any(r"^\s*(?:가|이)?\s*(?:그중|이\s*중|이\s*가운데|그\s*가운데)"),
    needs_force_noun=False,
    # armed men who are no army are a force where they name the count ("반군 300여 명",
    # "무장세력 조직원 40여 명", "최소 30명의 무장 괴한"), not the next one ("경찰 1명·괴한 3명")
    named_force=re.compile(rf"(?:{_ARMED})\s*(?:약|최소|최대)?\s*$|^의\s+(?:중?무장\s*)?(?:{_ARMED})"),
)


def read_figures(sentence: str, quantities: list[Quantity], blocked: list[tuple[int, int]]):
    planned = _planned_clauses(sentence)
    cued = read_with_cues(KOREAN, _without_glosses(sentence), quantities, blocked)
    compared = _compared_counts(sentence, cued, quantities)
    readings = [_named_reinforcement(sentence, r) for i, r in enumerate(compared)
                if not _severity_of_the_wounded(sentence, r, compared[i - 1] if i else None)
                and not _in_a_plan(planned, r.quantity) and not _daily_average_force(sentence, r)]
    readings = _parts_of_the_toll(sentence, readings)
    return sorted(readings + _armies_named_before(sentence, outside(quantities, blocked), readings),
                  key=lambda r: r.quantity.start)


# "신인민군(NPA)", "해난구조대(SSU)", "25일(현지시간)": a gloss in brackets right after a word
_GLOSS = re.compile(r"(?<=[가-힣A-Za-z])\([^()\d]{1,20}\)")


def _without_glosses(sentence: str) -> str:
    """The sentence with each bracketed gloss blanked (same length, so offsets hold): an
    acronym or "(현지시간)" after a word glosses it and ends no clause ("장병 두 명이
    신인민군(NPA) 반군의 매복 공격으로 숨졌다": the verb is still the count's)."""
    return _GLOSS.sub(lambda m: " " * len(m.group()), sentence)


# "사망자가 … 161명이며, 이 가운데 경찰관은 62명": a toll noun, then a clause of its parts
_TOLL_NOUN = re.compile(rf"(?<![가-힣])(?:{_TOLLS})")
_PARTS_JOINT = re.compile(r"(?<![가-힣])(?:(?:이|그)\s*(?:가운데|중)(?:에서)?|그중)\s")


def _parts_of_the_toll(sentence: str, readings: list[Reading]) -> list[Reading]:
    """Forces counted after "이 가운데"/"그중" when the sentence named a toll before it
    ("정부 측 사망자가 … 161명이며, 이 가운데 경찰관은 62명, 정부군 병사는 5명이라고") are their
    share of that toll, not their strength, as a sentence of the parts after the toll's
    sentence is."""
    joint = _PARTS_JOINT.search(sentence)
    toll = joint and _last_match(_TOLL_NOUN, sentence, joint.start())
    metric = toll and _metric_of(toll.group())
    if not metric:
        return readings
    return [replace(r, metric=metric) if r.metric == "strength" and r.quantity.start > joint.end()
            and not r.quantity.is_fraction else r for r in readings]


def _last_match(pattern: re.Pattern, text: str, end: int) -> re.Match | None:
    return next(reversed(list(pattern.finditer(text, 0, end))), None)


def _metric_of(noun: str) -> str | None:
    """The metric a toll noun names, by the cue table's own words ("부상자": wounded)."""
    return next((metric for metric, cue in KOREAN.metrics if cue.search(noun)), None)


# "투입할 계획", "파병될 예정인", "보낼 방침", "파견하는 방안도 검토": what is to be done
# (a verb's future form, ending in ㄹ, before the noun of a plan) or is being weighed; and
# what one says one will do ("철수시키겠다고", "증파하겠습니다")
_ENDS_IN_L = "".join(chr(0xAC00 + 28 * i + 8) for i in range(399))  # 할, 될, 설, 보낼 …
_PLAN = re.compile(rf"[{_ENDS_IN_L}]\s*(?:예정|계획|방침)|방안(?:을|도)?\s*검토|[가-힣]겠(?:다|습니다|고|으며)")


def _planned_clauses(sentence: str) -> list[tuple[int, int]]:
    """The clauses (between clause breaks) that tell of a plan, found once per sentence."""
    plans = [m.start() for m in _PLAN.finditer(sentence)]
    if not plans:
        return []
    breaks = [0] + [m.end() for m in KOREAN.boundary.finditer(sentence)] + [len(sentence)]
    return [(breaks[i], breaks[i + 1]) for i in sorted({bisect_left(breaks, p + 1) - 1
                                                        for p in plans})]


def _in_a_plan(planned: list[tuple[int, int]], q: Quantity) -> bool:
    """A count in a clause that tells of a plan ("2만5천 명을 투입해 … 나설 계획이다",
    "파병될 예정인 … 350여 명") is what is to be, which the conventions do not record, like
    a forecast."""
    i = bisect_left(planned, (q.start + 1,)) - 1
    return i >= 0 and planned[i][0] <= q.start and q.end <= planned[i][1]


# "하루 평균 1000여 명을 투입하고 있다": men put to work a day, on average
_DAILY_AVERAGE = re.compile(r"(?:하루|일)\s*평균\s*(?:약\s*)?$")


def _daily_average_force(sentence: str, r: Reading) -> bool:
    """A day's average of men sent or put to work is a rate of work, no force there at once
    (a day's average of losses is a loss rate, read by the cues)."""
    return r.metric in ("strength", "reinforcements") \
        and _DAILY_AVERAGE.search(sentence, max(0, r.quantity.start - 12), r.quantity.start) is not None


# "지난해 2만5천 명보다 줄었다", "당초 알려진 100명보다 많은": the figure compared with,
# another time's or another report's, is no claim of this one, nor is the figure a count
# grew from ("300명에서 500명으로 늘었다"); the count after it ("… 100명보다 많은 150여 명",
# "500명으로") is what the clause tells of
_COMPARED_WITH = re.compile(r"\s*보다(?![가-힣])")
_THEN_COUNTED = re.compile(r"\s*보다\s*(?:많은|늘어난|증가한|불어난|적은|줄어든|감소한)\s*(?:약\s*)?$")
_MORE_THAN_IT = re.compile(r"\s*보다\s*(?:훨씬\s*|더\s*)?많(?![은이])")
_GROWN_FROM = re.compile(r"\s*에서\s*(?:약\s*)?$")
_GREW_TO = re.compile(r"\s*(?:으로|로)\s*(?:늘|증가|불어|급증|줄|감소|급감)")


def _compared_counts(sentence: str, readings: list[Reading], quantities: list[Quantity]):
    """The readings without the figures compared with or grown from; such a figure's reading
    goes to the count after it, when that one has none of its own."""
    read = {r.quantity.start for r in readings}
    out = []
    for r in readings:
        q = r.quantity
        at = bisect_left(quantities, q.end, key=lambda a: a.start)  # quantities: text order
        after = quantities[at] if at < len(quantities) else None
        between = sentence[q.end:after.start] if after else ""
        grown = bool(after and _GROWN_FROM.match(between) and _GREW_TO.match(sentence, after.end))
        if not (grown or _COMPARED_WITH.match(sentence, q.end)):
            out.append(r)
        elif after and after.start not in read and (grown or _THEN_COUNTED.match(between)):
            out.append(replace(r, quantity=after, cue=(after.start, after.end)))
        elif _MORE_THAN_IT.match(sentence, q.end) and not (after and _THEN_COUNTED.match(between)):
            # "사상자는 10만 명보다 훨씬 많다": the count the clause tells of is more than it
            out.append(replace(r, quantity=replace(q, qualifier="more than")))
    return out


# "증원 병력 300여 명", "증원군 약 2천 명": the count named as the reinforcement itself
_REINFORCEMENT_NAMED = re.compile(r"증원\s*(?:병력|부대|군|전력)?\s*(?:약\s*)?$")


def _named_reinforcement(sentence: str, r: Reading) -> Reading:
    """A count named as the reinforcement ("증원 병력 300여 명과 자주포 6문을 추가 배치") is
    recorded as that force's strength, as a force sent as reinforcement (증원) is, though
    the verb adds it (추가 배치)."""
    if r.metric == "reinforcements" and ending_at(_REINFORCEMENT_NAMED, sentence, r.quantity.start):
        return replace(r, metric="strength")
    return r


# "부상자 가운데 3명은 중상이어서", "12명이 다쳤고 이 가운데 3명은 중상": how badly some of
# the wounded already counted were hurt
_OF_THE_WOUNDED = re.compile(r"(?:부상자|부상병|다친\s*[가-힣]+)\s*(?:가운데|중)(?:에서)?\s*$")
_SEVERITY = re.compile(r"\s*(?:은|는|이|가)\s*(?:중상|경상|위중|위독|중태)")


def _severity_of_the_wounded(sentence: str, r: Reading, before: Reading | None) -> bool:
    """A count of the wounded by how badly they were hurt is a part of a toll told before
    (in a sentence before, or the wounded counted just before it), no claim of its own."""
    q = r.quantity
    # "…6명이 다쳤다고 밝혔다. 이 가운데 2명은 중상이다": the sentence opens on the toll before
    of_them = (before is None or before.metric == "wounded") \
        and bool(ending_at(KOREAN.among, sentence, q.start, before.quantity.end if before else 0))
    return r.metric == "wounded" and _SEVERITY.match(sentence, q.end) is not None \
        and (of_them or bool(ending_at(_OF_THE_WOUNDED, sentence, q.start)))


# "주한미군 2만8천500명도", "청해부대 300여 명은": an army or a unit, then its count as the
# subject of the clause
_ARMY_BEFORE = re.compile(r"(?<![가-힣])[가-힣]{1,8}(?:군|부대)\s*(?:약\s*)?$")
# "지상군이 9만여 명에 불과하다" (only so many): an army the subject, its number the predicate
_ARMY_SUBJECT = re.compile(r"(?<![가-힣])[가-힣]{1,8}(?:군|부대)(?:이|가|은|는)\s+(?:약\s*)?$")
_ONLY = re.compile(r"\s*에\s*(?:불과|그치|그쳤|그친)")
_AS_SUBJECT = re.compile(r"\s*(?:은|는|이|가|도)\s")
# "미군은 이 가운데 약 3천 명이다", "해병대는 600여 명으로 파악됐다": the army the clause is
# about, then (of those counted) its number, said with a copula
_ARMY_TOPIC = re.compile(r"(?<![가-힣])[가-힣]{1,8}(?:군|부대)(?:은|는)\s+(?:(?:이|그)\s*(?:가운데|중)(?:에서)?\s+)?"
                         r"(?:약\s*)?$")
_COPULA = re.compile(r"\s*(?:이다|입니다|이며|였다|이었다|으로\s*(?:파악|집계|추산|추정))")
_FEW = 10


def _armies_named_before(sentence: str, quantities: list[Quantity], readings: list[Reading]):
    """An army or unit named right before its count, the subject of its clause, is a strength
    whatever its verb ("주한미군 2만8천500명도 대비태세를 강화했다"), and so is the army a
    clause is about, counted with a copula ("미군은 이 가운데 약 3천 명이다"); a count listed before
    another ("인도군 20명, 중국군 4명이 숨진") is not such a subject, a handful ("북한군 1명이
    귀순했다", "미군 2명은 … 감염됐다") are men whose own fate the clause tells, and a
    forecast's counts are read by the cues alone."""
    if KOREAN.forecast.search(sentence):
        return []
    read = {r.quantity.start for r in readings}
    found = [Reading(q, "strength", cue=(q.start, q.end)) for q in quantities
             if q.start not in read and (q.value or q.high or 0) >= _FEW
             and (_AS_SUBJECT.match(sentence, q.end) and ending_at(_ARMY_BEFORE, sentence, q.start)
                  or _COPULA.match(sentence, q.end) and ending_at(_ARMY_TOPIC, sentence, q.start)
                  or _ONLY.match(sentence, q.end) and ending_at(_ARMY_SUBJECT, sentence, q.start))]
    # "인도군 약 350명과 중국군 300여 명이 … 맞서 있다": an army's count joined to the next
    # army's, which is the subject, is a subject with it
    subjects = {r.quantity.start for r in found}
    joined = [Reading(q, "strength", cue=(q.start, q.end))
              for q, after in zip(quantities, quantities[1:])
              if after.start in subjects and q.start not in read | subjects
              and (q.value or q.high or 0) >= _FEW and ending_at(_ARMY_BEFORE, sentence, q.start)
              and _JOINED_ARMY.fullmatch(sentence, q.end, after.start)]
    return found + joined


_JOINED_ARMY = re.compile(r"\s*(?:과|와|,)\s*[가-힣]{1,8}(?:군|부대)\s*")


_FORCE_WORD = re.compile(r"(?<![가-힣])([가-힣]{1,12}(?:군|병력|부대|용병))(?=[은는이가의을를도]?\s|$)")


def force_phrases(text: str):
    """Words that name a force ("북한군", "우크라이나군", "러시아 용병"), as written."""
    return [ForcePhrase(m.start(), m.end(), m.group(1), "") for m in _FORCE_WORD.finditer(text)
            if m.group(1) not in ("병력", "부대")]
