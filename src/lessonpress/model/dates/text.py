"""Reading the dates teachers write: tokens, then each side of a range, then what one side
shares with the other ("March 8-12, 1917" shares its month and year)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from lessonpress.model.dates import words
from lessonpress.model.dates.calendars import Calendar
from lessonpress.model.dates.hints import forms_hint
from lessonpress.model.dates.kinds import DateError, Precision, Relation, astronomical
from lessonpress.model.dates.languages import DateLanguage
from lessonpress.model.dates.point import HistoricalDate
from lessonpress.model.dates.span import DateSpan
from lessonpress.model.dates.tokens import Token, quote, tokenize


@dataclass(slots=True)
class _Side:
    """One side of a range as written, before it borrows what it left out from the other."""

    text: str
    shape: str  # one letter a part: M month, N number, I ISO date, D decade, C century
    approximate: bool = False
    uncertain: bool = False
    part: words.Part | None = None
    calendar: str | None = None
    era: str | None = None
    year: int | None = None  # as written: positive, before the era applies
    year_digits: int = 0
    month: int | None = None
    day: int | None = None
    decade: int | None = None
    century: int | None = None


def _take_marks(side: _Side, tokens: list[Token]) -> list[Token]:
    """Move the marks around a date (c., ?, O.S., early, Summer) onto ``side``."""
    parts = [token for token in tokens if token.kind != "comma"]
    if parts and parts[0].kind == "approximate":
        side.approximate = True
        parts.pop(0)
    if parts and parts[0].kind == "part":
        side.part = parts.pop(0).part
    if parts and parts[-1].kind == "uncertain":
        side.uncertain = True
        parts.pop()
    if parts and parts[-1].kind == "calendar":
        side.calendar = parts.pop().word
    if parts and parts[-1].kind == "uncertain" and not side.uncertain:
        side.uncertain = True
        parts.pop()
    return parts


def _in_english_order(parts: list[Token]) -> list[Token]:
    """The pieces of a date in another language, put as English has them: ``siglo XIX``
    as ``XIX siglo`` (an ordinal, then the century), ``años 1920`` as a decade."""
    ordered: list[Token] = []
    for token in parts:
        before = ordered[-1] if ordered else None
        if before and before.kind == "century" and token.kind in ("roman", "number", "ordinal"):
            ordered[-1:] = [replace(token, kind="ordinal"), before]
        elif before and before.kind == "decade_word" and token.kind == "number":
            ordered[-1] = replace(token, kind="decade")
        elif token.kind == "decade_word" and before and before.kind == "decade":
            continue  # "1920-е годы", "1920er Jahre"
        elif token.kind == "roman":
            ordered.append(replace(token, kind="ordinal"))
        else:
            ordered.append(token)
    return ordered


def _read_side(tokens: list[Token], source: str, language: DateLanguage | None = None) -> _Side:
    text = source[tokens[0].start : tokens[-1].end]
    unreadable = DateError(f"cannot read {quote(text)} as a date", forms_hint(language))
    side = _Side(text, "")
    if language is not None:
        if any(token.kind == "roman" for token in tokens) and not any(
            token.kind == "century" for token in tokens
        ):
            raise unreadable  # a Roman numeral names a century: siglo XIX
        tokens = _in_english_order(tokens)
    parts = _take_marks(side, tokens)
    eras = [index for index, token in enumerate(parts) if token.kind == "era"]
    if eras:
        index = eras[0]
        # The era ends the date ("44 BC") or stands just before its year ("March 8, AD 79").
        before_year = index == len(parts) - 2 and parts[-1].kind in ("number", "decade")
        if len(eras) > 1 or not (index == len(parts) - 1 or before_year):
            raise unreadable
        side.era = parts.pop(index).word
    numbers: list[Token] = []
    for index, token in enumerate(parts):
        follows_ordinal = index > 0 and parts[index - 1].kind == "ordinal"
        if (
            token.kind == "ordinal"
            and index + 1 < len(parts)
            and parts[index + 1].kind == "century"
        ):
            side.shape += "C"
            side.century = token.number
        elif token.kind in ("number", "ordinal"):
            side.shape += "N"
            numbers.append(token)
        elif token.kind == "month":
            side.shape += "M"
            side.month = token.number
        elif token.kind == "iso":
            side.shape += "I"
            side.year, side.month, *days = token.iso
            side.day = days[0] if days else None
            side.year_digits = 4
        elif token.kind == "decade":
            side.shape += "D"
            side.decade = token.number
        elif not (token.kind == "century" and follows_ordinal):
            raise unreadable
    fields = {"N": ("year",), "MN": ("year",), "NM": ("day",), "MNN": ("day", "year")}
    fields |= {"NMN": ("day", "year"), "NN": ("day", "year"), "M": (), "I": (), "D": (), "C": ()}
    if side.part is not None and side.part.is_season:
        fields = {"N": ("year",), "": ()}  # a season names its year, or shares the end's
    if side.shape not in fields:
        raise unreadable
    for name, token in zip(fields[side.shape], numbers, strict=True):
        setattr(side, name, token.number)
        if name == "year":
            # In other languages a day may carry its ordinal's ending: "21.–25. März 1917".
            written = token.text if language is None else token.text.rstrip(".ºª")
            side.year_digits = len(written)
    return side


def _as_written(language: DateLanguage | None, *examples: str) -> str:
    """English examples of dates for a hint, as ``language`` writes them (as given, for
    English), listed: ``early 1940s, mid-1930s or Summer 1941``."""
    shown = (
        [read_text(example).format(language.code) for example in examples] if language else examples
    )
    return shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} or {shown[-1]}"


def _share_parts(start: _Side, end: _Side, language: DateLanguage | None = None) -> None:
    """Give the start of a range what it left for the end to say ("March 8-12, 1917")."""
    # "1939-41": two digits after a four-digit year are the end year in the same century.
    if (start.shape, start.year_digits, end.shape, end.year_digits) == ("N", 4, "N", 2) and (
        start.era is end.era is None
    ):
        assert start.year is not None and end.year is not None
        end.year += start.year // 100 * 100
    if end.shape == "NN":
        if start.shape != "MN":
            raise DateError(
                f"cannot tell the month of {quote(end.text)}",
                hint=f"name the month, as in {_as_written(language, 'March 8-12, 1917')}",
            )
        start.day, start.year = start.year, None
        end.month = start.month
    elif (
        start.era is None
        and start.year_digits <= 2
        and (start.shape, end.shape) in {("MN", "MNN"), ("MN", "NMN"), ("N", "NMN")}
    ):
        # "June 22 - December 5 1941", "8 - 12 March 1917": the small number is a day.
        start.day, start.year = start.year, None
        start.month = start.month or end.month
    if start.year is None and start.shape in ("M", "NM", "MN", "N", "") and end.year is not None:
        start.year, start.year_digits = end.year, end.year_digits
    if start.era is None:
        start.era = end.era
    if start.calendar is None:
        start.calendar = end.calendar


def _build(side: _Side, language: DateLanguage | None = None) -> HistoricalDate:
    before_christ = side.era == "bc"
    marks = {
        "approximate": side.approximate,
        "uncertain": side.uncertain,
        "part": side.part,
        "calendar": Calendar(side.calendar) if side.calendar else None,
    }
    if side.century is not None:
        if side.century == 0:
            first = "1st" if language is None else _as_written(language, "1st century")
            raise DateError(
                f"there is no 0th century in {quote(side.text)}", hint=f"centuries start at {first}"
            )
        year = -side.century * 100 if before_christ else (side.century - 1) * 100 + 1
        return HistoricalDate(year, Precision.CENTURY, **marks)  # type: ignore[arg-type]
    if side.decade is not None:
        if side.decade % 10:
            raise DateError(
                f"{quote(side.text)} is not a decade",
                hint=f"a decade ends in 0: {_as_written(language, '1920s')}",
            )
        year = -(side.decade + 9) if before_christ else side.decade
        return HistoricalDate(year, Precision.DECADE, **marks)  # type: ignore[arg-type]
    if side.year is None:
        raise DateError(
            f"{quote(side.text)} has no year",
            hint=f"add the year, as in {_as_written(language, 'March 8, 1917')}",
        )
    if side.shape == "MN" and side.day is None and side.era is None and side.year_digits <= 2:
        # "March 8" is far likelier a day with its year forgotten than March of AD 8.
        example = f"{side.text}, 1917 (or AD before a year: March AD 8)"
        if language is not None:
            example = _as_written(language, "March 8, 1917")
        raise DateError(f"{quote(side.text)} has no year", hint=f"add the year, as in {example}")
    year = -side.year if before_christ else side.year
    precision = precision_of(side.month, side.day)
    if side.part is not None and precision > Precision.YEAR:
        raise DateError(
            f"{side.part.value} divides a century, a decade or a year, not {quote(side.text)}",
            hint="write "
            + _as_written(
                language,
                "early 1940s",
                "mid-1930s",
                "late 19th century",
                "early 1941",
                "Summer 1941",
            ),
        )
    return HistoricalDate(year, precision, side.month, side.day, **marks)  # type: ignore[arg-type]


def precision_of(month: object, day: object) -> Precision:
    """The precision of a date with or without a month and a day."""
    if day is not None:
        return Precision.DAY
    return Precision.YEAR if month is None else Precision.MONTH


def _one_winter(start: _Side, end: _Side, first: HistoricalDate) -> HistoricalDate | None:
    """``winter 1941–42``: a winter named by both its years is one date, not a range."""
    if first.part is not words.Part.WINTER or end.shape != "N" or end.part or end.approximate:
        return None
    assert end.year is not None
    following = -end.year if end.era == "bc" else end.year
    if following == 0 or astronomical(following) != astronomical(first.year) + 1:
        return None
    return replace(first, uncertain=first.uncertain or end.uncertain)


_RELATIONS = {
    None: Relation.ON,
    "before": Relation.BEFORE,
    "after": Relation.AFTER,
    "until": Relation.UNTIL,
    "from": Relation.FROM,
}


def read_text(source: str, language: DateLanguage | None = None) -> DateSpan:
    """Read a date as teachers write it: ``Summer 1941``, ``c. 1066?``, ``1939 - 1941``; and
    as ``language`` writes it, if given: ``verano de 1941``, ``8 марта 1917 г.``."""
    tokens = tokenize(source, language)
    if not tokens:
        raise DateError("the date is empty", forms_hint(language))
    relation = tokens.pop(0).word if tokens[0].kind == "relation" else None
    if not tokens:
        example = "between 1450 and 1460" if relation == "between" else f"{relation} 1928"
        example = f"{relation} 1928" if language is None else _as_written(language, example)
        raise DateError(
            f"{quote(source)} needs a date after it", hint=f"write {example}, for example"
        )
    joins = [index for index, token in enumerate(tokens) if token.kind in ("dash", "and", "or")]
    if not joins:
        if relation == "between":
            raise DateError(
                f"{quote(source)} names one date",
                hint=f"write {_as_written(language, 'between 1450 and 1460')}",
            )
        side = _read_side(tokens, source, language)
        return DateSpan(_build(side, language), relation=_RELATIONS[relation])
    if len(joins) > 1:
        raise DateError(
            f"{quote(source)} has more than one dash or 'to'",
            hint="a range joins two dates, as in "
            + _as_written(language, "1939 - 1941", "March 8 1917 - March 12 1917"),
        )
    join = tokens[joins[0]]
    before, after = tokens[: joins[0]], tokens[joins[0] + 1 :]
    if relation is None and join.kind == "dash":
        if before and not after:  # "1928–": from 1928 on
            side = _read_side(before, source, language)
            return DateSpan(_build(side, language), relation=Relation.FROM)
        if after and not before and join.text == "..":  # "..1928": until 1928
            side = _read_side(after, source, language)
            return DateSpan(_build(side, language), relation=Relation.UNTIL)
    if not before or not after:
        hint = f"a range needs a date on both sides, as in {_as_written(language, '1939 - 1941')}"
        if not before and [token.kind for token in after] == ["number"]:
            hint = f"for a year before Christ write {_as_written(language, f'{after[0].text} BC')}"
        raise DateError(f"{quote(source)} is missing a date on one side of the dash", hint)
    start, end = _read_side(before, source, language), _read_side(after, source, language)
    _share_parts(start, end, language)
    first = _build(start, language)
    if relation is None and join.kind == "dash" and (winter := _one_winter(start, end, first)):
        return DateSpan(winter)
    return DateSpan(
        first, _build(end, language), _joined_relation(relation, join.kind, source, language)
    )


def _joined_relation(
    relation: str | None, join: str, source: str, language: DateLanguage | None = None
) -> Relation:
    """What two dates joined by ``join`` (dash, and, or) after ``relation`` mean together."""
    if join == "or" and relation is None:
        return Relation.EITHER
    if relation == "between" and join in ("and", "dash"):
        return Relation.BETWEEN
    if join == "dash" and relation in (None, "from"):
        return Relation.ON
    forms = "1939 - 1941, from 1939 to 1941, between 1450 and 1460 or 1863 or 1864"
    if language is not None:
        forms = _as_written(language, "1939 - 1941", "between 1450 and 1460", "1863 or 1864")
    raise DateError(f"cannot read {quote(source)} as a date", hint=f"write {forms}")
