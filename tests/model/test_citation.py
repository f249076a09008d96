"""Sources in the one citation style: free text read into its parts, the bibliography and
short forms, and the same work listed once."""

from __future__ import annotations

import pytest

from lessonpress.model.citation import Citation, note, plain_text, read_free_text
from lessonpress.model.lesson import Lesson
from lessonpress.model.text import Run

KENNAN_TEXT = (
    "George F. Kennan. Russia and the West under Lenin and Stalin. Boston: Little, Brown, 1961."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            KENNAN_TEXT,
            Citation(
                "George F. Kennan",
                "Russia and the West under Lenin and Stalin",
                "Boston: Little, Brown, 1961",
            ),
        ),
        (  # initials and an abbreviation do not end a part
            "J. H. Parry. The Age of Reconnaissance. London: Weidenfeld and Nicolson, 1963.",
            Citation(
                "J. H. Parry", "The Age of Reconnaissance", "London: Weidenfeld and Nicolson, 1963"
            ),
        ),
        (
            "Office of the Historian, U.S. Department of State. The Tehran Conference. "
            "https://history.state.gov/milestones/1937-1945/tehran-conf",
            Citation(
                "Office of the Historian, U.S. Department of State",
                "The Tehran Conference",
                None,
                "https://history.state.gov/milestones/1937-1945/tehran-conf",
            ),
        ),
        # Text that does not read as author and title stays whole.
        ("Θουκυδίδης, Ἱστορίαι, 1.22.4.", Citation(text="Θουκυδίδης, Ἱστορίαι, 1.22.4.")),
        ("1066 and All That. Methuen.", Citation(text="1066 and All That. Methuen.")),
    ],
)
def test_free_text_is_read_into_its_parts(text: str, expected: Citation) -> None:
    assert read_free_text(text) == expected


def test_bibliography_form_italicises_only_the_title() -> None:
    keyed = Citation.of("Russia and the West under Lenin and Stalin", "George F. Kennan", "1961")
    assert keyed.bibliography == (
        Run("George F. Kennan. "),
        Run("Russia and the West under Lenin and Stalin", italic=True),
        Run(". "),
        Run("1961."),
    )
    assert plain_text(read_free_text(KENNAN_TEXT).bibliography) == KENNAN_TEXT
    assert Citation.of("Ἡρόδοτος, Ἱστορίαι, 7.228.").bibliography == (
        Run("Ἡρόδοτος, Ἱστορίαι, 7.228."),
    )


def test_a_note_cites_short_forms_joined_by_semicolons() -> None:
    works = [
        Citation.of("SPQR: A History of Ancient Rome", "Mary Beard", "2015"),
        Citation.of("Θουκυδίδης, Ἱστορίαι, 1.22.4."),
    ]
    assert note(works) == (
        Run("Mary Beard, "),
        Run("SPQR", italic=True),
        Run("; "),
        Run("Θουκυδίδης, Ἱστορίαι, 1.22.4"),
        Run("."),
    )


def test_the_same_work_given_twice_is_listed_once_as_the_fuller_entry() -> None:
    lesson = Lesson.model_validate(
        {
            "title": "T",
            "events": [
                {
                    "title": "A",
                    "date": "1917",
                    "sources": [
                        {
                            "title": "Russia and the West under Lenin and Stalin",
                            "author": "George F. Kennan",
                            "year": "1961",
                        }
                    ],
                }
            ],
            "sources": ["Dava Sobel. Longitude. New York: Walker, 1995.", KENNAN_TEXT.upper()],
        }
    )
    assert [source.citation for source in lesson.all_sources] == [
        "Dava Sobel. Longitude. New York: Walker, 1995.",
        KENNAN_TEXT.upper(),
    ]
