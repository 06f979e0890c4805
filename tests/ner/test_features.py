"""Features: the clitic analysis, gazetteers and context reach the CRF as expected."""

from __future__ import annotations

from rasd.ner.features import Featurizer, context_key, fold, stack_features


def _feats(tokens: list[str]) -> list[list[str]]:
    return Featurizer().sentence(tokens)


def test_one_list_per_token_and_window() -> None:
    toks = ["قال", "الرئيس", "محمد", "في", "بغداد"]
    feats = _feats(toks)
    assert len(feats) == len(toks)
    assert "BOS" in feats[0] and "EOS" in feats[-1]
    assert any(f.startswith("-1n=") for f in feats[2])
    assert any(f.startswith("+1n=") for f in feats[2])


def test_gazetteers_through_clitics() -> None:
    feats = _feats(["وصل", "إلى", "لسوريا", "والعراق"])
    assert "G=country" in feats[2]
    assert "G=country" in feats[3]


def test_triggers_and_given_names() -> None:
    feats = _feats(["وزير", "الخارجية", "أسعد", "الشيباني"])
    assert "G=title" in feats[0]
    assert "G=given" in feats[2]
    assert "alY" in feats[3]  # al- ... -i family-name pattern


def test_multiword_place_and_quotes() -> None:
    feats = _feats(["في", "الولايات", "المتحدة", "و", "تنظيم", "“", "داعش", "”"])
    assert any(f.startswith("MB=") for f in feats[1])
    assert any(f.startswith("MI=") for f in feats[2])
    assert "qB" in feats[6]


def test_fold_matches_lemmatised_and_written_forms() -> None:
    assert fold("الفلسطينية") == fold("فلسطيني")
    assert context_key("ولبنان") == context_key("لبنان")


def test_stack_features_pool_the_document() -> None:
    sents = [["التقى", "بلير", "أمس"], ["وقال", "بلير", "إن"]]
    fz = Featurizer()
    base = [fz.sentence(s) for s in sents]
    first = [["O", "B-PER", "O"], ["O", "O", "O"]]
    out = stack_features(base, sents, first, window=5)
    assert "dm=PER" in out[1][1]
    assert "p1=O" in out[1][1]
    assert "dm=PER" not in out[0][1]  # its own label does not count as evidence


def test_cluster_features_for_words_seen_in_training_text() -> None:
    fz = Featurizer()
    if not fz.lex.clusters:
        return  # no cluster file built
    feats = fz.sentence(["أعلن", "الرئيس", "الأمريكي"])
    assert any(f.startswith("k0_32=") for f in feats[1])
    assert any(f.startswith("k-1_128=") for f in feats[1])
    assert any(f.startswith("k1_512=") for f in feats[1])


def test_name_words_of_real_people() -> None:
    # فرحان is a given name of many people, الجبوري a family name; neither is in the hand-written lists
    feats = _feats(["قال", "فرحان", "الجبوري", "إن", "الوضع", "هادئ"])
    assert any(f.startswith("nu=g") for f in feats[1])
    assert any(f.startswith("nu=f") for f in feats[2])
    assert "+1nu=f" in feats[1]  # the neighbour sees that a family name follows
    assert not any(f.startswith("nu=") for f in feats[3] + feats[4])  # function words and common nouns are not


def test_organization_lists_by_kind() -> None:
    # hand-written lists (data/lexicons/ner_orgs_*.txt), each its own feature
    feats = _feats(["فاز", "الزمالك", "على", "مانشستر", "يونايتد"])
    assert "G=club" in feats[1]
    assert "MB=club" in feats[3] and "MI=club" in feats[4]
    feats = _feats(["قالت", "وكالة", "الأنباء", "السعودية", "إن", "جامعة", "الأزهر", "وشركة", "أرامكو"])
    assert "MB=media" in feats[1]
    assert "MB=polorg" in feats[5]
    assert "G=biz" in feats[8]


def test_org_lists_leave_common_words_alone() -> None:
    # الوصل (a club) and الوفد (a party) fold to common words (arrived, delegation): not listed alone
    feats = _feats(["وصل", "الوفد", "إلى", "البيت"])
    assert not any(f.startswith("G=") and f[2:] in {"club", "biz", "media", "polorg"} for fs in feats for f in fs)


def test_real_people_lists() -> None:
    # data/lexicons/ner_persons_{public,culture}.txt: full names, and short forms news uses alone
    feats = _feats(["التقت", "كوندوليزا", "رايس", "روزفلت"])
    assert "MB=fper" in feats[1] and "MI=fper" in feats[2]
    assert "G=fper" in feats[3]


def _name_shape(feats: list[str]) -> int:
    return int(next(f for f in feats if f.startswith("nl="))[3:])


def test_name_shape_tells_transliterations_from_words() -> None:
    # data/lexicons/ner_name_shape.tsv (tools/ner/build_name_shape.py): foreign names none of the lists hold
    # are spelled unlike Arabic words; common nouns and verbs score low
    feats = _feats(["قال", "نيستلروي", "إن", "الحكومة", "والاقتصادية", "ماتيراتزي", "اجتماع"])
    names = [_name_shape(feats[i]) for i in (1, 5)]
    words = [_name_shape(feats[i]) for i in (3, 4, 6)]
    assert min(names) > max(words)
    assert min(names) >= 1 and max(words) <= -2
    assert not any(f.startswith("nl=") for f in feats[0] + feats[2])  # function words are left out
    assert "+1nl=" + str(names[0]) in feats[0]  # the neighbour sees a name-like word follow


def test_name_shape_file_is_what_its_builder_writes() -> None:
    # the shipped table is reproducible from rasd's own lists (no NER data): rebuilding gives the same bytes
    import importlib.util
    from pathlib import Path

    from rasd.data import path as data_path

    tool = Path(__file__).resolve().parents[2] / "tools" / "ner" / "build_name_shape.py"
    spec = importlib.util.spec_from_file_location("build_name_shape", tool)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    text, _ = module.build()
    assert text == data_path("lexicons", "ner_name_shape.tsv").read_text(encoding="utf-8")


def test_places_beyond_countries_and_cities() -> None:
    # data/lexicons/ner_places_geo.txt (version 10): regions and landmarks, one word or several
    feats = _feats(["انسحب", "من", "مرتفعات", "الجولان", "وإقليم", "كردستان"])
    assert "MB=geo" in feats[2] and "MI=geo" in feats[3]
    assert "MB=geo" in feats[4] and "MI=geo" in feats[5]  # the first word of a phrase may carry a clitic
    assert "G=geo" in _feats(["في", "الجولان"])[1]


def test_miscellaneous_names() -> None:
    # data/lexicons/ner_misc_names.txt (version 11): competitions, prizes, events, works
    feats = _feats(["فاز", "بجائزة", "نوبل", "للسلام", "قبل", "كأس", "العالم"])
    assert "MB=miscn" in feats[1] and "MI=miscn" in feats[2] and "MI=miscn" in feats[3]
    assert "MB=miscn" in feats[5] and "MI=miscn" in feats[6]
