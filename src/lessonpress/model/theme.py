"""The theme model: fonts, colours and page settings that renderers ask for.

Every field has a default (the ``classic`` look), so a theme file names only what
it changes. Renderers never hard-code a colour or a size; they ask the theme.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator
from pydantic.json_schema import SkipJsonSchema
from pydantic_core import PydanticCustomError

from lessonpress.model.dates import OldStyleDates
from lessonpress.model.fields import Color, Text
from lessonpress.model.image_file import ImageFile
from lessonpress.model.pages import NAMED_PAGE_SIZES, Length, PageSize, PageSizeField

OKABE_ITO = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#D55E00",
    "#CC79A7",
    "#56B4E9",
    "#F0E442",
    "#000000",
)
"""Category colours that colour-blind readers can tell apart."""

MIN_HANDOUT_TEXT = (3.5 * 72, 5 * 72)
"""The least room, width and height in points, a handout page keeps inside its margins
for its date column, text and pictures."""

DEFAULT_FAMILY = "Source Sans 3"
"""Ships with lessonpress; its roman and italic alike cover Latin, Cyrillic and Greek, so
a paragraph in any of them keeps one face."""


class ThemeModel(BaseModel):
    """Base of the theme's models: immutable and strict about unknown keys."""

    model_config = ConfigDict(frozen=True, extra="forbid", coerce_numbers_to_str=True)


class FontSpec(ThemeModel):
    """A font family: a built-in family name, or font files relative to the theme file."""

    family: Text = DEFAULT_FAMILY
    regular: Text | None = None
    bold: Text | None = None
    italic: Text | None = None
    bold_italic: Text | None = None


class Fonts(ThemeModel):
    """The two families a theme uses."""

    heading: FontSpec = FontSpec()
    body: FontSpec = FontSpec()


class Colors(ThemeModel):
    """The theme's colours, each ``#rrggbb``."""

    primary: Color = "#1F4E79"
    secondary: Color = "#5B7083"
    accent: Color = "#B5470B"
    text: Color = "#1A1A1A"
    muted: Color = "#5F6368"
    background: Color = "#FFFFFF"
    surface: Color = "#EEF3F8"
    palette: tuple[Color, ...] = Field(default=OKABE_ITO, min_length=1)


class Margins(ThemeModel):
    """Page margins in points (written with units: ``0.75in``, ``19mm``)."""

    top: Length = 54.0
    right: Length = 54.0
    bottom: Length = 54.0
    left: Length = 54.0

    @model_validator(mode="before")
    @classmethod
    def _one_for_all(cls, value: object) -> object:
        if isinstance(value, int | float | str) and not isinstance(value, bool):
            return {side: value for side in ("top", "right", "bottom", "left")}
        return value


class HandoutSettings(ThemeModel):
    """The printed handout: paper, margins and body type size."""

    page_size: PageSizeField = PageSize("letter", *NAMED_PAGE_SIZES["letter"])
    margins: Margins = Margins()
    base_size: float = Field(default=10.5, ge=8, le=16)

    @field_validator("margins")
    @classmethod
    def _room_inside_margins(cls, margins: Margins, info: ValidationInfo) -> Margins:
        page = info.data.get("page_size")
        if page is None:  # the page size is wrong itself, and reported
            return margins
        width = page.width - margins.left - margins.right
        height = page.height - margins.top - margins.bottom
        if width < MIN_HANDOUT_TEXT[0] or height < MIN_HANDOUT_TEXT[1]:
            raise PydanticCustomError(
                "margins",
                "the margins leave {width} x {height} in for text on {page} paper",
                {
                    "width": f"{max(width, 0) / 72:.1f}",
                    "height": f"{max(height, 0) / 72:.1f}",
                    "page": page.name,
                    "hint": "leave at least 3.5 x 5 in: narrower margins or a larger page_size",
                },
            )
        return margins


class DeckSettings(ThemeModel):
    """The lecture deck: slide shape, an optional school template and type sizes."""

    aspect: Literal["16:9", "4:3"] = "16:9"
    template: Text | None = None
    font: Text = Field(
        default="Arial",
        description="The typeface named in the deck; teachers' machines must have it.",
    )
    title_size: float = Field(default=40, ge=18, le=72)
    body_size: float = Field(default=26, ge=14, le=48)
    min_body_size: float = Field(default=18, ge=12, le=48)
    long_text: Literal["continue", "notes"] = Field(
        default="continue",
        description="Where an event's text goes when it does not fit on its slide: on "
        "numbered slides, '(2 of 3)', or into the speaker notes after the first slide.",
    )

    @model_validator(mode="after")
    def _sizes_in_order(self) -> DeckSettings:
        if self.min_body_size > self.body_size:
            raise PydanticCustomError(
                "size_order",
                "min_body_size ({minimum}) is larger than body_size ({body})",
                {"minimum": self.min_body_size, "body": self.body_size, "hint": "lower it"},
            )
        return self


class PosterSettings(ThemeModel):
    """The wall poster: paper, orientation and how much larger than the design its text
    is set (the title apart)."""

    page_size: PageSizeField = PageSize("tabloid", *NAMED_PAGE_SIZES["tabloid"])
    orientation: Literal["landscape", "portrait"] = "landscape"
    text_scale: float = Field(default=1.0, ge=1.0, le=2.0)


class Theme(ThemeModel):
    """A complete, resolved theme (``extends`` already merged)."""

    name: Text = "custom"
    description: Text = ""
    fonts: Fonts = Fonts()
    colors: Colors = Colors()
    large_fills: bool = Field(
        default=True,
        description="Whether tinted boxes and bands may be drawn; false saves ink.",
    )
    grayscale: bool = Field(
        default=False,
        description="Whether every colour, a lesson's own included, prints as a gray.",
    )
    old_style_dates: OldStyleDates = Field(
        default="both",
        description="How a day written Old Style (Julian) is shown: in both calendars, "
        "'November 7, 1917 (October 25 O.S.)', or as its New Style day alone.",
    )
    logo: Text | None = None
    logo_image: SkipJsonSchema[ImageFile | None] = Field(default=None, exclude=True)
    """The logo's verified bytes and size, filled in by the theme loader."""
    handout: HandoutSettings = HandoutSettings()
    deck: DeckSettings = DeckSettings()
    poster: PosterSettings = PosterSettings()
    source_file: SkipJsonSchema[Path | None] = Field(default=None, exclude=True)

    def category_colors(
        self, category_ids: list[str], given: dict[str, str | None]
    ) -> dict[str, str]:
        """Each category's colour: its own, else the palette's next colour in order."""
        colors: dict[str, str] = {}
        palette_index = 0
        for category_id in category_ids:
            own = given.get(category_id)
            if own:
                colors[category_id] = own
            else:
                colors[category_id] = self.colors.palette[palette_index % len(self.colors.palette)]
                palette_index += 1
        return colors
