"""Rules found on texts of other styles (session 24, styles10): a UK story in single quotes,
a South African coalition story, a defence briefing, a court-room transcript in "Q:" / "A:"
lines, a wire round-up, a campaign-trail feature.

Each test fails on the code before its rule; each has a hard negative. Sentences written for
these tests; each runs the whole extractor on a real parse.
"""

from __future__ import annotations

from claim_rows import row_holding

import quotes


def _row(extractor: quotes.Extractor, text: str, words: str):  # type: ignore[no-untyped-def]
    return row_holding(extractor.extract(text), words)


# --- a court transcript: the witness is the person interviewed, not the trial's name -------

TRIAL = (
    "Second day of the Marsh bribery trial: the accountant's evidence\n\n"
    "The first witness, accountant Nora Bell, gave evidence on Tuesday.\n\n"
    "Q: Who signed the cheques?\n\n"
    "A: I signed most of them myself.\n\n"
    "Q: On whose orders?\n\n"
    "A: The director told me to."
)


def test_a_name_modifying_the_trial_is_not_the_witness(extractor: quotes.Extractor) -> None:
    assert _row(extractor, TRIAL, "signed most of them").speaker == "Nora Bell"
    assert _row(extractor, TRIAL, "director told me").speaker == "Nora Bell"


def test_the_person_the_introduction_presents_still_answers(extractor: quotes.Extractor) -> None:
    # hard negative: a name written as a person (not modifying a noun) still counts
    text = TRIAL.replace(
        "The first witness, accountant Nora Bell,", "The defendant, Tom Marsh, and Nora Bell"
    ).replace("Tom Marsh, and Nora Bell gave", "Tom Marsh, gave")
    assert _row(extractor, text, "signed most of them").speaker == "Tom Marsh"


# --- military ranks: the abbreviated title is the rank spelled out later (role_synonyms.txt) -


def test_the_captain_is_the_one_titled_capt(extractor: quotes.Extractor) -> None:
    text = (
        "Capt. Jo Ramirez said the convoy had been delayed by floods. Later the captain said "
        "the road north was open again."
    )
    row = _row(extractor, text, "road north was open")
    assert row.speaker == "Jo Ramirez"
    assert row.speaker_role == "Capt."


def test_a_major_general_is_the_general_and_a_sergeant_the_sergeant(
    extractor: quotes.Extractor,
) -> None:
    text = (
        "Maj. Gen. Ola Brandt briefed reporters at the base. The general said the exercise "
        "would end on Friday. Sgt. Ben Tully told the crowd the band would play. The sergeant "
        "said the tickets were free."
    )
    assert _row(extractor, text, "exercise would end").speaker == "Ola Brandt"
    assert _row(extractor, text, "tickets were free").speaker == "Ben Tully"


def test_the_sergeant_is_not_another_office_holder(extractor: quotes.Extractor) -> None:
    # hard negative: no one titled a sergeant, so the mayor named before is not the sergeant
    text = "Mayor Ann Roe said the patrol was late. The sergeant said it had been ambushed."
    assert _row(extractor, text, "had been ambushed").speaker != "Ann Roe"


# --- a court transcript: the writer's narration between the turns ends the answer ----------

CROSS = (
    "The accountant Nora Bell gave evidence on Tuesday.\n\n"
    "Q: Who signed the cheques?\n\n"
    "A: I signed most of them myself.\n\n"
    "Under cross-examination, defence lawyer Ray Cole suggested that Ms Bell had forged "
    "the signatures.\n\n"
    "Q: You kept the cheque book at home, did you not?\n\n"
    "A: Only for a week.\n\n"
    "The auditor, Tom Reed, warned me about it later.\n\n"
    "Q: When?\n\n"
    "A: In May."
)


def test_narration_between_turns_is_no_part_of_the_answer(extractor: quotes.Extractor) -> None:
    claims = extractor.extract(CROSS)
    answers = claims[claims["rule"].str.startswith("interview_answer")]
    assert not answers["quote"].str.contains("forged").any()
    assert _row(extractor, CROSS, "forged the signatures").speaker == "Ray Cole"


def test_an_answer_naming_someone_to_me_runs_on(extractor: quotes.Extractor) -> None:
    # hard negative: a paragraph in the first person is still the witness's answer
    claims = extractor.extract(CROSS)
    answers = claims[claims["rule"].str.startswith("interview_answer")]
    assert answers["quote"].str.contains("warned me about it").any()


# --- a rank is held beside a post: it rules out no office the lead describes ---------------


def test_the_described_delegate_is_the_officer_named_next(extractor: quotes.Extractor) -> None:
    text = (
        "The deputy head of the Norwegian delegation said the exercises should stop.\n\n"
        '"We want calm," Rear Admiral Karl Weber told reporters.'
    )
    assert _row(extractor, text, "exercises should stop").speaker == "Karl Weber"


def test_the_described_delegate_is_not_a_mayor_named_next(extractor: quotes.Extractor) -> None:
    # hard negative: an office, not a rank, still rules the person named next out
    text = (
        "The deputy head of the Norwegian delegation said the exercises should stop.\n\n"
        '"We want calm," Mayor Karl Weber told reporters.'
    )
    assert _row(extractor, text, "exercises should stop").speaker != "Karl Weber"
