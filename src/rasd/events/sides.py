"""The sides of attacks and protests that a trigger's own arguments leave out.

Arabic reports name who protests against whom, and who attacked whom, away from the trigger word:

- a protest's addressee follows a demand or a stance (مطالبين الحكومة المحلية، تطالب السلطة بوقف، يهتفون ضد
  الحكومة، شعارات معادية للرئيس، مظاهرات مؤيدة لزعيم ...), the grievance's agent (احتجاجاً على رفض القضاء
  الإسرائيلي، للاحتجاج على زيارة غل), or the building the crowd faces (أمام مجلس المحافظة، خارج السفارة الصينية،
  حول مقر سفارة إستونيا);
- an attack's victims after its verbal noun (اغتيال النائب وليد عيدو) or verb (اغتالوا ضابطاً في الشرطة), and the
  bomber; what suffered it and who carried it out away from the trigger are :mod:`rasd.events.attacks`'.

A mixin of :class:`rasd.events.code.Coder`: it runs only when the trigger's own reading found no side.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from rasd.events.args import (
    EMBASSIES,
    SKIPPABLE,
    TEMPORAL,
    Actor,
    Sentence,
    agent_sector,
    counted,
    nisba_country,
    plural_adjective,
)
from rasd.events.bare import DAYTIME, SELF, BarePhrases
from rasd.events.clauses import byline
from rasd.events.detect import crowd_case
from rasd.events.words import (
    GRIEVANCE,
    OWNED,
    STATEMENTS,
    agrees,
)
from rasd.text.clitics import candidates
from rasd.text.normalize import norm

if TYPE_CHECKING:
    from rasd.events.lexicon import Lexicon
    from rasd.kb.match import Tok

# Normalized forms (أ/إ/آ -> ا, ى -> ي).
_DEMAND = frozenset(
    {
        "مطالبين",
        "مطالبا",
        "مطالبة",
        "تطالب",
        "يطالب",
        "يطالبون",
        "طالبوا",
        "طالب",
        "طالبت",
        "مطالبتهم",
        "للمطالبة",
        "لمطالبة",
        "داعين",
        "تدعو",
        "يدعون",
        "يناشدون",
        "مناشدين",
    }
)
_STANCE = frozenset(
    {
        "مناهضة",
        "مناهض",
        "مناهضين",
        "مناهضون",
        "معادية",
        "معادي",
        "معادين",
        "مناوئة",
        "مناوئ",
        "مناوئين",
        "منددة",
        "منددين",
        "مؤيدة",
        "مؤيد",
        "مؤيدين",
        "مؤيدون",
        "موالية",
        "موالين",
        "رافضة",
        "رافضين",
        "معارضين",
        "معارضون",
        "متهمين",  # متهمين الجنود الأميركيين بإطلاق النار: whom the crowd accuses
        "متهما",
        "متهمة",
        "يتهمون",
    }
)
_FOR = frozenset({"مؤيدة", "مؤيد", "مؤيدين", "مؤيدون", "موالية", "موالين"})  # stances for someone
# a rejection voiced by the crowd (معلنين رفضهم لترشيح ميقاتي) or held as its purpose (رفضا للعدوان)
_REJECTING = frozenset({"رفضهم", "رفضها", "رفضه", "رفضا"})
_ANGER = frozenset({"غضب", "غضبا", "الغضب", "سخط", "سخطا", "استياء", "استياءا"})  # غضب (متزايد) من X
_FACING = frozenset({"امام", "خارج", "حول", "قرب"})
# a clash names the other side: اشتبك المتظاهرون مع الجنود، مواجهات بين الشرطة والمتظاهرين
_CLASH = frozenset(
    {"اشتبك", "اشتبكوا", "اشتبكت", "اشتباك", "اشتباكات", "الاشتباكات", "مواجهات", "المواجهات", "صدامات", "مصادمات"}
)
# what a crowd hands or sends someone names whom it addresses: مذكرة إلى المجلس البلدي، الالتماس من رئيس الوزراء
_PETITION = frozenset({"مذكرة", "مذكره", "عريضة", "عريضه", "رسالة", "رساله", "الالتماس", "التماسا", "التماس"})
# what the slogans or banners condemn: لافتات تندد بالمذابح الإسرائيلية، الشعارات التي تدين سلطات إستونيا
_CONDEMN = frozenset({"تندد", "يندد", "نددت", "تدين", "يدين", "ادانت", "شجبت", "تشجب", "تستنكر", "استنكرت"})
_HEADING = frozenset({"نحو", "الي", "باتجاه", "حتي"})  # toward: only a building or an institution, not a country
_BUILDINGS = frozenset({"مقر", "مبني", "مكتب", "قصر", "منزل", "مبنى", "مجمع", "ضريح"})
# Institutions a crowd gathers at: the phrase they head (السفارة الصينية، مجلس المحافظة) is the addressee;
# heads of a construct phrase: مجلس المحافظة، وزارة الداخلية، هيئة الأوراق المالية
_CONSTRUCT = frozenset({"مجلس", "وزارة", "رئاسة", "هيئة", "هيئه", "محكمة", "محكمه", "بلدية", "بلديه"})
_WHEN = DAYTIME | TEMPORAL  # a time between a verb and its object (منع المتظاهرون أمس الشاحنات)
_SLOGANS = frozenset(
    {"هتافات", "شعارات", "لافتات", "يافطات", "مرددين", "هاتفين", "رددوا", "هتفوا", "يرددون", "يهتفون", "رافعين"}
)


class SideRules(BarePhrases):
    """See the module docstring."""

    words: list[Tok]
    lex: Lexicon
    _verbs: list[int]
    _is_trigger: Callable[[int], bool]  # RoleFinder's, mixed in with this class into the Coder
    previous_subject: list[Actor]
    _phrase_after: Callable[..., tuple[int, int] | None]  # BarePhrases'

    def _actor_near(self, j: int, sent: Sentence, *, span: int = 3) -> Actor | None:
        """The first actor starting within ``span`` words from j: the genitive after a verbal noun (رفض القضاء
        الإسرائيلي) or a title (لزعيم أكراد تركيا عبد الله أوجلان)."""
        for k in range(j, min(sent.last, j + span - 1) + 1):
            if k > j and self.words[k].punct_before.strip():
                return None
            a = sent.actor_at(k)
            if a is not None and a.first == k:
                return a
        return None

    def genitive_victim(self, t: int, sent: Sentence) -> list[Actor]:
        """اغتيال النائب وليد عيدو / خطف صحفي: the noun after an attack's verbal noun is whom it struck. A person
        named within a few words (past a title: العميد، الأمين العام السابق للحزب الشيوعي) is that person, the
        title included; else a generic actor noun right after it."""
        j = t + 1
        if j > sent.last or self.words[j].punct_before.strip() or sent.prep_of(j)[0] is not None:
            return []
        for k in range(j, min(sent.last, j + 5) + 1):
            if k > j and self.words[k].punct_before.strip():
                break
            e = sent.at_word.get(k)
            if e is not None:
                if e.label != "PER":
                    if k > j and self.words[k].norm.startswith("ل"):  # للحزب الشيوعي: the title's complement
                        continue
                    break
                return [Actor(self.words[j].start, e.end, e, j, sent.entity_words(e)[1])]
        a = sent.actor_at(j)
        return [a] if a is not None and a.entity is None and a.first == j else []

    def protest_addressee(
        self, sent: Sentence, t: int, events_at: dict[int, Any] | None = None, *, stated_only: bool = False
    ) -> list[Actor]:
        """Whom a protest in this sentence is directed at; [] when none is said.

        A demand or a stance names the addressee more surely than the place a crowd stands: they come first,
        each tier nearest to the trigger first (with ``stated_only``, only those). A grievance that is an act
        already coded (``events_at``: احتجاجاً على مقتل ثلاثة مدنيين على يد قوات التحالف) is against the act's
        author, not its victims."""
        found: list[tuple[int, int, Actor]] = []
        words = _DEMAND | _STANCE | GRIEVANCE | _ANGER | _FACING | _HEADING | _CLASH | _PETITION | _CONDEMN
        words |= _REJECTING
        for j in range(sent.first, sent.last):
            w = self.words[j].norm
            base = w[1:] if w[:1] in ("و", "ف") and w[1:] in words else w
            if base.startswith("ال") and base[2:] in _STANCE:
                base = base[2:]  # المتظاهرون المناوئون للحكومة
            if base in ("معارضين", "معارضون") and not self.words[j + 1].norm.startswith("ل"):
                continue  # المعارضين alone are the opposition, an actor; معارضين لـ X take a stance on X
            a: Actor | None = None
            if base == "ضد" or base in _DEMAND:
                k = j + 1
                while base in _DEMAND and k < sent.last and self.words[k].norm in TEMPORAL | DAYTIME:
                    k += 1  # تطالب السبت باستقالة الرئيس
                a = self._actor_near(k, sent, span=1)
                if a is None and base == "ضد" and k + 1 <= sent.last and sent.prep_of(k)[0] is None:
                    a = self._actor_near(k + 1, sent, span=1)  # ضد خطط الحكومة: the genitive, whose plans
                if a is None and base in _DEMAND and self.words[k].norm[:1] == "ب":
                    a = self._actor_near(k + 1, sent, span=1)  # يطالبون بتدخل الأمم المتحدة
                if a is None and base in _DEMAND and self.words[k].norm == "الي" and k + 2 <= sent.last:
                    a = self._actor_near(k + 2, sent, span=1)  # تدعو إلى إعادة القوات الأميركية
                if a is None and base == "ضد":
                    a = self._nisba_after(j + 1, sent)  # ضد الغارات الإسرائيلية
            elif base in _STANCE:
                a = self._actor_near(j + 1, sent)
                if a is not None and base in _FOR and not t < j <= t + 2:
                    # متظاهرون من حركة الحرس الفتي الموالية للكرملين: whom the crowd's group backs, not whom the
                    # protest addresses (مظاهرات مؤيدة لأوجلان, right after the protest, does name it)
                    found.append((2, abs(j - t), a))
                    continue
            elif base in GRIEVANCE and self.words[j + 1].norm == "علي":
                act = (events_at or {}).get(j + 2)
                authors = [x for x in act.source if sent.first <= x.first <= sent.last] if act is not None else []
                if authors:
                    a = authors[0]
                elif act is not None and act.type in ("ASSAULT", "COERCE"):
                    a = None  # احتجاجاً على اعتقال عدد من المعلمين: not the arrested, whoever arrested them
                else:  # احتجاجاً على رفض القضاء الإسرائيلي: the act's genitive, or a country's adjective
                    a = self._actor_near(j + 2, sent) or self._nisba_after(j + 2, sent)
            elif base in _REJECTING and (base == "رفضا" or self.words[j - 1].norm in ("معلنين", "معلنة", "معلنا")):
                a = self._actor_near(j + 1, sent) or self._nisba_after(j + 1, sent)  # رفضهم لترشيح ميقاتي
            elif base in _ANGER:
                k = next((k for k in (j + 1, j + 2) if k <= sent.last and self.words[k].norm == "من"), None)
                if k is not None and k < sent.last:
                    a = self._actor_near(k + 1, sent) or self._nisba_after(k + 1, sent)
            elif base in _PETITION and self.words[j + 1].norm in ("الي", "من") and j + 1 < sent.last:
                a = self._actor_near(j + 2, sent, span=1) or self._facing(j + 2, sent, building_only=False)
            elif base in _CONDEMN and self._after_slogans(j, sent):
                a = self._actor_near(j + 1, sent, span=2) or self._nisba_after(j + 1, sent)
            elif base in _FACING or base in _HEADING or base in _CLASH:
                if base in _CLASH:
                    a = self._clash_opponent(j, sent)
                else:
                    a = self._facing(j + 1, sent, building_only=base in _HEADING)
                if a is not None:
                    found.append((1, abs(j - t), a))
                continue
            elif base[:1] == "ل" and base[1:] in _BUILDINGS and self._after_motion(j, sent):
                a = self._facing(j, sent, building_only=True)  # توجههم لقصر مالاكانج الرئاسي
                if a is not None:
                    found.append((1, abs(j - t), a))
                continue
            if a is not None:
                found.append((0, abs(j - t), a))
        if stated_only:
            stated = [x for x in found if x[0] == 0]
            return sent.coordinated(min(stated, key=lambda x: x[1])[2]) if stated else []
        acted_on = self._crowd_object(sent, t) or self._crowd_object_after(sent, t)
        if acted_on is not None:
            found.append((1, 0, acted_on))
        if not found:
            chanted = self._slogan_target(sent)
            return [chanted] if chanted is not None else []
        best = min(found, key=lambda x: (x[0], x[1]))[2]
        return sent.coordinated(best)

    def _after_slogans(self, j: int, sent: Sentence) -> bool:
        """Slogans or banners (هتافات، الشعارات التي) within the two words before j: theirs is the verb at j."""
        before = range(max(sent.first, j - 2), j)
        return any(self.words[i].norm.removeprefix("و").removeprefix("ال") in _SLOGANS for i in before)

    def _clash_opponent(self, j: int, sent: Sentence) -> Actor | None:
        """Whom the crowd clashed with, the clash word at j: اشتبك المتظاهرون مع الجنود الإسرائيليين، مواجهات (جديدة)
        بين الشرطة والمتظاهرين (or بين المتظاهرين والشرطة). None when the crowd is not one of the two sides."""
        for k in range(j + 1, min(sent.last - 1, j + 4) + 1):
            if k > j + 1 and self.words[k].punct_before.strip():
                return None
            w = self.words[k].norm
            if w == "مع":
                crowd = any(crowd_case(self.words[i].norm) is not None for i in range(j + 1, k))
                return self._actor_near(k + 1, sent, span=1) if crowd else None
            if w != "بين":
                continue
            one = sent.actor_at(k + 1)
            after = one.last + 1 if one is not None else sent.last + 1
            if one is None or one.first != k + 1 or after > sent.last or not self.words[after].norm.startswith("و"):
                return None
            if crowd_case(self.words[after].norm) is not None:
                return one
            other = sent.actor_at(after) if crowd_case(self.words[k + 1].norm) is not None else None
            return other if other is not None and other.first == after else None
        return None

    def _slogan_target(self, sent: Sentence) -> Actor | None:
        """هتافات «الموت لأمريكا» / لافتات كتب عليها «رامسفيلد مجرم حرب»: when nothing else names whom a protest
        faces, the first person, body or country named in the quoted slogans it chants or carries."""
        for j in range(sent.first, sent.last + 1):
            if self.words[j].norm.removeprefix("و") not in _SLOGANS:
                continue
            for k in range(j + 1, min(sent.last, j + 8) + 1):
                e = sent.at_word.get(k)
                if (
                    e is not None
                    and e.label in ("PER", "ORG", "LOC")
                    and self._in_quotes(k, j)
                ):
                    f, last = sent.entity_words(e)
                    return Actor(e.start, e.end, e, f, last)
        return None

    def _in_quotes(self, k: int, j: int) -> bool:
        """Whether word k stands inside quotation marks opened after word j: an odd number of marks between."""
        return sum(norm(self.words[i].punct_before).count('"') for i in range(j + 1, k + 1)) % 2 == 1

    def statement_owner(self, j: int, sent: Sentence) -> Actor | None:
        """Whose words, decision or act the object at j is (رفضت مصر تصريحات خامنئي، نفى المزاعم الأميركية):
        one rejects, condemns or backs them, and so their author, who is the event's target."""
        if j + 1 > sent.last or not any(f in STATEMENTS for f in candidates(self.words[j].surface)):
            return None
        if self.words[j + 1].punct_before.strip() or sent.prep_of(j + 1)[0] is not None:
            return None
        a = sent.actor_at(j + 1)
        return a if a is not None and a.first == j + 1 else self._nisba_after(j, sent)

    def _nisba_after(self, k: int, sent: Sentence) -> Actor | None:
        """The nationality adjective qualifying the noun at k (past one adjective of manner: ضربة جوية أميركية),
        as an actor of its country: غارة إسرائيلية names who struck, ضد الغارات الإسرائيلية whom a protest is
        against, when no one is named."""
        for j in range(k + 1, min(sent.last, k + 2) + 1):
            w = self.words[j]
            if w.punct_before.strip() or j in sent.at_word:
                return None
            country = nisba_country(w)
            if country is not None:
                return Actor(w.start, w.end, None, j, j, None, country)
            if not w.norm.removeprefix("ال").endswith(("ي", "ية", "يه")):
                return None  # only an adjective (جوية، صاروخي) may stand between
        return None

    def _crowd_object(self, sent: Sentence, t: int) -> Actor | None:
        """ورشق مئات المتظاهرين قوات مكافحة الشغب / هاجم آلاف المتظاهرين مكتب رئيس الوزراء: when the trigger is
        the crowd itself, subject of the verb before it, what that verb acts on is whom the protest faces."""
        k = t - 1
        if k >= sent.first and counted(self.words[k].norm):
            k -= 1  # مئات المتظاهرين
        if k < sent.first or self.words[t].punct_before.strip():
            return None
        w = self.words[k]
        initial = k == sent.first or bool(w.punct_before.strip()) or self.words[k - 1].norm in ("قد", "وقد", "ثم")
        if k not in self._verbs and not (initial and not w.norm.lstrip("وف").startswith("ال") and len(w.norm) <= 6):
            return None  # a clause-initial word before its subject is the verb (ورشق، وقد هاجم)
        j = t + 1
        crowd = self.words[t].norm
        while (
            j <= sent.last
            and not self.words[j].punct_before.strip()
            and j not in sent.at_word
            and agent_sector(self.words[j]) in (None, "CVL")
            and (
                # not منع المتظاهرون الشاحنات: their object
                (self.words[j].norm.startswith("ال") and agrees(crowd, self.words[j].norm))
                or (not crowd.startswith("ال") and plural_adjective(crowd, self.words[j].norm))
            )
        ):
            j += 1  # المتظاهرين الغاضبين، متظاهرون غاضبون
        while j < sent.last and self.words[j].norm in _WHEN and not self.words[j].punct_before.strip():
            j += 1  # منع المتظاهرون أمس الشاحنات
        if j > sent.last or self.words[j].punct_before.strip() or sent.prep_of(j)[0] is not None:
            return None
        a = self._facing(j, sent, building_only=False) or self._owner(j, sent) or sent.actor_at(j)
        return a if a is not None and a.first >= j else None

    def _owner(self, j: int, sent: Sentence) -> Actor | None:
        """أحرق المتظاهرون طائرة هليكوبتر صغيرة تابعة لشركة لورك: whose thing the object at j is, named after
        تابعة ل within five words; None when no owner is named."""
        for k in range(j + 1, min(sent.last - 1, j + 5) + 1):
            if self.words[k].punct_before.strip() or k in self._verbs:
                return None
            if self.words[k].norm in OWNED or self.words[k].norm.removeprefix("ال") == "تابعه":
                owned = self.words[k + 1].norm.startswith("ل")  # لقوات التحالف، لشركة لورك (the name after)
                return (sent.actor_at(k + 1) or sent.actor_at(k + 2)) if owned else None
        return None

    def _crowd_object_after(self, sent: Sentence, t: int) -> Actor | None:
        """متظاهرون ... قد حطموا يوم الأحد مقر الحزب الوطني: the crowd as subject before its verb (a plural past
        after قد, or right after the crowd), and the building or body that verb acts on."""
        for v in range(t + 1, min(sent.last, t + 5) + 1):
            w = self.words[v]
            if w.punct_before.strip():
                return None
            after_qad = self.words[v - 1].norm in ("قد", "وقد")
            if (v == t + 1 or after_qad) and w.norm.endswith("وا") and not w.norm.startswith("ال"):
                if self._is_trigger(v) or v in self._verbs:
                    return None  # their own act or a demand: read elsewhere
                found = self._phrase_after(v, sent, set(), 2)
                if found is None:
                    return None
                a = self._facing(found[0], sent, building_only=True)
                return a if a is not None and a.first >= found[0] else None
        return None

    def _after_motion(self, j: int, sent: Sentence) -> bool:
        """A word for going somewhere (توجه، سار، زحف) within the three words before j."""
        motion = ("توجه", "سار", "زحف")
        return any(self.words[i].norm.removeprefix("و").startswith(motion) for i in range(max(sent.first, j - 3), j))

    def _facing(self, k: int, sent: Sentence, *, building_only: bool) -> Actor | None:
        """أمام مقر X / أمام مجلس المحافظة / خارج السفارة الصينية: the institution or the building's owner."""
        w = self.words[k]
        building = w.norm in _BUILDINGS or (w.norm[:1] == "ل" and w.norm[1:] in _BUILDINGS)
        if building:
            if k + 1 > sent.last:
                return None
            k += 1
            w = self.words[k]
            if w.norm in _BUILDINGS and k + 1 <= sent.last:  # مقر مكتب الأمم المتحدة: the office's building
                k += 1
                w = self.words[k]
        a = sent.actor_at(k)
        if a is not None and a.first == k and (a.entity is not None or building) and (building or not building_only):
            return a  # أمام مقر الحكومة: the building's owner, named or not
        if k + 1 > sent.last or self.words[k + 1].punct_before.strip():
            return None
        nxt = self.words[k + 1]
        if w.norm in EMBASSIES:  # السفارة الصينية، سفارة إستونيا
            inner = sent.actor_at(k + 1)
            if inner is not None and inner.first == k + 1 and inner.entity is not None:
                return Actor(w.start, inner.end, None, k, inner.last, "GOV")
            if nisba_country(nxt) is not None:
                return Actor(w.start, nxt.end, None, k, k + 1, "GOV")
        if w.norm in _CONSTRUCT and nxt.norm.startswith("ال") and nxt.norm not in SKIPPABLE:
            last = k + 1
            adj = self.words[last + 1] if last + 1 <= sent.last else None
            if (
                adj is not None
                and adj.norm.startswith("ال")
                and not adj.punct_before.strip()
                and adj.norm not in TEMPORAL | SKIPPABLE
                and last + 1 not in sent.at_word
                and agent_sector(adj) is None
            ):
                last += 1  # هيئة الأوراق المالية، وزارة الداخلية العراقية
            return Actor(w.start, self.words[last].end, None, k, last, "GOV")
        return None

    def bomber(self, t: int, end: int, sent: Sentence) -> list[Actor]:
        """إن انتحارياً يقود سيارة مفخخة فجر نفسه: a verb with نفسه has its author earlier, past a relative
        clause; the nearest actor before it that is not in a prepositional phrase."""
        if end + 1 > sent.last or self.words[end + 1].norm not in SELF:
            return []
        for j in range(t - 1, max(sent.first - 1, t - 9), -1):
            a = sent.actor_at(j)
            wider = sent.actor_at(j - 1) if j - 1 >= sent.first else None  # قوات الشرطة, not الشرطة alone
            owned = j - 1 >= sent.first and sent.prep_of(j - 1)[0] is not None  # مشابهة لسيارات قوات الشرطة
            if wider is not None and wider.first == j - 1 and a is not None and wider.last >= a.last:
                continue
            if a is not None and a.first == j and sent.prep_of(j)[0] is None and not owned:
                return [a]
        return []

    def _between(self, k: int, sent: Sentence, raw: bool = False) -> list[Actor]:
        """الاتفاق الشامل بين الحكومة السورية وقوات سوريا الديمقراطية: the two parties (with ``raw``, generic
        ones too: معارك بين التنظيم والمقاتلين الأكراد)."""
        for j in range(k, min(sent.last, k + 4) + 1):
            if self.words[j].norm == "بين":
                a = sent.actor_at(j + 1, raw=raw)
                if a is not None and a.first == j + 1:
                    return sent.coordinated(a)
        return []

    def pronoun_referent(self, t: int, sent: Sentence, source: list[Actor]) -> list[Actor]:
        """إليه / له / معه: the sentence's subject other than the event's own source."""
        keys = {a.key for a in source}
        for e in sent.entities:
            if e.start < self.words[t].start and e.label in ("ORG", "LOC", "PER") and str(e.get("id")) not in keys:
                f, last = sent.entity_words(e)
                if byline(self.words, f, last, t, sent):
                    continue  # عبدالرحمن العازمي- سبق- القريات: the reporter's byline, no one the act concerns
                return [Actor(e.start, e.end, e, f, last)]
        return [a for a in self.previous_subject if a.key not in keys][:1]

    def verb_with_tanween(self, j: int) -> bool:
        """فجراً (at dawn), not فجّر (he detonated): a verb never carries tanween."""
        s = self.words[j].surface
        return s.endswith(("اً", "ًا", "ً")) and any(f in self.lex.words for f in candidates(s))
