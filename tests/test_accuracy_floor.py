"""An accuracy floor on PolNeAR dev, so that no change lands on main that loses accuracy.

The floors sit a little under the figures of docs/benchmarks.md (measured with
``python benchmarks/polnear_dev.py``), so a change that costs a few claims passes and a real
regression fails. The bars a release must meet are in ``quotes.evaluate.BARS``; the benchmark
reports them. Needs ``../shared/data/polnear/dev`` (CI has it; a user's clone does not, and the
test skips saying so). About a minute on two cores.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quotes.evaluate import evaluate

POLNEAR_DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear" / "dev"

#: Figure -> floor. Measured at the commit that set them: lenient .803, strict .699,
#: speaker .918, direct .975, mixed .922, indirect .669; nested claims left out: lenient .812.
FLOORS = {
    "lenient_f1": 0.78,
    "strict_f1": 0.67,
    "speaker_accuracy": 0.90,
    "recall_direct": 0.95,
    "recall_mixed": 0.90,
    "recall_indirect": 0.64,
}


@pytest.mark.polnear
@pytest.mark.slow
@pytest.mark.skipif(
    not POLNEAR_DEV.is_dir(),
    reason=f"the PolNeAR dev split is not at {POLNEAR_DEV} (it ships beside the project, "
    "not in a clone)",
)
def test_dev_scores_stay_above_their_floors(extractor) -> None:  # type: ignore[no-untyped-def]
    scores = evaluate(POLNEAR_DEV, extractor).scores.as_dict()
    low = {k: (round(scores[k], 3), floor) for k, floor in FLOORS.items() if scores[k] < floor}
    assert not low, f"below the floor (score, floor): {low}"
    assert scores["n_docs"] == 84
