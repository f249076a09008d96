"""Fitting text to slides: titles that shrink then wrap, bodies that continue on new slides.

Text is set as large as it fits. A title wraps onto two lines at the title size, then
shrinks, never below the title floor; a body shrinks from the body size down to the
smallest size the theme allows to stay on one slide, at most six lines to a slide.
A body that needs more slides stays at the body size and continues on following
slides (the caller numbers them "(2 of 3)"), cut at the ends of sentences and spread
evenly over them.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from lessonpress.model.text import Run
from lessonpress.renderers.deck.measure import NO_BREAK_SPACES, Line, Measurer
from lessonpress.renderers.deck.text import Block, split_block

Area = Callable[[int], tuple[float, float]]
"""Gives the width and height, in points, that text may fill on the n-th slide (from 0)."""

_EPSILON = 1e-6

TITLE_LINES = 2
"""The lines a title wraps onto before it shrinks."""

WIDTH_SLACK = 0.98
"""The share of a line's width text is measured against: PowerPoint and LibreOffice
round advances their own way, and a line measured to its last point may wrap there."""

_NARROW_ADVANCE = 0.45
"""A narrow average advance of a line's characters, in ems (prose averages about half an
em): how much of a long paragraph is wrapped to find a slide's lines. Text narrower
still is wrapped whole, which is exact, only slower."""

UNBREAKABLE_WORD = 12
"""A word with fewer letters than this is never broken between lines."""

KEPT_LINES = 2
"""The least lines of text a heading keeps below it on its slide."""

SHORT_BY = 2
"""The most lines a slide a heading opens is left short by to end at a sentence's end;
it is cut between lines rather than end half empty."""

_SENTENCE_END = re.compile(r"[.!?…][\"'’”»)\]]*\s+")
_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "st", "c", "ca", "vs", "no"})


@dataclass(frozen=True, slots=True)
class TitleFit:
    """A title's size, its number of lines and the height those take, in points."""

    size: float
    lines: int
    height: float
    fits: bool


@dataclass(frozen=True, slots=True)
class BodyFit:
    """A body's size and the blocks on each of its slides."""

    size: float
    slides: tuple[tuple[Block, ...], ...]


def sizes_between(largest: float, smallest: float) -> list[float]:
    """Whole-point sizes from ``largest`` down to ``smallest``, both included."""
    sizes = [largest]
    size = float(int(largest) if largest != int(largest) else largest - 1)
    while size > smallest + _EPSILON:
        sizes.append(size)
        size -= 1
    if smallest < largest - _EPSILON:
        sizes.append(smallest)
    return sizes


def fit_title(
    text: str,
    measurer: Measurer,
    width: float,
    height: float,
    sizes: tuple[float, float],
    bold: bool = True,
    max_lines: int = TITLE_LINES,
) -> TitleFit:
    """The size and lines of a title in a ``width`` × ``height`` point area.

    ``sizes`` are the largest and the smallest size. The title is set at the largest
    size on one line or wrapped onto ``max_lines``; only when that does not fit
    does it shrink, a point at a time, still on up to as many lines, and never below the
    smallest size, where it takes as many lines as it needs. A line never breaks inside
    a word shorter than :data:`UNBREAKABLE_WORD` letters.
    """
    largest, smallest = sizes
    runs = (Run(text, bold=bold),)
    width *= WIDTH_SLACK
    # A smaller size that breaks no word at all wins over a larger one that breaks a
    # long word; only when none does may a long word break.
    for longest_unbroken in (None, UNBREAKABLE_WORD):
        for size in sizes_between(largest, smallest):
            lines = measurer.wrap(runs, width, size)
            total = len(lines) * measurer.line_height(size)
            if (
                len(lines) <= max_lines
                and total <= height + _EPSILON
                and not breaks_inside_short_word(text, lines, longest_unbroken)
            ):
                return TitleFit(size, len(lines), total, True)
    lines = measurer.wrap(runs, width, smallest)
    total = len(lines) * measurer.line_height(smallest)
    return TitleFit(smallest, len(lines), total, total <= height + _EPSILON)


def breaks_inside_short_word(
    text: str, lines: Sequence[Line], letters: int | None = UNBREAKABLE_WORD
) -> bool:
    """Whether a line of ``lines`` ends inside a word of fewer than ``letters`` letters
    (inside any word, for None), or inside words joined by no-break spaces (a date)."""
    for line in lines[:-1]:
        cut = line.end
        if not 0 < cut < len(text) or _breakable(text[cut - 1]) or _breakable(text[cut]):
            continue
        start, end = cut, cut
        while start > 0 and not _breakable(text[start - 1]):
            start -= 1
        while end < len(text) and not _breakable(text[end]):
            end += 1
        token = text[start:end]
        if any(space in token for space in NO_BREAK_SPACES):
            return True
        if letters is None or sum(character.isalpha() for character in token) < letters:
            return True
    return False


def text_height(blocks: Sequence[Block], measurer: Measurer, width: float, size: float) -> float:
    """The height, in points, of ``blocks`` set at ``size`` in a column ``width`` points wide."""
    total = 0.0
    for index, block in enumerate(blocks):
        indent = block.indent_ems * size
        lines = len(measurer.wrap(block.runs, width * WIDTH_SLACK - indent, size))
        total += lines * measurer.line_height(size)
        if index:
            total += block.space_before * size
    return total


def fit_body(
    blocks: Sequence[Block],
    measurer: Measurer,
    area: Area,
    largest: float,
    smallest: float,
    max_lines: int | None = None,
    columns: int = 1,
    whole: bool = False,
) -> BodyFit:
    """Set ``blocks`` on one slide, as large as they fit there, or else at ``largest`` on
    as many slides as they need (a list kept ``whole``: on as few slides as the smallest
    size allows); with no more than ``max_lines`` lines in a column.

    With ``columns`` above one, each slide holds that many columns, and ``area`` and the
    fit's ``slides`` count columns, not slides. With ``whole``, a block that does not fit
    in the room left moves whole to the next column (see :func:`paginate`).
    """
    pages_by_size: dict[float, list[list[Block]]] = {}

    def pages(size: float) -> list[list[Block]]:
        if size not in pages_by_size:
            pages_by_size[size] = paginate(
                blocks, measurer, area, size, max_lines, whole, columns=columns
            )
        return pages_by_size[size]

    def slides(size: float) -> int:
        return -(-len(pages(size)) // columns)

    def count(paged: list[list[Block]]) -> int:
        return -(-len(paged) // columns)

    def balanced(size: float) -> BodyFit:
        # Spread the text so that no slide is left with a line or two: first every slide
        # takes fewer lines, as long as that needs no more slides; then, if the last one
        # is still less than half full, the one before it gives up its last sentences.
        chosen = pages(size)
        if max_lines is not None and len(chosen) > 1:
            for fewer in range(max_lines - 1, max_lines // 2, -1):
                trial = paginate(blocks, measurer, area, size, fewer, whole, columns=columns)
                if count(trial) > count(chosen):
                    break
                chosen = trial
            last = len(chosen) - 1

            def lines(paged: list[list[Block]], index: int) -> int:
                return _lines(paged[index], measurer, area(index)[0], size)

            for fewer in range(max_lines - 1, max_lines // 2 - 1, -1):
                if 2 * lines(chosen, last) >= max_lines:
                    break
                trial = paginate(
                    blocks, measurer, area, size, max_lines, whole, {last - 1: fewer}, columns
                )
                if len(trial) != len(chosen) or lines(trial, last - 1) < lines(trial, last):
                    break
                chosen = trial
        return BodyFit(size, tuple(tuple(page) for page in chosen))

    sizes = sizes_between(largest, smallest)
    if slides(largest) == 1:
        return balanced(largest)
    fewest = slides(sizes[-1])
    if fewest == 1:
        return balanced(largest_within(sizes, slides, 1))
    if whole:
        # A list takes as few slides as its smallest size allows, at the largest size
        # that needs no more.
        return balanced(largest_within(sizes, slides, fewest))
    return balanced(largest)


def largest_within(sizes: Sequence[float], slides: Callable[[float], int], count: int) -> float:
    """The largest of ``sizes`` (largest first) at which text takes no more than ``count``
    slides, the last size taking no more than that.

    Smaller type never takes more slides (its lines wrap no worse and a slide holds no
    fewer of them), so the sizes are bisected rather than each paginated in turn."""
    low, high = 0, len(sizes) - 1
    while low < high:
        middle = (low + high) // 2
        if slides(sizes[middle]) <= count:
            high = middle
        else:
            low = middle + 1
    return sizes[low]


def _lines(page: Sequence[Block], measurer: Measurer, width: float, size: float) -> int:
    """How many lines the blocks of one slide take at ``size`` in ``width`` points."""
    total = 0
    for block in page:
        indent = block.indent_ems * size
        total += len(measurer.wrap(block.runs, width * WIDTH_SLACK - indent, size))
    return total


def _breakable(character: str) -> bool:
    """Whether a line may break at ``character``: a space, but not a no-break space."""
    return character.isspace() and character not in NO_BREAK_SPACES


def paginate(
    blocks: Sequence[Block],
    measurer: Measurer,
    area: Area,
    size: float,
    max_lines: int | None = None,
    whole: bool = False,
    limits: Mapping[int, int] | None = None,
    columns: int = 1,
) -> list[list[Block]]:
    """Pour ``blocks`` at ``size`` onto as many slides as they need, with no more than
    ``max_lines`` lines (when given) on one slide.

    A paragraph that does not fit in the room left on a slide continues on the next one
    from the end of its last sentence that fits; when no sentence ends in that room, or
    when blocks are kept ``whole`` (the items of a list), it moves whole to the next
    slide. Only a paragraph longer than a whole slide is cut there: at a sentence's end,
    or between lines if one sentence is longer than the slide. ``limits`` gives some
    slides (by index) fewer lines than ``max_lines``.

    A heading or a lead-in ending in a colon (see :func:`introduces`) does not end a
    slide apart from what it introduces: it opens the next slide instead, when the one
    it leaves keeps more than :data:`KEPT_LINES` lines; otherwise the text below it is
    cut between lines. So is the text on a slide a heading opens, rather than end it
    half empty at a sentence more than :data:`SHORT_BY` lines above its foot.

    With ``columns`` above one, the "slides" are columns, that many to a slide; an item
    kept ``whole`` that is longer than a column starts in the first column of a slide
    when that keeps it on one slide, so that it reads down the columns of one slide
    rather than over two. A column left empty so is an empty list.
    """
    line_height = measurer.line_height(size)
    slides: list[list[Block]] = [[]]
    used_height = 0.0
    used_lines = 0

    def allowed_lines(index: int) -> int:
        if max_lines is None:
            return sys.maxsize
        return (limits or {}).get(index, max_lines)

    for number, block in enumerate(blocks):
        indent = block.indent_ems * size
        remaining: Block | None = block
        following = blocks[number + 1] if number + 1 < len(blocks) else None
        while remaining is not None and remaining.runs:
            width, height = area(len(slides) - 1)
            on_slide = bool(slides[-1])
            gap = remaining.space_before * size if on_slide else 0.0
            capacity = int((height - used_height - gap + _EPSILON) // line_height)
            capacity = min(capacity, allowed_lines(len(slides) - 1) - used_lines)
            lines = _wrap_start(measurer, remaining, width * WIDTH_SLACK - indent, size, capacity)
            most = min(max_lines or sys.maxsize, int((height + _EPSILON) // line_height))
            full = min(allowed_lines(len(slides) - 1), most)
            strands = False
            if following is not None and capacity >= len(lines):
                # The lines left on this slide, below the whole block, for what follows it.
                left_height = height - used_height - gap - len(lines) * line_height
                room_below = min(
                    capacity - len(lines),
                    int(
                        (left_height - following.space_before * line_height + _EPSILON)
                        // line_height
                    ),
                )
                strands = _strands(block, following, measurer, width, size, room_below, full)
            if strands:
                # A heading, or a lead-in to a list, would end the slide with what it
                # introduces on the next: it opens the next slide instead (a lead-in of
                # several sentences, its last), as long as this one keeps more than two lines.
                cut = sentence_cut(remaining, lines, len(lines) - 1) if len(lines) > 1 else None
                # Headings just above it go with it.
                carried: list[Block] = []
                while cut is None and len(slides[-1]) > 1 and introduces(slides[-1][-1]):
                    carried.insert(0, slides[-1].pop())
                carried_lines = [
                    len(
                        measurer.wrap(
                            piece.runs, width * WIDTH_SLACK - piece.indent_ems * size, size
                        )
                    )
                    for piece in carried
                ]
                kept = used_lines - sum(carried_lines)
                kept += sum(line.start < cut for line in lines) if cut else 0
                if kept > KEPT_LINES:
                    if cut is not None:
                        head, remaining = split_block(remaining, [cut])
                        slides[-1].append(head if slides[-1] else _without_gap(head))
                    slides.append([])
                    used_height, used_lines = 0.0, 0
                    for piece, count in zip(carried, carried_lines, strict=True):
                        gap_before = piece.space_before * size if slides[-1] else 0.0
                        slides[-1].append(piece if slides[-1] else _without_gap(piece))
                        used_height += gap_before + count * line_height
                        used_lines += count
                    continue
                slides[-1].extend(carried)
            column = (len(slides) - 1) % columns
            if (
                whole
                and column
                and remaining is block
                and not on_slide
                and 1 <= capacity < len(lines)
                and len(measurer.wrap(block.runs, width * WIDTH_SLACK - indent, size))
                <= capacity * columns
            ):
                slides += [[] for _ in range(columns - column)]
                continue
            if capacity >= len(lines) or (capacity < 1 and not on_slide):
                # All the rest fits; or not even one line fits on an empty slide, and
                # the rest is set there anyway rather than loop.
                slides[-1].append(remaining if on_slide else _without_gap(remaining))
                used_height += gap + len(lines) * line_height
                used_lines += len(lines)
                break
            cut = None
            if capacity >= 1 and not (whole and on_slide):
                cut = sentence_cut(remaining, lines, capacity)
            opened = on_slide and introduces(slides[-1][0])
            kept = used_lines + (sum(line.start < cut for line in lines) if cut else 0)
            if capacity >= 1 and (
                (cut is None and (not on_slide or introduces(slides[-1][-1])))
                or (opened and 2 * kept <= most and used_lines + capacity - kept > SHORT_BY)
            ):
                # A paragraph longer than a slide, or one that would leave a heading
                # or lead-in at the slide's foot, or the slide a heading opens half
                # empty, is cut between lines.
                cut = lines[capacity].start
            elif cut is None and not on_slide:
                cut = lines[capacity].start
            if cut is not None:
                head, remaining = split_block(remaining, [cut])
                slides[-1].append(head if on_slide else _without_gap(head))
            slides.append([])
            used_height, used_lines = 0.0, 0
    while len(slides) > 1 and not slides[-1]:
        slides.pop()
    return slides


def _strands(
    block: Block,
    following: Block,
    measurer: Measurer,
    width: float,
    size: float,
    room: int,
    full: int,
) -> bool:
    """Whether ``block``, set on a slide with ``room`` lines left below it (of ``full``
    lines to a slide), would end the slide apart from the text it introduces (see
    :func:`introduces`): a heading with fewer than :data:`KEPT_LINES` lines of its text
    below it, a lead-in without the first item of its list (whole, when the two fit on
    one slide) or as many lines of a paragraph."""
    if not introduces(block):
        return False
    indent = following.indent_ems * size
    room = max(room, 0)
    lines = _wrap_start(measurer, following, width * WIDTH_SLACK - indent, size, full)
    if len(lines) <= room:
        return False
    wanted = min(KEPT_LINES, len(lines))
    if following.level and not is_heading(block):
        own = len(measurer.wrap(block.runs, width * WIDTH_SLACK - block.indent_ems * size, size))
        if own + len(lines) <= full:
            wanted = len(lines)
    if room < wanted:
        return True
    cut = sentence_cut(following, lines, room)
    kept = 0 if cut is None else sum(1 for line in lines if line.start < cut)
    return kept < wanted


def introduces(block: Block) -> bool:
    """Whether ``block`` introduces what follows it, and so is not left at a slide's
    foot: a heading, or a lead-in ending in a colon."""
    return is_heading(block) or block.plain.rstrip().endswith(":")


def is_heading(block: Block) -> bool:
    """Whether ``block`` reads as a heading: a paragraph, not a list item, all bold."""
    runs = [run for run in block.runs if run.text.strip()]
    return not block.level and bool(runs) and all(run.bold for run in runs)


def _wrap_start(
    measurer: Measurer, block: Block, width: float, size: float, count: int
) -> list[Line]:
    """The lines of ``block`` wrapped at ``width``, exact for at least the first
    ``count`` + 1 of them; the rest of a long paragraph is left unwrapped (its lines are
    only ever wanted from the next cut on), so pouring it onto many slides stays linear.
    """
    window = round((max(count, 0) + 3) * width / (_NARROW_ADVANCE * size))
    total = sum(len(run.text) for run in block.runs)
    if total > 2 * window:
        head, _ = split_block(block, [window])
        lines = measurer.wrap(head.runs, width, size)
        # The last two lines may change where the cut falls inside a word.
        if len(lines) > count + 2:
            return lines[:-2]
    return measurer.wrap(block.runs, width, size)


def sentence_cut(block: Block, lines: Sequence[Line], count: int) -> int | None:
    """The offset in ``block`` of the end of the last sentence within its first ``count``
    ``lines`` that more text follows, or None if no sentence ends there."""
    text = block.plain
    limit = lines[count].start if count < len(lines) else len(text)
    # A piece shorter than a line (a lead-in such as "**Time.**") is not left alone.
    shortest = lines[0].end if len(lines) > 1 else 0
    cut = None
    for match in _SENTENCE_END.finditer(text, shortest, limit + 1):
        following = text[match.end() : match.end() + 2].lstrip("\"'‘“«([")
        if (
            match.end() > limit
            or not following
            or not (following[0].isupper() or following[0].isdigit())
        ):
            continue
        if _is_abbreviation(text[: match.start() + 1]):
            continue
        cut = match.start() + len(match.group().rstrip())
    return cut


def _is_abbreviation(text: str) -> bool:
    """Whether ``text`` ends in an abbreviation's full stop ("U.S.", "J.", "Dr.")."""
    word = text.rsplit(maxsplit=1)[-1] if text.strip() else ""
    if not word.endswith("."):
        return False
    bare = word.rstrip(".").lstrip("\"'‘“«([")
    return "." in bare or len(bare) == 1 or bare.casefold() in _ABBREVIATIONS


def _place(slides: list[list[Block]], pieces: Sequence[Block], piece_slides: Sequence[int]) -> None:
    """Put each piece of a paragraph on its slide; one that opens a slide loses its gap."""
    for piece, index in zip(pieces, piece_slides, strict=True):
        slide = slides[index]
        slide.append(piece if slide else _without_gap(piece))


def _without_gap(block: Block) -> Block:
    if not block.space_before:
        return block
    return replace(block, space_before=0.0)
