"""An event's parts as document spans (rasd.events.spans): offsets into the text, the count nested."""

from __future__ import annotations

from rasd.document import Span
from rasd.events.args import Actor
from rasd.events.spans import actor_span, date_span, place_span

TEXT = "قتل أكثر من 30 شخصا في بغداد أمس."


def test_a_counted_actor_keeps_its_count_as_a_nested_span() -> None:
    start = TEXT.index("شخصا")
    count = (TEXT.index("أكثر"), TEXT.index(" شخصا"))
    span = actor_span(Actor(start, start + len("شخصا"), None, 4, 4, "CVL", None, count), TEXT)
    assert TEXT[span.start : span.end] == "شخصا"
    nested = span.get("count")
    assert isinstance(nested, Span) and TEXT[nested.start : nested.end] == "أكثر من 30"
    assert nested.get("value") == 30
    assert span.get("sector") == "CVL"


def test_a_place_and_a_date_point_into_the_text_or_say_where_they_came_from() -> None:
    where = TEXT.index("بغداد")
    place = place_span(Span(where, where + 5, "LOC", {"id": "Q1530", "name_en": "Baghdad", "country": "IRQ"}), TEXT)
    assert place is not None and place.label == "PLACE" and place.get("country") == "IRQ"
    assert place_span(None, TEXT) is None
    when = TEXT.index("أمس")
    written = date_span({"start": when, "end": when + 3, "value": "2026-11-29", "from": "text"})
    assert isinstance(written, Span) and TEXT[written.start : written.end] == "أمس"
    assert date_span({"value": "2026-11-30", "from": "published"}) == {"value": "2026-11-30", "from": "published"}
