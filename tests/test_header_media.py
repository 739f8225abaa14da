"""Header parsing of text dumps from other media: a fifth case table, written for these tests.

Every row is an invented article top (headlines, names and events made up) as news apps, aggregators,
e-mail newsletters, feed readers and PDF exports print it as plain text: the medium's furniture over the
headline, field labels before it, senders and links under it, photo credits near it, and wire copy of more
agencies. The expected fields are what a careful reader extracts; the last rows are known gaps, kept as
strict expected failures.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from .test_header import assert_fields, assert_spans_round_trip

REF = dt.datetime(2026, 11, 29, 12, 0)
_LEAD = "The district council voted on Monday to keep the night buses running through the winter.\n"

CASES: list[Any] = [
    # --- a field's label or a wire's tag before the headline
    pytest.param(
        "Subject: Weekend Digest: Dock strike ends in Hull\nDate: Sat, 28 Nov 2026 07:00:12 +0000\n\n"
        + _LEAD,
        {"title": "Weekend Digest: Dock strike ends in Hull", "published": "2026-11-28T07:00:12+00:00"},
        id="e-mail-subject-label",
    ),
    pytest.param(
        "Betreff: Neue Regeln für Balkonkraftwerke\n\nDie Stadt hat am Montag neue Regeln beschlossen.\n",
        {"title": "Neue Regeln für Balkonkraftwerke"},
        id="de-betreff-label",
    ),
    pytest.param(
        "Title: Glacier retreat speeds up in the Andes\nPublished: Fri, 27 Nov 2026 10:15:00 GMT\n"
        "Author: Rosa Quispe\n\n" + _LEAD,
        {"title": "Glacier retreat speeds up in the Andes", "authors": ["Rosa Quispe"]},
        id="feed-item-title-label",
    ),
    pytest.param(
        "(LEAD) Rail workers vote to accept new contract\n\nBy Lee Hae-jin\n\n"
        "SEOUL, Nov. 27 (Yonhap) -- Rail workers voted on Friday to accept the contract.\n",
        {"title": "Rail workers vote to accept new contract", "authors": ["Lee Hae-jin"], "place": "SEOUL"},
        id="wire-tag-in-brackets",
    ),
    pytest.param(
        "(2nd LD) Court rules on port land dispute\n\n"
        "BUSAN, Nov. 26 (Yonhap) -- A court ruled on Thursday in a long dispute over port land.\n",
        {"title": "Court rules on port land dispute", "source": "Yonhap"},
        id="wire-tag-with-an-ordinal",
    ),
    pytest.param(
        "(Un)common ground: how two villages share a well\nBy Ada Finch\nNovember 20, 2026\n\n" + _LEAD,
        {"title": "(Un)common ground: how two villages share a well"},
        id="brackets-in-lower-case-are-the-headline",
    ),
    # --- the medium's furniture over the headline
    pytest.param(
        "View this email in your browser\nTHE HARBOUR LETTER\nWhy ferry fares keep rising on the islands\n"
        "By Oona Whelan\nNovember 23, 2026\n\n" + _LEAD,
        {"title": "Why ferry fares keep rising on the islands", "authors": ["Oona Whelan"]},
        id="view-in-browser-and-a-masthead",
    ),
    pytest.param(
        "Having trouble viewing this email? Click here\nSchools brace for a winter of closures\n"
        "By Tariq Benali\nNovember 24, 2026\n\n" + _LEAD,
        {"title": "Schools brace for a winter of closures", "published": "2026-11-24"},
        id="trouble-viewing-line",
    ),
    pytest.param(
        "Google News\nFull coverage\nBridge repairs to close the ring road for a month\n"
        "By Ivo Marek\nNov 25, 2026\n\n" + _LEAD,
        {"title": "Bridge repairs to close the ring road for a month", "authors": ["Ivo Marek"]},
        id="news-app-and-its-button",
    ),
    pytest.param(
        "THE VALLEY GAZETTE        Page 2 of 6\nMonday, November 23, 2026\n"
        "Quarry expansion plan goes to a vote\nBy Hugh Tennant\n\n" + _LEAD,
        {"title": "Quarry expansion plan goes to a vote", "published": "2026-11-23"},
        id="pdf-running-head-and-date",
    ),
    pytest.param(
        "Following the river: a week on the last ferry\nBy Nell Ashdown\nNovember 22, 2026\n\n" + _LEAD,
        {"title": "Following the river: a week on the last ferry"},
        id="furniture-word-opening-a-headline-is-the-headline",
    ),
    pytest.param(
        "Apple News\nThe Atlantic\nThe slow return of the night train\nBy Vera Holt\nNovember 20, 2026\n\n"
        + _LEAD,
        {"title": "The slow return of the night train", "source": "The Atlantic", "authors": ["Vera Holt"]},
        id="listed-outlet-under-a-news-app-is-the-source",
    ),
    pytest.param(
        "The Atlantic\nEurope\nThe slow return of the night train\nNovember 20, 2026\n\n"
        "The night train is back on three routes, the operator said. (AFP)\n",
        {"title": "The slow return of the night train", "source": "AFP"},
        id="an-agency-signing-off-comes-before-the-masthead",
    ),
    pytest.param(
        "Lakeside Courier\nHeadlines\nThe slow return of the night train\nNovember 20, 2026\n\n" + _LEAD,
        {"title": "The slow return of the night train", "source": None},
        id="an-unlisted-masthead-names-no-source",
    ),
    # --- a sender, a link: no standfirst
    pytest.param(
        "Subject: Your morning read\nFrom: The Coastline Brief <hello@coastline.example>\n"
        "Date: Wed, 25 Nov 2026 06:30:00 +0000\n\n" + _LEAD,
        {"title": "Your morning read", "subtitle": None, "source": "The Coastline Brief"},
        id="e-mail-sender-is-the-source",
    ),
    pytest.param(
        "Subject: Notes from the budget hearing\nFrom: Mira Castell <mira@letters.example>\n"
        "Date: Wed, 25 Nov 2026 06:30:00 +0000\n\n" + _LEAD,
        {"title": "Notes from the budget hearing", "subtitle": None, "authors": ["Mira Castell"]},
        id="e-mail-sender-who-is-a-person",
    ),
    pytest.param(
        "Title: Old mill becomes a library\nLink: https://example.org/2026/11/old-mill-library\n"
        "Published: Thu, 26 Nov 2026 09:00:00 GMT\n\n" + _LEAD,
        {"title": "Old mill becomes a library", "subtitle": None, "published": "2026-11-26T09:00:00+00:00"},
        id="feed-item-link-is-no-standfirst",
    ),
    pytest.param(
        "<entry>\ntitle: Lighthouse keepers return to the cape\nupdated: 2026-11-23T16:40:00Z\n"
        "dc:creator: Ansel Brook\n\n" + _LEAD,
        {
            "title": "Lighthouse keepers return to the cape",
            "authors": ["Ansel Brook"],
            "updated": "2026-11-23T16:40:00+00:00",
        },
        id="feed-entry-dumped-with-its-tag-and-lower-case-fields",
    ),
    pytest.param(
        "From: Harbour Brief <brief@harbour.example>\nSent: Wednesday, November 25, 2026 6:02 AM\n"
        "To: reader@example.org\nSubject: Dredging to start in the spring\n\n" + _LEAD,
        {
            "title": "Dredging to start in the spring",
            "source": "Harbour Brief",
            "published": "2026-11-25T06:02:00",
        },
        id="e-mail-header-block-over-its-subject",
    ),
    pytest.param(
        "From: Laura Pell <letters@harbour.example>\nSent: Wednesday, November 25, 2026 6:02 AM\n"
        "Subject: What the dredging plan leaves out\n\n" + _LEAD,
        {"title": "What the dredging plan leaves out", "authors": ["Laura Pell"], "source": None},
        id="e-mail-sender-with-a-given-name-is-the-author",
    ),
    pytest.param(
        "Von: Hafenbrief <brief@hafen.example>\nGesendet: Mittwoch, 25. November 2026 06:02\n"
        "An: leser@example.org\nBetreff: Ausbaggern beginnt im Frühjahr\n\n" + _LEAD,
        {"title": "Ausbaggern beginnt im Frühjahr", "published": "2026-11-25T06:02:00"},
        id="de-e-mail-header-block",
    ),
    pytest.param(
        "Date: a new chapter for the old harbour\nBy Rhea Dunn\nNovember 25, 2026\n\n" + _LEAD,
        {"title": "Date: a new chapter for the old harbour"},
        id="a-mail-label-without-a-subject-under-it-is-the-headline",
    ),
    pytest.param(
        "2 | THE HARBOUR GAZETTE | WEDNESDAY, NOVEMBER 25, 2026\nPort expansion approved by council\n"
        "By Rhea Dunn\n\n" + _LEAD,
        {"title": "Port expansion approved by council", "published": "2026-11-25", "authors": ["Rhea Dunn"]},
        id="pdf-running-head-with-its-page-number",
    ),
    pytest.param(
        "Title: Port expansion approved\nDescription: The council voted in favour after months of debate.\n"
        "PubDate: Wed, 25 Nov 2026 06:02:00 GMT\n\n" + _LEAD,
        {"subtitle": "The council voted in favour after months of debate."},
        id="feed-description-is-the-standfirst-without-its-label",
    ),
    # --- credits under the headline that are no standfirst
    pytest.param(
        "Harbour wall to be rebuilt in spring\nPhoto by Selma Årdal\nBy Piet Vandam\nNov. 21, 2026\n\n"
        + _LEAD,
        {"subtitle": None, "authors": ["Piet Vandam"]},
        id="photo-by-line-is-no-standfirst",
    ),
    pytest.param(
        "Snow closes mountain passes\nDrivers waited for hours at the barrier on Sunday. "
        "Photo: Rui Bento/AFP\nBy Clara Inês\nNovember 22, 2026\n\n" + _LEAD,
        {"subtitle": None, "authors": ["Clara Inês"], "published": "2026-11-22"},
        id="caption-closed-by-its-credit-is-no-standfirst",
    ),
    pytest.param(
        "Snow closes mountain passes\nDrivers were told to wait until the ploughs had cleared the road\n"
        "By Clara Inês\nNovember 22, 2026\n\n" + _LEAD,
        {"subtitle": "Drivers were told to wait until the ploughs had cleared the road"},
        id="standfirst-without-a-credit-stays",
    ),
    # --- the outlet an aggregator credits
    pytest.param(
        "Copper hits a two-year high\nReuters via Yahoo Finance\nNov 26, 2026 · 2 min read\n\n" + _LEAD,
        {"subtitle": None, "source": "Reuters", "published": "2026-11-26"},
        id="agency-via-aggregator",
    ),
    pytest.param(
        "Fishing fleet stays in port as storm nears\nfrom The Straits Times\nWen Li Ong · 4h\n\n" + _LEAD,
        {"source": "The Straits Times", "authors": ["Wen Li Ong"]},
        id="from-outlet-and-a-name-with-an-app-age-stamp",
    ),
    pytest.param(
        "Tram line extension approved by council\nAl Jazeera · 5 hours ago\n\n" + _LEAD,
        {"source": "Al Jazeera", "published": "2026-11-29T07:00:00"},
        id="outlet-and-a-relative-date-after-a-middle-dot",
    ),
    pytest.param(
        "Tram line extension approved by council\nFunded via a new levy on parking, officials said\n"
        "By Ola Berg\nNov 26, 2026\n\n" + _LEAD,
        {"subtitle": "Funded via a new levy on parking, officials said", "source": None},
        id="via-in-a-standfirst-credits-no-outlet",
    ),
    # --- bylines
    pytest.param(
        "Dam inspection finds new cracks\nAssociated Press\nUpdated Fri, November 27, 2026 at 9:05 AM\n\n"
        "By ODETTE RAMIREZ\n\nFRESNO, Calif. (AP) — Inspectors found new cracks in the spillway on Friday.\n",
        {"authors": ["Odette Ramirez"], "source": "Associated Press", "byline": "ODETTE RAMIREZ"},
        id="by-line-under-the-agency-line-and-the-date",
    ),
    pytest.param(
        "Dam inspection finds new cracks\nEFE\nBy Lucía Navarro\n27 Nov 2026\n\n" + _LEAD,
        {"authors": ["Lucía Navarro"], "source": "EFE"},
        id="by-line-right-under-an-agency-line",
    ),
    pytest.param(
        "Insurers brace for a costly storm season\n"
        "By Greta Holm, Insurance Correspondent | Yusuf Demir, Markets Editor\nNovember 25, 2026\n\n" + _LEAD,
        {"authors": ["Greta Holm", "Yusuf Demir"]},
        id="two-names-each-with-a-title-between-bars",
    ),
    pytest.param(
        "Insurers brace for a costly storm season\nBy Greta Holm, Insurance Correspondent | Kansas City\n"
        "November 25, 2026\n\n" + _LEAD,
        {"authors": ["Greta Holm"]},
        id="a-place-after-the-bar-is-no-second-name",
    ),
    pytest.param(
        "Insurers brace for a costly storm season\nBy Greta Holm | Yusuf Demir\nNovember 25, 2026\n\n"
        + _LEAD,
        {"authors": ["Greta Holm", "Yusuf Demir"]},
        id="untitled-name-opening-with-a-given-name-after-the-bar-is-a-second-writer",
    ),
    pytest.param(
        "Insurers brace for a costly storm season\nBy Greta Holm | Storm Desk\nNovember 25, 2026\n\n" + _LEAD,
        {"authors": ["Greta Holm"]},
        id="untitled-words-after-the-bar-are-left-alone",
    ),
    pytest.param(
        "Harbour ferry review: slow but charming\nA week on the old boats\nText and Photos By Ilse Varga\n"
        "Contributing Writer\n\n" + _LEAD,
        {"authors": ["Ilse Varga"]},
        id="credit-phrase-in-title-case",
    ),
    pytest.param(
        "Harbour ferry review: slow but charming\nStory By Ilse Varga\nNovember 18, 2026\n\n" + _LEAD,
        {"authors": ["Ilse Varga"]},
        id="story-by-in-title-case",
    ),
    pytest.param(
        "De Souza Pinto leaves the club after ten seasons\nNovember 18, 2026\n\n" + _LEAD,
        {"authors": [], "title": "De Souza Pinto leaves the club after ten seasons"},
        id="a-particle-opening-a-headline-is-no-byline-word",
    ),
    pytest.param(
        "Senator vows a fight over the zoning bill\nBy\nSocial Links for Ronan Pike\nView Author Archive\n"
        "Published Dec. 2, 2026, 1:45 p.m. ET\n\n" + _LEAD,
        {"authors": ["Ronan Pike"], "byline": "Ronan Pike", "published": "2026-12-02T13:45:00-05:00"},
        id="link-label-before-the-name-under-a-lone-by",
    ),
    pytest.param(
        "Senator vows a fight over the zoning bill\nBy\nView all posts by Greta Lund\nNov 3, 2026\n\n"
        + _LEAD,
        {"authors": ["Greta Lund"]},
        id="view-all-posts-by-under-a-lone-by",
    ),
    pytest.param(
        "Harbour ferry review: slow but charming\nFeatured Columnist IIDecember 19, 2025\n\n" + _LEAD,
        {"published": "2025-12-19"},
        id="date-glued-to-a-column-name",
    ),
    pytest.param(
        "Harbour ferry review: slow but charming\nOla Brandt, Motoring Editor, C4Dec 18, 2025, 06:40 PM\n\n"
        + _LEAD,
        {"published": "2025-12-18T18:40:00"},
        id="date-glued-to-a-digit-after-a-title",
    ),
    # --- a headline wrapped over two lines
    pytest.param(
        "THE VALLEY GAZETTE        Page 1 of 4\nQuarry expansion plan goes\nto a vote next month\n"
        "By Hugh Tennant\n\n" + _LEAD,
        {"title": "Quarry expansion plan goes\nto a vote next month", "authors": ["Hugh Tennant"]},
        id="headline-wrapped-over-two-lines",
    ),
    pytest.param(
        "Quarry expansion plan goes to a vote\n\nnext month the council will decide on the quarry.\n",
        {"title": "Quarry expansion plan goes to a vote"},
        id="a-blank-line-ends-the-headline",
    ),
    pytest.param(
        "Quarry expansion plan goes to a vote\neuronews\nNovember 18, 2026\n\n" + _LEAD,
        {"title": "Quarry expansion plan goes to a vote"},
        id="an-outlet-in-lower-case-is-no-rest-of-the-headline",
    ),
    pytest.param(
        "Quarry expansion plan goes to a vote\nby Hugh Tennant\nNovember 18, 2026\n\n" + _LEAD,
        {"title": "Quarry expansion plan goes to a vote", "authors": ["Hugh Tennant"]},
        id="a-lower-case-by-line-is-no-rest-of-the-headline",
    ),
    pytest.param(
        "Quarry expansion plan goes to a vote.\nthe council meets on Monday\n\n" + _LEAD,
        {"title": "Quarry expansion plan goes to a vote."},
        id="a-full-stop-ends-the-headline",
    ),
    pytest.param(
        "Stadt plant neue Radwege\nVon Lea Brandt, mit Material von dpa\n25.11.2026, 14:05 Uhr\n\n" + _LEAD,
        {"authors": ["Lea Brandt"], "byline": "Lea Brandt", "published": "2026-11-25T14:05:00"},
        id="de-with-material-of-an-agency",
    ),
    pytest.param(
        "City plans new cycle lanes\nBy Lea Brandt, with files from The Canadian Press\nNov 25, 2026\n\n"
        + _LEAD,
        {"authors": ["Lea Brandt"]},
        id="with-files-from-an-agency",
    ),
    pytest.param(
        "City plans new cycle lanes\nBy Lea Brandt\nContributors: Omar Said, Ines Vidal\nNov 25, 2026\n\n"
        + _LEAD,
        {"authors": ["Lea Brandt", "Omar Said", "Ines Vidal"]},
        id="contributors-line-under-the-byline",
    ),
    pytest.param(
        "City plans new cycle lanes\nLea Brandt\nUpdated 14 min ago\n\n" + _LEAD,
        {"authors": ["Lea Brandt"], "updated": "2026-11-29T11:46:00"},
        id="bare-name-over-a-relative-revision",
    ),
    pytest.param(
        "City plans new cycle lanes\nCompiled by Lea Brandt\nNov 25, 2026\n\n" + _LEAD,
        {"authors": ["Lea Brandt"]},
        id="compiled-by",
    ),
    pytest.param(
        "A conversation with the last lighthouse keeper\nInterview by Lea Brandt\nNov 25, 2026\n\n" + _LEAD,
        {"authors": ["Lea Brandt"]},
        id="interview-by",
    ),
    pytest.param(
        "City plans new cycle lanes\nWritten and Reported By Lea Brandt\nNov 25, 2026\n\n" + _LEAD,
        {"authors": ["Lea Brandt"]},
        id="written-and-reported-by-in-title-case",
    ),
    pytest.param(
        "City plans new cycle lanes\nEdited by Tom Hale\nNov 25, 2026\n\n" + _LEAD,
        {"authors": []},
        id="an-editor-is-no-author",
    ),
    pytest.param(
        "City plans new cycle lanes\nBy Lea Brandt, Transport Editor, Omar Said, Political Correspondent, "
        "and Ines Vidal, Data Reporter\nNov 25, 2026\n\n" + _LEAD,
        {"authors": ["Lea Brandt", "Omar Said", "Ines Vidal"]},
        id="three-names-each-with-a-title",
    ),
    pytest.param(
        "City plans new cycle lanes\nBy Lea Brandt, Transport Editor, Metro Desk\nNov 25, 2026\n\n" + _LEAD,
        {"authors": ["Lea Brandt"]},
        id="a-desk-after-the-title-is-no-name",
    ),
    pytest.param(
        "Miasto planuje nowe ścieżki\nAutorzy: Zofia Lis i Marek Wrona\n25.11.2026\n\n" + _LEAD,
        {"authors": ["Zofia Lis", "Marek Wrona"]},
        id="pl-autorzy-and-i",
    ),
    pytest.param(
        "Stad plant nieuwe fietspaden\nDoor Sanne de Wit en Joris Bakker\n25 november 2026\n\n" + _LEAD,
        {"authors": ["Sanne de Wit", "Joris Bakker"]},
        id="nl-door-and-en",
    ),
    pytest.param(
        "Місто планує нові велодоріжки\nАвтори: Ірина Бойко та Максим Гуменюк\n25 листопада 2026\n\n" + _LEAD,
        {"authors": ["Ірина Бойко", "Максим Гуменюк"]},
        id="uk-avtory-and-ta",
    ),
    pytest.param(
        "City plans new cycle lanes\nBy Nuno d'Ávila and Gianni dell'Orto\nNov 25, 2026\n\n" + _LEAD,
        {"authors": ["Nuno d'Ávila", "Gianni dell'Orto"]},
        id="elided-particle-glued-to-the-name",
    ),
    # --- wire datelines and stamps
    pytest.param(
        "Ruling bloc sets out tax plan\n\nOsaka, Nov. 24 (Jiji Press)--The ruling bloc set out "
        "its tax plan on Tuesday.\n",
        {"place": "Osaka", "source": "Jiji Press", "body": "The ruling bloc"},
        id="dash-glued-to-the-first-word",
    ),
    pytest.param(
        "Ruling bloc sets out tax plan\n\nOsaka, Nov. 24 (Jiji Press)--the ruling bloc set out its plan.\n",
        {"place": None},
        id="glued-dash-before-a-lower-case-word-is-no-dateline",
    ),
    pytest.param(
        "Court extends arrest of ship owner\n\nMURMANSK. Nov 23 (Interfax) - A court extended the arrest "
        "of a ship owner on Monday.\n",
        {"place": "MURMANSK", "source": "Interfax", "month_day": "11-23"},
        id="place-full-stop-date-and-agency",
    ),
    pytest.param(
        "Exports of hazelnuts reach a record\n\nSelin Aydın  |24.11.2026 - Update : 25.11.2026\n\nANKARA\n\n"
        + _LEAD,
        {
            "authors": ["Selin Aydın"],
            "published": "2026-11-24",
            "updated": "2026-11-25",
            "place": "ANKARA",
            "body": "The district council",
        },
        id="update-noun-label-and-a-place-alone-on-its-line",
    ),
    pytest.param(
        "Exports of hazelnuts reach a record\nBy Selin Aydın\nNovember 24, 2026\n\nMARKETS\n\n" + _LEAD,
        {"place": None},
        id="a-section-in-capitals-is-no-place-line",
    ),
    pytest.param(
        "Exports of hazelnuts reach a record\nImage credit: Deniz Kara\nBy Selin Aydın\nNovember 24, 2026\n\n"
        + _LEAD,
        {"subtitle": None, "authors": ["Selin Aydın"]},
        id="image-credit-line-is-no-standfirst",
    ),
    pytest.param(
        "Exports of hazelnuts reach a record\nCourtesy of the Port Authority\nBy Selin Aydın\n"
        "November 24, 2026\n\n" + _LEAD,
        {"subtitle": None},
        id="courtesy-line-is-no-standfirst",
    ),
    pytest.param(
        "Cabinet backs a desalination plan\n\nJeddah, Jumada I 5, 1448, Nov 26, 2026, SPA -- "
        "The Cabinet backed a desalination plan on Wednesday.\n",
        {"place": "Jeddah", "source": "SPA", "month_day": "11-26", "body": "The Cabinet"},
        id="two-calendars-between-the-place-and-the-agency",
    ),
    pytest.param(
        "Cabinet backs a desalination plan\n\nJeddah, Nov 26, 2026, SPA -- "
        "The Cabinet backed a plan on Wednesday.\n",
        {"place": "Jeddah", "source": "SPA"},
        id="date-between-the-place-and-the-agency",
    ),
    pytest.param(
        "Unfall auf der Autobahn\n\nBerlin, 3 Verletzte, AFP - "
        "Bei einem Unfall wurden drei Menschen verletzt, teilte die Polizei mit.\n",
        {"place": None},
        id="no-date-between-the-place-and-the-agency-is-no-dateline",
    ),
    pytest.param(
        "Bundesrat legt Klimaplan vor\n\nLausanne (awp/sda) - "
        "Der Bundesrat hat am Mittwoch einen Plan vorgelegt.\n",
        {"place": "Lausanne", "agency": "awp/sda", "source": "sda"},
        id="two-agencies-in-the-brackets-the-listed-one-is-the-source",
    ),
    pytest.param(
        "Regierung legt Klimaplan vor\n\nHamburg (dpa/AFP) - "
        "Die Regierung hat am Mittwoch einen Plan vorgelegt.\n",
        {"place": "Hamburg", "source": "dpa"},
        id="two-listed-agencies-in-the-brackets-the-first-is-the-source",
    ),
    pytest.param(
        "Ice storm grounds flights\nBy Nils Brekke\nPublished 7:18 PM EST, Thu November 26, 2026\n\n" + _LEAD,
        {"published": "2026-11-26T19:18:00-05:00"},
        id="weekday-between-the-time-and-the-date",
    ),
    pytest.param(
        "Ice storm grounds flights\nBy Nils Brekke\nUpdated 06:05 GMT, Wednesday 25 November 2026\n\n"
        + _LEAD,
        {"updated": "2026-11-25T06:05:00+00:00"},
        id="full-weekday-between-the-time-and-the-date",
    ),
]

#: Known gaps: what a careful reader extracts and the parser does not yet (strict expected failures).
GAPS: list[Any] = [
    pytest.param(
        "Le gouvernement adopte le budget\n\nLIEGE 24/11 (BELGA) - "
        "Le gouvernement a adopté le budget mardi.\n",
        {"place": "LIEGE", "source": "BELGA"},
        id="day-and-month-without-a-comma-before-the-agency",
        marks=pytest.mark.xfail(strict=True, reason="a day and month in figures without a year is no date"),
    ),
    pytest.param(
        "The Harbour Letter\nWhy the port deal matters\nThe numbers behind the headline\nMira Quint\n"
        "Nov 24, 2026\n\n" + _LEAD,
        {"title": "Why the port deal matters", "subtitle": "The numbers behind the headline"},
        id="newsletter-name-over-the-headline",
        marks=pytest.mark.xfail(
            strict=True,
            reason="a title-case name opening with 'The' over the headline may be the headline itself",
        ),
    ),
    pytest.param(
        "Govern-\nment unveils housing plan\nBy Keith Barlow\n24 November 2026\n\n" + _LEAD,
        {"title": "Government unveils housing plan"},
        id="headline-hyphenated-over-a-line-break",
        marks=pytest.mark.xfail(
            strict=True, reason="a word broken by a hyphen at a line's end is not joined"
        ),
    ),
    pytest.param(
        "Central bank holds rates\nBy Oskar Lindgren and Marisa Fontan-\nelli\nNovember 20, 2026\n\n" + _LEAD,
        {"authors": ["Oskar Lindgren", "Marisa Fontanelli"]},
        id="name-hyphenated-over-a-line-break",
        marks=pytest.mark.xfail(
            strict=True, reason="a name broken by a hyphen at the end of a line keeps only its first piece"
        ),
    ),
]


class TestParseHeaderMedia:
    """parse_header on the fifth case table."""

    @pytest.mark.parametrize(("text", "expected"), CASES + GAPS)
    def test_case(self, text: str, expected: dict[str, Any]) -> None:
        """Every expected field of the row is what the parser finds."""
        assert_fields(text, expected, REF)

    @pytest.mark.parametrize(("text", "expected"), CASES)
    def test_spans_round_trip(self, text: str, expected: dict[str, Any]) -> None:
        """Every span the header carries is exactly the text at its offsets."""
        assert_spans_round_trip(text, REF)
