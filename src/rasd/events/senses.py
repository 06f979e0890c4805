"""Senses a trigger word has besides its event's, told apart from its neighbours: a march or a career, a strike
or a blow, a boycott or a province, a demonstration or a pretence; and the signing verb that signs only an
agreement. A mixin of :class:`rasd.events.code.Coder`, kept apart so the coder's module stays one reader."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rasd.events.setting import a_country
from rasd.events.words import course_not_march
from rasd.text.clitics import analyze, candidates

if TYPE_CHECKING:
    from rasd.document import Span
    from rasd.events.lexicon import Lexicon
    from rasd.kb.match import Tok

# how many or how a crowd demonstrates (تظاهر الآلاف بكثافة), not what one pretends (تظاهر بأنه نائم)
_BY_CROWDS = frozenset({"بالقرب", "بالالاف", "بالمئات", "بالعشرات", "بالاف", "بمئات", "بعشرات", "بكثافة", "بسلمية"})


class TriggerSenses:
    """See the module docstring."""

    words: list[Tok]
    lex: Lexicon
    entities: list[Span]

    def _not_protest(self, j: int, last: int) -> bool:
        """مسيرتها، مسيرته المهنية، مسيرة السلام (words.course_not_march): a career or a course, not a march;
        مقاطعة كيب: a province, not a boycott; يضرب مسلحين: hits (the strike is يُضرب عن العمل، عن الطعام; the past
        أضرب keeps its hamza)."""
        a = analyze(self.words[j].surface)
        if (a.stem.endswith("مسيرت") and a.suffix in ("ه", "ها", "هم", "هما", "نا", "كم", "ي")) or course_not_march(
            self.words, j, last
        ):
            return True
        if a.stem[:1] in ("ي", "ت", "ن") and a.stem[1:4] == "ضرب":
            return all(self.words[k].norm != "عن" for k in range(j + 1, min(last, j + 3) + 1))
        if "تظاهر" in a.stem and not a.stem.startswith(("ال", "م")) and j + 1 <= last:
            nxt = self.words[j + 1].norm  # يتظاهر بمظهر الضحية، تظاهر بأنه نائم: pretends (not بالقرب، بالآلاف)
            glued = not self.words[j + 1].punct_before.strip()
            return glued and nxt[:1] == "ب" and len(nxt) > 3 and nxt not in _BY_CROWDS
        if a.stem.removeprefix("ال") != "مقاطعة" or j + 1 > last:
            return False
        nxt = self.words[j + 1]  # (مقاطعة إسرائيل: a country is boycotted, never a province)
        return any(e.label == "LOC" and e.start == nxt.start and not a_country(e) for e in self.entities)

    def _signed(self, j: int, last: int) -> bool:
        """Is an agreement (an AGREE noun of the lexicon) written within the five words after j?"""
        return any(
            t.type == "AGREE" and t.pos != "verb"
            for k in range(j + 1, min(last, j + 5) + 1)
            for f in candidates(self.words[k].surface)
            for t in (*self.lex.words.get(f, ()), *(x[1] for x in self.lex.phrases.get(f, ())))
        )
