"""The assignments stage's learned fallback (extract/assign/learned.py, issue #13, stop 44): the model is data (JSON) and
predicts what the sklearn estimator it came from predicts; fitted on a few literal sentences it adds the row they teach
and none for a look-alike; with ``[assignments] learned_fallback`` off the stage gives the rules' rows alone."""
from __future__ import annotations

import json

import pytest

import extract
from extract.assign import learned, stage
from extract.assign.extractor import assignments_and_mentions, extract_assignments
from nlp import config

# a form the rules do not read as a task (a body 'lo liệu' / 'will take up' / 'se charge désormais de' a thing) and its
# look-alike (a body praised for it): the model learns the one from the other
TEACHING = {
    "vi": ("{b} lo liệu việc tiêm chủng cho trẻ em trong tháng này.", "{b} được khen thưởng vì việc tiêm chủng cho trẻ em."),
    "en": ("The {b} will take up the vaccination of children this month.", "The {b} was praised for the vaccination of children."),
    "fr": ("Le {b} se charge désormais de la vaccination des enfants ce mois-ci.",
           "Le {b} a été félicité pour la vaccination des enfants."),
}
BODIES = {
    "vi": ["Sở Y tế", "Sở Tài chính", "Bộ Công an"],
    "en": ["Ministry of Health", "Ministry of Finance", "Ministry of Public Security"],
    "fr": ["ministère de la Santé", "ministère des Finances", "ministère de la Sécurité publique"],
}
# a body the training never saw, and its id
UNSEEN = {"vi": ("Sở Xây dựng", "DOC"), "en": ("Ministry of Construction", "MOC"), "fr": ("ministère de la Construction", "MOC")}


def read(text: str, lang: str):
    doc = extract.document_from_text(text, lang=lang, stages=[])
    rows, mentions, sentences = assignments_and_mentions(doc.text, lang, doc.sentences)
    return doc.text, sentences, mentions, rows


def samples(text: str, lang: str, label: str) -> list[tuple[dict, str]]:
    clean, sentences, mentions, rows = read(text, lang)
    return [(f, label) for _, _, f in learned.candidates(clean, lang, sentences, mentions, rows)]


@pytest.fixture(scope="module")
def taught() -> learned.Model:
    data = []
    for lang, (task, praise) in TEACHING.items():
        for body in BODIES[lang]:
            data += samples(task.format(b=body), lang, "assignee") + samples(praise.format(b=body), lang, "none")
    x, y = [f for f, _ in data], [label for _, label in data]
    return learned.Model(learned.fit(x, y, min_count=1, c=10.0, threshold=0.6, trained_on=["literal"]))


@pytest.mark.parametrize("lang", sorted(TEACHING))
def test_the_rules_alone_read_neither_form(lang):
    body = UNSEEN[lang][0]
    for form in TEACHING[lang]:
        assert read(form.format(b=body), lang)[3] == []


@pytest.mark.parametrize("lang", sorted(TEACHING))
def test_the_taught_form_gets_a_row_and_its_look_alike_none(taught, lang):
    body, agency_id = UNSEEN[lang]
    task, praise = TEACHING[lang]
    clean, sentences, mentions, rows = read(task.format(b=body), lang)
    added = learned.learned_rows(clean, lang, sentences, mentions, rows, taught)
    assert [(a.agency_id, a.role, clean[a.start:a.end]) for a in added] == [(agency_id, "assignee", body)]
    clean, sentences, mentions, rows = read(praise.format(b=body), lang)
    assert learned.learned_rows(clean, lang, sentences, mentions, rows, taught) == []


def test_the_json_model_predicts_what_its_sklearn_estimator_predicts(taught, tmp_path):
    path = tmp_path / "model.json"
    path.write_text(json.dumps(taught.data), encoding="utf-8")
    again = learned.Model(json.loads(path.read_text(encoding="utf-8")))
    vectorizer, clf = again.estimator()
    features = [f for lang, (task, praise) in TEACHING.items() for form in (task, praise)
                for f, _ in samples(form.format(b=UNSEEN[lang][0]), lang, "none")]
    expected = clf.predict_proba(vectorizer.transform(features))
    for f, row in zip(features, expected):
        assert again.probabilities(f) == pytest.approx(list(row), abs=1e-9)
    assert list(clf.predict(vectorizer.transform(features))) == [
        again.classes[max(range(len(again.classes)), key=lambda i: again.probabilities(f)[i])] for f in features]


def test_the_committed_model_loads_and_predicts_as_its_estimator():
    model = learned.model()
    assert model is not None and set(model.classes) <= set(learned.CLASSES) and model.data["trained_on"]
    assert learned.MODEL_FILE.stat().st_size < 2_000_000
    vectorizer, clf = model.estimator()
    features = [f for lang, (task, praise) in TEACHING.items() for form in (task, praise)
                for f, _ in samples(form.format(b=UNSEEN[lang][0]), lang, "none")]
    for f, row in zip(features, clf.predict_proba(vectorizer.transform(features))):
        assert model.probabilities(f) == pytest.approx(list(row), abs=1e-9)


@pytest.fixture
def fallback_on(tmp_path):
    path = tmp_path / "settings.cfg"
    path.write_text("[assignments]\nlearned_fallback = on\n", encoding="utf-8")
    config.use_config(path)
    yield
    config.use_config(None)


TEXTS = [
    ("vi", "UBND tỉnh yêu cầu Sở Y tế chủ trì, phối hợp với Sở Tài chính rà soát trước ngày 15/3/2025. "
           "Sở Xây dựng lo liệu việc tiêm chủng cho trẻ em."),
    ("en", "The Prime Minister asked the Ministry of Health to review the rules. The Ministry of Finance was praised."),
    ("fr", "Le Premier ministre a chargé le ministère de la Santé de réviser les règles avant mars 2025."),
]


@pytest.mark.parametrize("lang, text", TEXTS)
def test_the_setting_off_gives_the_rules_rows(lang, text):
    assert not learned.learned_fallback_on()  # the default (nlp/settings.cfg), as the evaluation chose
    doc = extract.document_from_text(text, lang=lang, stages=[])
    assert extract_assignments(doc.text, lang, doc.sentences) == assignments_and_mentions(doc.text, lang, doc.sentences)[0]


@pytest.mark.parametrize("lang, text", TEXTS)
def test_the_setting_on_keeps_every_rules_row(fallback_on, lang, text):
    assert learned.learned_fallback_on()
    doc = extract.document_from_text(text, lang=lang, stages=[stage])
    rules = assignments_and_mentions(doc.text, lang, doc.sentences)[0]
    assert set(rules) <= set(doc.assignments)
    for a in doc.assignments:
        assert doc.text[a.start:a.end] == a.text == a.agency
