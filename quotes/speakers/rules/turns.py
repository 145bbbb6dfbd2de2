"""The resolver's rules for one shape of mention: interview turns. Run by
:class:`quotes.speakers.resolve.Resolver`, whose module describes the sieve and the salience
they share."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace

from quotes.claims.direct import ANSWER_TURN, QUESTION_TURN, interview_turn_paragraphs
from quotes.records import PERSON, Offsets
from quotes.speakers.registry.model import Entity
from quotes.speakers.resolution import (
    CERTAINTY,
    UNRESOLVED,
    Resolution,
)
from quotes.speakers.rules import RuleFamily


class TurnRules(RuleFamily):
    """Interview turns: the "A" of an answer and the "I" inside it."""

    #: the turns of the document (:meth:`transcript`), found the first time one is asked for
    _turns: tuple[list[int], list[bool], Entity | None] | None = None

    def turn(
        self, head: int, indices: list[int], exclude: Sequence[Offsets], chained: bool = True
    ) -> Resolution:
        """The "A" that opens an interview's answer (:func:`quotes.claims.direct.
        interview_turns`) is the person interviewed, as "I" in the answer is; the "Q" that
        opens a question is the interviewer, whom the text rarely names: unresolved."""
        if self.doc[head].text.rstrip(":.") == "Q":
            return UNRESOLVED
        return replace(
            self.interviewee(head), rule="interviewee", certainty=CERTAINTY["interviewee"]
        )

    def answer_label(self, head: int) -> bool:
        """Whether ``head`` is the "A" or "Q" label opening a turn of an interview."""
        tok = self.doc[head]
        if tok.text.rstrip(":.") not in ("A", "Q"):
            return False
        para = self.doc.paragraphs[tok.para]
        line = self.doc.text[para.start_char : para.end_char]
        turn = ANSWER_TURN if tok.text[0] == "A" else QUESTION_TURN
        return bool(turn.match(line)) and not line[: tok.start - para.start_char].strip()

    def interviewee(self, head: int) -> Resolution:
        """ "I" in the answer of a Q&A transcript ("Q: Do you ...? ¶ A: I think ...") is the
        person interviewed: the person the introduction before the first turn names most
        often (first named on a tie). Outside an answer turn, "I" is the writer: unresolved."""
        starts, answers, person = self.transcript()
        if person is None:
            return UNRESOLVED
        k = bisect.bisect_right(starts, self.doc[head].start) - 1
        if k < 0 or not answers[k]:
            return UNRESOLVED
        role = person.role
        return Resolution(person.name, PERSON, role, "pronoun", CERTAINTY["pronoun"], person)

    def transcript(self) -> tuple[list[int], list[bool], Entity | None]:
        """The turns of a Q&A transcript (start offset of each marked paragraph, whether it
        is an answer) and the person interviewed; no turns and None for other texts. A name
        that modifies a common noun ("the Harlan fraud trial") names the thing, not a person
        the introduction presents: it is not counted (`_names_a_thing`)."""
        if self._turns is not None:
            return self._turns
        turns = interview_turn_paragraphs(self.doc)
        starts = [self.doc.paragraphs[n].start_char for n, _ in turns]
        answers = [answer for _, answer in turns]
        person = None
        if turns:
            intro = self.doc.token_at(starts[0])
            counts: dict[Entity, int] = {}
            for m in self.reg.mentions_between(0, intro):
                if m.entity.type == PERSON and not self._names_a_thing(m.token):
                    counts[m.entity] = counts.get(m.entity, 0) + 1
            if counts:
                person = max(counts, key=lambda e: counts[e])  # dicts keep first-named order
        self._turns = (starts, answers, person)
        return self._turns

    def _names_a_thing(self, token: int) -> bool:
        """Whether a name's head ``token`` is a noun modifier of a common noun ("the Harlan
        fraud trial", "the Lee case"): a compound modifier classifies its head (Quirk et al.
        1985, 17.104), so the phrase is about the trial, not the person."""
        tok = self.doc[token]
        return tok.dep == "compound" and self.doc[tok.head].pos == "NOUN"
