"""Runs of numbered markers at one spot on the axis, bundled into one label.

A numbered timeline can crowd many events into one spot of its axis (a lesson's
dozens of events in the 1900s on an axis from 500 BC): drawn each with its own number
and leader, their markers pile up and their leaders meet in one wedge where no number
can be traced to its marker. Printed timelines then give the run one label: the
numbers "27–31" with one leader to one marker, the key listing every event of it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from lessonpress.layout.items import TimelineEvent

RUN_DASH = "\N{EN DASH}"
"""Between the first and last number of a bundled run, as in "27–31"."""


@dataclass(frozen=True, slots=True)
class Bundles:
    """The events to place, in time order, with runs bundled: for each bundle the keys
    of the events it stands for (the first of the run's its own), and for each numbered
    event or bundle its first and last number."""

    events: tuple[TimelineEvent, ...]
    numbers: Mapping[str, tuple[int, int]]
    starts: Mapping[str, float]
    """Each event's own start, before any bundling."""
    members: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def unbundled(cls, events: Sequence[TimelineEvent], numbers: Mapping[str, int]) -> Bundles:
        """``events`` as they are, ``numbers`` giving the number of each numbered one."""
        numbered = {key: (number, number) for key, number in numbers.items()}
        return cls(tuple(events), numbered, {event.key: event.start for event in events})

    def shown(self, labelled: Iterable[str]) -> set[str]:
        """The keys of every event labelled through the placed labels' keys
        ``labelled``: a bundle's label shows each event of its run."""
        return {member for key in labelled for member in self.members.get(key, (key,))}

    def bundled(self, rows: Sequence[Sequence[tuple[str, float]]], reach: float) -> Bundles:
        """These events with each run of numbered instants less than ``reach`` from the
        run's first as one event, at the middle of the run, its label the run's numbers.
        ``rows`` gives, row by row in time order, each event's key and position along
        its axis. Only consecutive numbers in one row join, so a labelled event or a bar
        between them parts a run."""
        by_key = {event.key: event for event in self.events}
        runs: list[list[tuple[TimelineEvent, float]]] = []
        for row in rows:
            runs.append([])
            for key, position in row:
                event = by_key[key]
                if runs[-1] and not self._joins(runs[-1], event, position, reach):
                    runs.append([])
                runs[-1].append((event, position))
        numbers = dict(self.numbers)
        members = dict(self.members)
        replaced: dict[str, TimelineEvent | None] = {}
        for run in filter(lambda run: len(run) > 1, runs):
            first, last = run[0][0], run[-1][0]
            low, high = self.numbers[first.key][0], self.numbers[last.key][1]
            keys = tuple(
                key for event, _ in run for key in self.members.get(event.key, (event.key,))
            )
            middle = (self.starts[keys[0]] + self.starts[keys[-1]]) / 2
            replaced[first.key] = replace(first, start=middle, title=f"{low}{RUN_DASH}{high}")
            replaced.update((event.key, None) for event, _ in run[1:])
            numbers[first.key] = (low, high)
            members[first.key] = keys
        events = tuple(
            shown for event in self.events if (shown := replaced.get(event.key, event)) is not None
        )
        return Bundles(events, numbers, self.starts, members)

    def _joins(
        self,
        run: list[tuple[TimelineEvent, float]],
        event: TimelineEvent,
        position: float,
        reach: float,
    ) -> bool:
        """Whether ``event`` at ``position`` continues ``run``: both numbered instants,
        the event's numbers next after the run's, and the event near the run's first."""
        first, first_position = run[0]
        last = run[-1][0]
        if not (self._bundleable(first) and self._bundleable(event)):
            return False
        follows = self.numbers[event.key][0] == self.numbers[last.key][1] + 1
        return follows and abs(position - first_position) < reach

    def _bundleable(self, event: TimelineEvent) -> bool:
        """A numbered instant that is not a key event (whose ring marks it alone)."""
        return event.key in self.numbers and not event.is_range and not event.highlight
