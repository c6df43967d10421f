"""Link labels come from the words around the URL, not from list markers or verbs."""

from __future__ import annotations

from digestbot.notes import parse_bytes
from digestbot.notes.links import extract_links


def test_label_is_the_subject_of_a_passive_sentence() -> None:
    text = ("The 2023 mapping by the Dynamic Coalition on Community Connectivity was "
            "mentioned as a good source (https://example.org/dc3).")
    (link,) = extract_links(text)
    assert link.url == "https://example.org/dc3"
    assert link.label == "Mapping by the Dynamic Coalition on Community Connectivity"


def test_label_has_no_bullet_marker() -> None:
    (link,) = extract_links("• Sign-up form draft: https://forms.example.org/x\n")
    assert link.label == "Sign-up form draft"


def test_an_apostrophe_inside_a_url_and_a_link_label_over_two_lines() -> None:
    text = ("- [complete house system hook-up @\n    YouTube](https://www.youtube.com/user/"
            "SuperHouseTV%7CGuy's)\n- see https://example.org/Bob's-page for more\n"
            "- quoted: 'https://example.org/quoted'\n")
    assert [link.url for link in extract_links(text)] == [
        "https://www.youtube.com/user/SuperHouseTV%7CGuy's",
        "https://example.org/Bob's-page", "https://example.org/quoted"]


def test_a_markdown_link_target_keeps_its_balanced_brackets() -> None:
    # CommonMark lets a link destination hold balanced parentheses (wiki page names).
    text = ("- Notes: [https://wiki.example.org/Features-(rev-3)]"
            "(https://wiki.example.org/Features-(rev-3))\n"
            "- [Paris (France)](https://en.example.org/wiki/Paris_(France)).\n"
            "- plain (see https://example.org/a_(b)) and (https://example.org/c)\n")
    assert [link.url for link in extract_links(text)] == [
        "https://wiki.example.org/Features-(rev-3)",
        "https://en.example.org/wiki/Paris_(France)",
        "https://example.org/a_(b)", "https://example.org/c"]
    assert extract_links(text)[1].label == "Paris (France)"


def test_a_url_written_with_markdown_backslash_escapes_is_read_unescaped() -> None:
    # Word and Google Docs exports to Markdown escape punctuation even inside a URL.
    text = ("Join: [https://meet\\-eu\\.example\\.com/j\\.php?MTID=m1]"
            "(https://meet-eu.example.com/j.php?MTID=m1)\n"
            "Folder: https://drive.example.com/open?usp=drive\\_link\n")
    assert [link.url for link in extract_links(text)] == [
        "https://meet-eu.example.com/j.php?MTID=m1",
        "https://drive.example.com/open?usp=drive_link"]


def test_a_markdown_label_over_two_lines_reads_as_one_line() -> None:
    text = ("Matthew [proposed a list of components to mark as\n"
            "  only receiving security fixes](https://example.org/pull/31).\n")
    (link,) = extract_links(text)
    assert link.label == "proposed a list of components to mark as only receiving security fixes"


def test_labels_lose_markup_around_them_and_markdown_escapes() -> None:
    text = ("<!--\nOriginal: https://pad.example.org/p/HTH\n-->\n\n"
            "* [ ] TODO: Update https://example.org/guides/links\n"
            "- see [the \\[draft\\] from 2023\\-02\\-21](https://docs.example.org/d/1)\n"
            "[x\n### [Issue Triage](https://example.org/issues?q=untriaged)\n")
    labels = [link.label for link in extract_links(text)]
    assert labels == ["Original", "TODO: Update", "the [draft] from 2023-02-21",
                      "Issue Triage"]


def test_a_markdown_link_target_with_backslash_escapes_is_one_link() -> None:
    text = ("# WG notes\n\n- View it here: [https://docs.google.com/file/d/1Mb\\_h2g/edit?a=b\\_c"
            "\\&t=p](https://docs.google.com/file/d/1Mb\\_h2g/edit?a=b\\_c\\&t=p).\n")
    assert [link.url for link in extract_links(text)] == [
        "https://docs.google.com/file/d/1Mb_h2g/edit?a=b_c&t=p"]


def test_underline_tags_and_escaped_hashes_leave_link_labels() -> None:
    notes = ("# Call, 11 March 2025\n\n- [<u>Community Group Membership</u>]"
             "(https://www.example.org/community/)\n\n"
             "### \\#107 [https://github.com/w3c/ppa/issues/107]"
             "(https://github.com/w3c/ppa/issues/107)\n")
    links = parse_bytes(notes.encode(), name="n.md").links
    assert [(link.url, link.label) for link in links] == [
        ("https://www.example.org/community/", "Community Group Membership"),
        ("https://github.com/w3c/ppa/issues/107", "#107")]


def test_a_wiki_link_to_a_path_with_spaces_keeps_only_its_label() -> None:
    session = parse_bytes(b"# Sprint\n\n## Actions\n\n"
                          b"- Add Definition of Done to [Git Flow](/Process/Git Flow)\n",
                          name="n.md")
    assert [f.task for f in session.follow_ups] == ["Add Definition of Done to Git Flow"]


def test_a_pandoc_span_inside_a_link_label() -> None:
    notes = ("# Minutes\n\nFeedback form: "
             "[[bit.ly/CSUA\\_feedback]{.underline}](http://bit.ly/CSUA_feedback)\n")
    links = parse_bytes(notes.encode(), name="m.md").links
    assert [(link.url, link.label) for link in links] == [
        ("http://bit.ly/CSUA_feedback", "bit.ly/CSUA_feedback")]


def test_a_possessive_after_a_bare_host_is_not_part_of_the_url() -> None:
    # A host name holds no apostrophe; a path may ("…/Guy's"), so that one stays.
    text = ("- The W3C’s process is at https://www.w3.org’s site, see also "
            "https://example.org's FAQ and https://example.org/Guy's page.\n")
    assert [link.url for link in extract_links(text)] == [
        "https://www.w3.org", "https://example.org", "https://example.org/Guy's"]


def test_a_path_pattern_keeps_its_star_unless_emphasis_closes_the_url() -> None:
    text = ("- The linter checks https://github.com/acme/site/tree/main/docs/* nightly.\n"
            "- **https://acme.example.org/handbook/**\n"
            "- *https://acme.example.org/wiki/*\n")
    assert [link.url for link in extract_links(text)] == [
        "https://github.com/acme/site/tree/main/docs/*",
        "https://acme.example.org/handbook/", "https://acme.example.org/wiki/"]


def test_a_space_written_as_a_character_reference_ends_a_url() -> None:
    # Editors' Markdown exports write spaces as "&nbsp;" or "&#x20;".
    text = ("- Agenda: https://example.org/agenda&nbsp;and the minutes "
            "https://example.org/minutes&#x20;\n- Query: https://example.org/s?a=1&b=2\n")
    assert [link.url for link in extract_links(text)] == [
        "https://example.org/agenda", "https://example.org/minutes",
        "https://example.org/s?a=1&b=2"]


def test_chinese_punctuation_ends_a_url() -> None:
    text = "- 会议记录：https://example.org/notes。下次会议见 https://example.org/next，谢谢\n"
    assert [link.url for link in extract_links(text)] == [
        "https://example.org/notes", "https://example.org/next"]
