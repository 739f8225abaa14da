"""Header lines met in the sixty-first session's copy: a page's relative day and time with a bar between
them, shared agency credits, and the header styles of Al Jazeera, Anadolu, Kyodo, Yonhap and of German,
French, Spanish, Italian and Portuguese sites. Tops written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from geoquote import parse_header

from ._header_helpers import top

_REF = dt.datetime(2026, 11, 29, 20, 0)


@pytest.mark.parametrize(
    ("line", "value"),
    [
        pytest.param("Today | 17:32", "2026-11-29T17:32:00", id="today-bar"),
        pytest.param("Yesterday | 5:32 pm", "2026-11-28T17:32:00", id="yesterday-bar-pm"),
        pytest.param("Heute · 10:15", "2026-11-29T10:15:00", id="heute-dot"),
        pytest.param("Hoy - 09:40", "2026-11-29T09:40:00", id="hoy-dash"),
        pytest.param("vandaag | 07:12", "2026-11-29T07:12:00", id="vandaag-bar"),
        # guards: the forms read before, and a bar before no time
        pytest.param("Today, 17:32", "2026-11-29T17:32:00", id="guard-comma"),
        pytest.param("Today at 5:32 pm", "2026-11-29T17:32:00", id="guard-at"),
        pytest.param("Today | 3 min read", "2026-11-29", id="guard-read-time"),
    ],
)
def test_a_bar_between_a_relative_day_and_its_time_keeps_the_time(line: str, value: str) -> None:
    """A page's date widget that prints the word for the day, a bar, a dot or a dash, then the time
    ("Today | 17:32") dates the article that day at that time, as "Today, 17:32" did."""
    header = parse_header(top("By Meera Nair", line), reference_date=_REF)
    assert header.published is not None and header.published.value == value


@pytest.mark.parametrize(
    ("lines", "value"),
    [
        pytest.param(
            ["Rahul Verma / TNN / Nov 29, 2026, 10:05 IST"], "2026-11-29T10:05:00+05:30", id="tnn-slash"
        ),
        pytest.param(["TNN | Nov 29, 2026, 10:05 IST"], "2026-11-29T10:05:00+05:30", id="tnn-alone"),
        pytest.param(
            ["By Asha Pillai, Deccan Herald", "Nov 29 2026, 14:05 IST"], "2026-11-29T14:05:00+05:30", id="dh"
        ),
        pytest.param(
            ["By Asha Pillai, Business Standard", "Nov 29 2026 | 2:05 PM IST"],
            "2026-11-29T14:05:00+05:30",
            id="bs",
        ),
        # guards: an Israeli outlet's IST, and an unlisted outlet's IST keeps no offset
        pytest.param(
            ["By Noa Segal, Haaretz", "Nov 29, 2026 14:05 IST"], "2026-11-29T14:05:00+02:00", id="guard-il"
        ),
        pytest.param(
            ["By Noa Segal, Coastal Herald", "Nov 29, 2026 14:05 IST"], "2026-11-29T14:05:00", id="guard-none"
        ),
    ],
)
def test_ist_under_the_times_news_network_and_other_indian_papers_is_india_s(
    lines: list[str], value: str
) -> None:
    """ "IST" under TNN, the Times of India's own news service, or another Indian paper (Deccan Herald,
    Business Standard) is India Standard Time, UTC+5:30, as it was under PTI or The Hindu."""
    header = parse_header(top(*lines))
    assert header.published is not None and header.published.value == value


@pytest.mark.parametrize(
    ("credit", "source"),
    [
        pytest.param("BNS/TBT Staff", "TBT", id="agency-slash-initials-staff"),
        pytest.param("AFP/Kyiv Post Staff", "Kyiv Post", id="agency-slash-paper-staff"),
        pytest.param("LETA / Riga Herald staff", "Riga Herald", id="agency-slash-unlisted-paper-staff"),
        # guards: the staff first, two agencies, an agency's desk
        pytest.param("Kyiv Post Staff/AFP", "Kyiv Post", id="guard-staff-first"),
        pytest.param("dpa/AFP", "dpa", id="guard-two-agencies"),
        pytest.param("Redacción / EFE", "EFE", id="guard-desk-agency"),
    ],
)
def test_an_outlet_s_staff_credited_beside_an_agency_is_the_source(credit: str, source: str) -> None:
    """A credit line of an agency and an outlet's staff ("BNS/TBT Staff", as The Baltic Times prints it)
    names the paper whose staff wrote the story from the agency's copy: the paper is the source, whichever
    comes first, as the first agency is when no staff is named."""
    header = parse_header(top(credit, "29.11.2026"))
    assert header.authors == ()
    assert header.source is not None and header.source.name == source


@pytest.mark.parametrize(
    ("credit", "authors", "source"),
    [
        pytest.param("By Anna Berg, Süddeutsche Zeitung", ["Anna Berg"], "Süddeutsche Zeitung", id="sz"),
        pytest.param("Von Jonas Weber, ZDF", ["Jonas Weber"], "ZDF", id="zdf"),
        pytest.param("Claire Dubois | France Télévisions", ["Claire Dubois"], "France Télévisions", id="ftv"),
        pytest.param("Par Claire Dubois, Radio France", ["Claire Dubois"], "Radio France", id="radio-france"),
        pytest.param("Por Lucía Martín, La Vanguardia", ["Lucía Martín"], "La Vanguardia", id="vanguardia"),
        pytest.param(
            "di Marco Rossi, Corriere della Sera", ["Marco Rossi"], "Corriere della Sera", id="corriere"
        ),
        pytest.param("Por Ana Souza, Folha de S.Paulo", ["Ana Souza"], "Folha de S.Paulo", id="folha"),
        pytest.param("RTVE", [], "RTVE", id="rtve-alone"),
        pytest.param("Rai News", [], "Rai News", id="rai-alone"),
        pytest.param("ORF", [], "ORF", id="orf-alone"),
        # guards: a writer alone, a listed paper as before, a person's name of two words
        pytest.param("Von Anna Berg", ["Anna Berg"], None, id="guard-writer-alone"),
        pytest.param("Par Claire Dubois, Le Monde", ["Claire Dubois"], "Le Monde", id="guard-listed"),
        pytest.param("Marco Rossi", ["Marco Rossi"], None, id="guard-bare-name"),
    ],
)
def test_german_french_spanish_italian_and_portuguese_outlets_are_never_persons(
    credit: str, authors: list[str], source: str | None
) -> None:
    """The public broadcasters and main papers of Germany, Austria, Switzerland, France, Spain, Italy,
    Portugal and Brazil credited beside a writer or alone over the date are the source, never a writer
    ("Par Claire Dubois, Radio France" gave the authors Claire Dubois and Radio France)."""
    header = parse_header(top(credit, "29.11.2026 14:05"))
    assert [a.name for a in header.authors] == authors
    assert (header.source.name if header.source else None) == source


@pytest.mark.parametrize(
    ("credit", "authors", "source"),
    [
        pytest.param("Anna Berg e Lusa", ["Anna Berg"], "Lusa", id="pt-agency"),
        pytest.param("Por Anna Berg e Lusa", ["Anna Berg"], "Lusa", id="por-pt-agency"),
        pytest.param(
            "di Marco Rossi e Corriere della Sera", ["Marco Rossi"], "Corriere della Sera", id="it-paper"
        ),
        pytest.param("Ayşe Demir ve Anadolu", ["Ayşe Demir"], "Anadolu", id="tr-agency"),
        pytest.param("Kasia Nowak i PAP", ["Kasia Nowak"], "PAP", id="pl-agency"),
        pytest.param("Jan de Vries en ANP", ["Jan de Vries"], "ANP", id="nl-agency"),
        # guards: two writers, and a surname of two words joined by "e"
        pytest.param(
            "di Marco Rossi e Giulia Bianchi", ["Marco Rossi", "Giulia Bianchi"], None, id="guard-two"
        ),
        pytest.param("Maria Sousa e Silva", ["Maria Sousa e Silva"], None, id="guard-one-name"),
    ],
)
def test_and_before_a_listed_agency_or_outlet_closing_the_credit_splits_it(
    credit: str, authors: list[str], source: str | None
) -> None:
    """The Italian and Portuguese "e", the Turkish "ve", the Polish "i" and the Dutch "en" before a listed
    agency's or outlet's name that closes the credit ("Anna Berg e Lusa") join the writer and the source, as
    they join two writers' names of two words; "Sousa e Silva" stays one name."""
    header = parse_header(top(credit, "29.11.2026"))
    assert [a.name for a in header.authors] == authors
    assert (header.source.name if header.source else None) == source


@pytest.mark.parametrize(
    ("line", "value"),
    [
        pytest.param("Actualizado Domingo, 29 noviembre 2026 - 14:05", "2026-11-29T14:05:00", id="es"),
        pytest.param("Updated Sunday, Nov 29 2026 - 14:05", "2026-11-29T14:05:00", id="en"),
        pytest.param("Aktualisiert Sonntag, 29.11.2026 - 14:05", "2026-11-29T14:05:00", id="de"),
        pytest.param("Pubblicato Domenica, 29 novembre 2026 - 14:05", "2026-11-29T14:05:00", id="it"),
        pytest.param("Atualizado Domingo, 29/11/2026 - 14:05", "2026-11-29T14:05:00", id="pt"),
        # guard: a weekday without a label was a date line already
        pytest.param("Domingo, 29 noviembre 2026 - 14:05", "2026-11-29T14:05:00", id="guard-weekday-alone"),
    ],
)
def test_a_date_label_and_a_weekday_are_no_dateline_place(line: str, value: str) -> None:
    """A date line that opens with its label and the weekday ("Actualizado Domingo, 29 noviembre 2026 -
    14:05", as El Mundo prints it) is a date line with its time, not a dateline whose place is "Actualizado
    Domingo" with the body starting at the time."""
    header = parse_header(top("Anna Berg", line))
    assert header.dateline is None
    assert header.published is not None and header.published.value == value
    assert header.body_start > 0 and top("Anna Berg", line)[header.body_start :].startswith("The government")


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        pytest.param(
            "(News Focus) Seoul weighs new port rules", "Seoul weighs new port rules", id="news-focus"
        ),
        pytest.param(
            "(Yonhap Interview) Envoy sees slow thaw", "Envoy sees slow thaw", id="agency-interview"
        ),
        pytest.param("(Yonhap Feature) Island ferries return", "Island ferries return", id="agency-feature"),
        pytest.param("(Movie Review) A quiet harbour drama", "A quiet harbour drama", id="review"),
        pytest.param(
            "(Lead) Seoul weighs new port rules", "Seoul weighs new port rules", id="lead-mixed-case"
        ),
        # guards: the capitals read before, a bracket inside a word, a kind of no story
        pytest.param("(2nd LD) Seoul weighs new port rules", "Seoul weighs new port rules", id="guard-caps"),
        pytest.param(
            "(Un)happy returns for coast towns", "(Un)happy returns for coast towns", id="guard-word"
        ),
        pytest.param(
            "(Video) Seoul weighs new port rules", "(Video) Seoul weighs new port rules", id="guard-video"
        ),
    ],
)
def test_a_story_kind_in_mixed_case_in_brackets_opening_the_headline_is_no_part_of_it(
    headline: str, title: str
) -> None:
    """A wire's tag in brackets before the headline that ends with a kind of story in mixed case ("(News
    Focus)", "(Yonhap Interview)", "(Movie Review)", as Yonhap prints them) is taken off the title, as
    "(LEAD)" and "(2nd LD)" in capitals were."""
    text = "\n\n".join(
        [headline, "By Kim Min-ji", "2026-11-29 14:05", "The ministry said it would act.", "More."]
    )
    header = parse_header(text)
    assert header.title is not None and header.title.text == title
    assert text[header.title.start : header.title.end] == title


@pytest.mark.parametrize(
    ("line", "byline", "source"),
    [
        pytest.param("Anadolu staff | 29.11.2026", "Anadolu staff", "Anadolu", id="agency-staff"),
        pytest.param("Anadolu staff  |29.11.2026 - Update : 29.11.2026", "Anadolu staff", "Anadolu", id="aa"),
        pytest.param("Reuters Staff | Published 29.11.2026", "Reuters Staff", "Reuters", id="labelled"),
        pytest.param("Kyiv Post Staff - 29.11.2026", "Kyiv Post Staff", "Kyiv Post", id="paper-staff-dash"),
        pytest.param("TBT Staff | 29.11.2026", "TBT Staff", "TBT", id="initials-staff"),
        # guards: a desk word alone names no outlet, an agency alone is the source as before
        pytest.param("News Staff | 29.11.2026", None, None, id="guard-news-staff"),
        pytest.param("Reuters | 29.11.2026", None, "Reuters", id="guard-agency-alone"),
    ],
)
def test_a_staff_credit_before_the_date_on_its_line_names_the_source(
    line: str, byline: str | None, source: str | None
) -> None:
    """An agency's or an outlet's staff credited before a separator and the date on one line ("Anadolu
    staff | 29.11.2026", the bar maybe touching the date as Anadolu prints it) is a byline naming nobody,
    with the agency or outlet as the source, as the same credit alone on its line was."""
    header = parse_header(top(line))
    assert header.authors == ()
    assert (header.byline.text if header.byline else None) == byline
    assert (header.source.name if header.source else None) == source
    assert header.published is not None and header.published.value == "2026-11-29"


def test_a_bar_touching_the_date_after_a_writer_keeps_the_writer() -> None:
    """A writer's name before a bar glued to the date ("Kemal Aydin  |29.11.2026") keeps the writer and the
    date, and names no source."""
    header = parse_header(top("Kemal Aydin  |29.11.2026 - Update : 30.11.2026"))
    assert [a.name for a in header.authors] == ["Kemal Aydin"]
    assert header.source is None
    assert header.updated is not None and header.updated.value == "2026-11-30"


@pytest.mark.parametrize(
    ("credit", "source"),
    [
        pytest.param("France 24 avec AFP", "France 24", id="fr"),
        pytest.param("Le Monde avec AFP et Reuters", "Le Monde", id="fr-two-agencies"),
        pytest.param("ZDF mit dpa", "ZDF", id="de"),
        pytest.param("RTVE con EFE", "RTVE", id="es"),
        pytest.param("Público com Lusa", "Público", id="pt"),
        pytest.param("Redazione con ANSA", "ANSA", id="it-desk"),
        # guards: the English word, and an outlet with one agency read as before
        pytest.param("France 24 with AFP", "France 24", id="guard-en"),
        pytest.param("Le Monde avec AFP", "Le Monde", id="guard-one-agency"),
    ],
)
def test_with_in_five_languages_joins_an_outlet_and_its_agencies(credit: str, source: str) -> None:
    """ "avec", "mit", "con" and "com" join an outlet or a desk and the agencies it wrote with, as "with"
    does ("ZDF mit dpa": the outlet is the source, nobody is named)."""
    header = parse_header(top(credit, "29.11.2026"))
    assert header.authors == ()
    assert header.byline is not None and header.byline.text == credit
    assert header.source is not None and header.source.name == source


@pytest.mark.parametrize(
    ("line", "published", "updated"),
    [
        pytest.param(
            "Publié aujourd’hui à 14h05, modifié à 15h10",
            "2026-11-29T14:05:00",
            "2026-11-29T15:10:00",
            id="fr",
        ),
        pytest.param(
            "Published today at 2:05 pm, updated at 3:10 pm",
            "2026-11-29T14:05:00",
            "2026-11-29T15:10:00",
            id="en",
        ),
        pytest.param("Today, 14:05 | Updated 15:10", "2026-11-29T14:05:00", "2026-11-29T15:10:00", id="bar"),
        pytest.param(
            "Published yesterday at 14:05 - Updated at 15:10",
            "2026-11-28T14:05:00",
            "2026-11-28T15:10:00",
            id="yesterday",
        ),
        # guards: no revision, and a revision alone
        pytest.param("Published today at 2:05 pm", "2026-11-29T14:05:00", None, id="guard-no-revision"),
        pytest.param(
            "Updated today at 15:10", "2026-11-29T15:10:00", "2026-11-29T15:10:00", id="guard-updated"
        ),
    ],
)
def test_a_revision_time_after_a_relative_day_is_that_day_s(
    line: str, published: str, updated: str | None
) -> None:
    """A revision's time printed right after a relative day and its time ("Publié aujourd'hui à 14h05,
    modifié à 15h10") is the revision of that day, as after a printed date; the English line of this shape
    was read as a short sentence and gave no date at all."""
    header = parse_header(top("Par Claire Dubois", line), reference_date=_REF)
    assert header.published is not None and header.published.value == published
    assert (header.updated.value if header.updated else None) == updated


@pytest.mark.parametrize(
    ("credit", "authors", "source"),
    [
        pytest.param("Von Anna Berg, ARD-Studio Brüssel", ["Anna Berg"], "ARD", id="studio"),
        pytest.param("Von Anna Berg, ARD-Hauptstadtstudio", ["Anna Berg"], "ARD", id="one-word"),
        pytest.param("Von Anna Berg, dpa-Korrespondentin", ["Anna Berg"], "dpa", id="agency"),
        pytest.param(
            "Von Anna Berg und Jonas Weber, ZDF-Studio Paris", ["Anna Berg", "Jonas Weber"], "ZDF", id="two"
        ),
        # guards: an outlet whose name holds the hyphen, writers' double given names
        pytest.param("Von Anna Berg, Ouest-France", ["Anna Berg"], "Ouest-France", id="guard-hyphen-name"),
        pytest.param(
            "Von Anna Berg, Anne-Marie Roth", ["Anna Berg", "Anne-Marie Roth"], None, id="guard-person"
        ),
        pytest.param(
            "By Anna Berg, Dawn-Marie Lee", ["Anna Berg", "Dawn-Marie Lee"], None, id="guard-outlet-word"
        ),
    ],
)
def test_an_outlet_joined_by_a_hyphen_to_its_newsroom_s_noun_is_the_source(
    credit: str, authors: list[str], source: str | None
) -> None:
    """A listed outlet or agency joined by a hyphen to a noun of its newsroom after the writer, as German
    credits print it ("Von Anna Berg, ARD-Studio Brüssel"), is the source by its own name, not the compound
    (before, the source "ARD-Studio Brüssel", or none for "ARD-Hauptstadtstudio")."""
    text = top(credit, "29.11.2026")
    header = parse_header(text)
    assert [a.name for a in header.authors] == authors
    assert (header.source.name if header.source else None) == source
    if header.source is not None:
        assert text[header.source.start : header.source.end] == header.source.text


@pytest.mark.parametrize(
    ("lines", "authors", "source"),
    [
        pytest.param(
            ["Claire Dubois", "Publié aujourd’hui à 14h05"], ["Claire Dubois"], None, id="guard-relative-date"
        ),
        pytest.param(
            ["Claire Dubois", "Publié aujourd’hui à 14h05, modifié à 15h10"],
            ["Claire Dubois"],
            None,
            id="relative-date-and-revision",
            marks=pytest.mark.xfail(
                strict=True,
                reason="a bare name is read as the writer over a relative date, not over one with a revision",
            ),
        ),
        pytest.param(
            ["Anna Berg | franceinfo", "29.11.2026"],
            ["Anna Berg"],
            "franceinfo",
            id="lower-case-brand-after-a-bar",
        ),
    ],
)
def test_a_writer_s_name_without_a_byline_word(
    lines: list[str], authors: list[str], source: str | None
) -> None:
    """A writer's name alone on its line over the date line, or before a bar and the outlet, is the byline
    (known gaps kept as strict xfails)."""
    header = parse_header(top(*lines), reference_date=_REF)
    assert [a.name for a in header.authors] == authors
    assert (header.source.name if header.source else None) == source
