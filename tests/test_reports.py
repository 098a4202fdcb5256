"""The report engine on a year of data written through the services: every figure of the yearly review, the
breakdowns adding up to the totals, and nothing counted that was deleted, cancelled or outside the period."""

from __future__ import annotations

import codecs
import csv
import io
import json
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy.orm import Session

from app.cli import REPORT_KINDS, main
from app.db import Store, open_store
from app.identity import current_author
from app.reports import KINDS, Scope, ScopeError, make_report, render
from app.reports.render_pdf import COMPOUNDS
from app.reports.table import Report, Table
from app.services.stop_days import close_stop_day, open_stop_day
from tests.yearly_data import MUNICIPALITIES, Truth, at, write_year

YEAR = Scope.year(2018)


@pytest.fixture(scope="module")
def year_file(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> tuple[Path, Truth]:
    directory = tmp_path_factory.mktemp("year")
    shutil.copyfile(migrated_template, directory / "pysakki.db")
    store = open_store(directory)
    with store.session() as session:
        truth = write_year(session, current_author(session))
    store.close()
    return directory, truth


@pytest.fixture
def year(year_file: tuple[Path, Truth]) -> Iterator[tuple[Session, Truth]]:
    store: Store = open_store(year_file[0])
    with store.session() as session:
        yield session, year_file[1]
    store.close()


def values(table: Table, column: str) -> dict[str, object]:
    c = [col.key for col in table.columns].index(column)
    return {row.key: table.cells[r][c] for r, row in enumerate(table.rows)}


def table_of(report: Report, key: str) -> Table:
    return next(table for table in report.tables if table.key == key)


def test_every_figure_of_the_yearly_review(year: tuple[Session, Truth]) -> None:
    session, truth = year
    report = make_report(session, "review", YEAR, language="en")
    figures = values(table_of(report, "figures"), "value")
    assert figures == {
        "days_on_road": 70,
        "km": 11000,
        "cancelled": 3,
        "organisations": 13,  # the partner NGOs of the operating model
        "other_organisations": 2,  # Kela and the City of Turku
        "workers": 36,
        "students": 5,
        "network_people": 140,
        "events": 52,
        "guidance": 30,
        "contact_requests": 6,
        "answered_in_time": truth.answered_in_time,
    }
    assert truth.answered_in_time == 4
    encounters = table_of(report, "encounters")
    assert values(encounters, "total") == {"parents": 530, "children_youth": 300, "professionals": 510, "total": 1340}
    assert values(encounters, "estimated") == {"parents": 30, "children_youth": 20, "professionals": 0, "total": 50}
    events = table_of(report, "events")
    assert values(events, "events") == {
        "themed_event": 20,
        "workshop": 12,
        "network_meeting": 10,
        "peer_group": 6,
        "tailored_package": 4,
        "total": 52,
    }
    assert values(events, "participants")["total"] == truth.event_participants
    assert values(table_of(report, "cancelled"), "cancelled") == {
        "vehicle": 1,
        "weather": 1,
        "staff": 1,
        "roads": 0,
        "other": 0,
        "total": 3,
    }
    referrals = values(table_of(report, "referrals"), "referrals")
    assert referrals == {**truth.referrals_by_organisation, "total": sum(truth.referrals_by_organisation.values())}


def test_municipalities_add_up_to_the_totals(year: tuple[Session, Truth]) -> None:
    session, truth = year
    table = table_of(make_report(session, "municipality", YEAR), "municipality")
    places = [row.key for row in table.rows if row.key != "total"]
    assert sorted(places) == sorted(MUNICIPALITIES)
    for column in table.columns:
        by_place = values(table, column.key)
        assert sum(float(by_place[p]) for p in places) == pytest.approx(float(by_place["total"]))  # type: ignore[arg-type]
    totals = values(table, "enc_parents")
    assert {p: totals[p] for p in places} == truth.municipality_parents
    assert {p: values(table, "held_days")[p] for p in places} == truth.municipality_days
    assert values(table, "enc_parents")["total"] == 530
    assert values(table, "enc_children_youth")["total"] == 300
    assert values(table, "enc_professionals")["total"] == 510
    assert values(table, "km")["total"] == 11000
    # A municipality's own yearly review says the same as its row.
    laitila = make_report(session, "review", Scope.year(2018, municipality_code="400"))
    assert values(table_of(laitila, "encounters"), "total")["parents"] == truth.municipality_parents["400"]
    assert values(table_of(laitila, "figures"), "value")["days_on_road"] == truth.municipality_days["400"]
    assert values(table_of(laitila, "figures"), "value")["network_people"] == 30  # Laitila's roster of 2018


def test_months_and_packages_add_up(year: tuple[Session, Truth]) -> None:
    session, _ = year
    months = table_of(make_report(session, "month", YEAR), "month")
    assert [row.key for row in months.rows][:12] == [f"2018-{m:02d}" for m in range(1, 13)]
    assert values(months, "enc_parents")["total"] == 530
    assert values(months, "events")["total"] == 52
    # The New Year's Eve click at 23:30 in Helsinki is December's, though it is 21:30 UTC.
    assert values(months, "enc_parents")["2018-12"] >= 1
    packages = table_of(make_report(session, "package", YEAR), "package")
    assert values(packages, "guidance")["1"] == 30
    assert values(packages, "events")["total"] == 52


def test_themes_and_organisations_count_each_list_member(year: tuple[Session, Truth]) -> None:
    session, truth = year
    themes = table_of(make_report(session, "theme", YEAR), "theme")
    assert sum(values(themes, "events")[key] for key in values(themes, "events")) == 2 * 52  # type: ignore[misc]
    assert sum(values(themes, "enc_parents").values()) == 530  # type: ignore[arg-type]
    organisations = table_of(make_report(session, "organisation", YEAR), "organisation")
    assert sum(values(organisations, "workers").values()) == 36  # type: ignore[arg-type]
    assert values(organisations, "referrals")["turun-ensi-ja-turvakoti"] == 7
    assert values(organisations, "contact_requests")["turun-ensi-ja-turvakoti"] == truth.contact_requests


def test_stea_marks_estimates(year: tuple[Session, Truth]) -> None:
    session, truth = year
    table = table_of(make_report(session, "stea", YEAR, language="en"), "stea")
    collected, estimated, basis = values(table, "collected"), values(table, "estimated"), values(table, "basis")
    assert estimated["parents"] >= truth.estimated_parents
    assert basis["parents"] == "partly estimated"
    assert estimated["others"] == 0 and basis["others"] == "collected"
    assert values(table, "total")["total"] == sum(
        int(collected[key]) + int(estimated[key])  # type: ignore[call-overload]
        for key in ("parents", "children", "youth", "professionals", "others")
    )
    # Every source of reached professionals: 510 encounters, event participants, guidance clients, pair work.
    events = table_of(make_report(session, "review", YEAR), "events")
    assert values(table, "total")["professionals"] == (
        510 + values(events, "professionals")["total"] + truth.guidance_by_client_type["professional"]
        + truth.professionals_in_work
    )  # fmt: skip


def test_other_periods_and_units(year: tuple[Session, Truth]) -> None:
    session, _ = year
    # The event at 23:30 on New Year's Eve 2017 in Helsinki is 2017's, and the one at 00:30 on New Year's Day 2019
    # is 2019's, though in UTC both fall on the 31st of December.
    for other in (2017, 2019):
        report = make_report(session, "review", Scope.year(other))
        figures = values(table_of(report, "figures"), "value")
        assert figures["events"] == 1 and figures["days_on_road"] == 0
        assert values(table_of(report, "encounters"), "total")["parents"] == 1
    other_unit = make_report(session, "review", Scope.year(2018, unit_id="no-such-unit"))
    assert values(table_of(other_unit, "figures"), "value")["events"] == 0


def test_every_kind_in_every_language(year: tuple[Session, Truth]) -> None:
    session, _ = year
    for kind in KINDS:
        for language in ("fi", "sv", "en"):
            report = make_report(session, kind, YEAR, language=language, threshold=5)
            assert report.tables and report.title


def test_impossible_periods_are_refused() -> None:
    with pytest.raises(ScopeError):
        Scope.year(1850)
    with pytest.raises(ScopeError):
        Scope(date(2018, 5, 1), date(2018, 4, 1))


def test_no_exported_cell_shows_a_small_number(year: tuple[Session, Truth]) -> None:
    session, _ = year
    checked = 0
    for kind in KINDS:
        report = make_report(session, kind, YEAR, threshold=5)
        for item in report.as_dict()["tables"]:
            people = [column["people"] for column in item["columns"]]
            for row in item["rows"]:
                shown = [v for v, counts in zip(row["values"], people, strict=True) if counts and row["people"]]
                assert not [v for v in shown if isinstance(v, int | float) and 1 <= v <= 4], (kind, row)
                checked += len(shown)
    assert checked > 300


def test_the_csv_opens_with_the_right_columns(year: tuple[Session, Truth]) -> None:
    session, _ = year
    data = render(make_report(session, "municipality", YEAR, threshold=5), "csv")
    assert data.startswith(codecs.BOM_UTF8)
    text = data.decode("utf-8-sig")
    blocks = [block.splitlines() for block in text.split("\r\n\r\n")]
    table = list(csv.reader(blocks[0][1:], delimiter=";"))
    assert table[0] == ["", "Pysäkkipäivät", "Ajetut kilometrit", "Perutut lähdöt", "Tilaisuudet", "Osallistujat",
                        "Pop up -neuvonnan asiakkaat", "Kohtaamiset: vanhemmat", "Kohtaamiset: lapset ja nuoret",
                        "Kohtaamiset: ammattilaiset", "Konsultaatiot ja parityö", "Ohjaukset",
                        "Yhteydenottopyynnöt"]  # fmt: skip
    rows = {line[0]: line[1:] for line in table[1:]}
    assert set(rows) == {"Laitila", "Uusikaupunki", "Kemiönsaari", "Turku", "Yhteensä"}
    assert rows["Yhteensä"][6:9] == ["530", "300", "510"]
    assert rows["Yhteensä"][1] == "11000"
    assert "<5" in blocks[-1][0]  # the legend


def test_the_xlsx_loads_with_one_sheet_per_table(year: tuple[Session, Truth]) -> None:
    session, _ = year
    report = make_report(session, "review", YEAR, language="sv", threshold=5)
    book = openpyxl.load_workbook(io.BytesIO(render(report, "xlsx")))
    assert book.sheetnames == ["Årsöversikt", *(table.title for table in report.tables)]
    sheet = book["Möten"]
    rows = {row[0]: row[1:] for row in sheet.iter_rows(min_row=2, values_only=True) if row[0]}
    assert rows["Föräldrar"] == (500, 30, 530)
    assert rows["Totalt"] == (1290, 50, 1340)
    referrals = {row[0]: row[1] for row in book["Hänvisningar per organisation"].iter_rows(min_row=2, values_only=True)}
    assert referrals["KOTA"] == "<5"  # 3 referrals
    assert referrals["Totalt"] == 17


def test_the_pdf_says_the_figures(year: tuple[Session, Truth]) -> None:
    session, _ = year
    pdf = render(make_report(session, "review", YEAR, language="en", threshold=5), "pdf")
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages)
    for expected in ("Yearly review", "Days on the road 70", "Kilometres driven 11000", "Cancelled departures 3",
                     "Partner NGOs involved 13", "Workers involved 36",
                     "Students 5", "People in the regional networks 140", "Events 52", "Pop-up guidance clients 30",
                     "Parents 500 30 530", "Children and young people 280 20 300",
                     "Professionals 510 0 510"):  # fmt: skip
        assert expected in text, expected
    assert "fewer than 5" in text


def test_the_report_command(
    year_file: tuple[Path, Truth], tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    directory = str(year_file[0])
    assert main(["--data-dir", directory, "report", "yearly", "--year", "2018", "--exact"]) == 0
    body = json.loads(capsysbinary.readouterr().out)
    figures = {row["key"]: row["values"][0] for row in body["tables"][0]["rows"]}
    assert figures["days_on_road"] == 70 and figures["answered_in_time"] == 4
    target = tmp_path / "kunnat.xlsx"
    args = ["--data-dir", directory, "report", "municipality", "--from", "2018-01-01", "--to", "2018-12-31"]
    assert main([*args, "--format", "xlsx", "--output", str(target), "--language", "en"]) == 0
    assert openpyxl.load_workbook(target).sheetnames == ["By municipality", "By municipality 2"]
    assert main(["--data-dir", directory, "report", "stea", "--from", "2018-12-31", "--to", "2018-01-01"]) == 2
    assert b"ends" in capsysbinary.readouterr().err
    assert ["yearly", *KINDS] == REPORT_KINDS


def test_kilometres_are_whole_in_every_table_and_file(session: Session) -> None:
    """Each day's kilometres are rounded once (halves up) before they are added up: 162 stays 162 (not 162.0), and
    the yearly review, the municipality and month breakdowns and every saved format say the same whole number."""
    author = current_author(session)
    for n, (municipality, km) in enumerate((("400", 162), ("400", 10.4), ("853", 10.5))):
        day = date(2018, 5, 2 + n)
        opened = open_stop_day(session=session, author=author, day=day, municipality_code=municipality, place="Tori",
                               now=at(day, 9))  # fmt: skip
        close_stop_day(session=session, author=author, id=opened.id, km=km, now=at(day, 15))
    review = table_of(make_report(session, "review", YEAR), "figures")
    municipality = table_of(make_report(session, "municipality", YEAR), "municipality")
    month = table_of(make_report(session, "month", YEAR), "month")
    assert values(review, "value")["km"] == 183  # 162 + 10 + 11
    assert values(municipality, "km") == {"400": 172, "853": 11, "total": 183}
    assert values(month, "km")["2018-05"] == 183 and values(month, "km")["total"] == 183
    for table in (review, municipality, month):
        assert all(type(value) is int for value in values(table, "km" if table is not review else "value").values())
    for kind in ("review", "municipality", "month"):
        report = make_report(session, kind, YEAR, threshold=5, language="en")
        text = render(report, "json").decode()
        assert "183.0" not in text and "162.0" not in text and "183" in text
        assert "183" in render(report, "csv").decode("utf-8-sig")
        book = openpyxl.load_workbook(io.BytesIO(render(report, "xlsx")))
        numbers = [cell for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for cell in row]
        assert 183 in numbers and not [cell for cell in numbers if isinstance(cell, float)]


def test_pdf_column_headings_break_between_words_never_inside_one(year: tuple[Session, Truth]) -> None:
    """Every word of every column heading is in the PDF whole ("Tilaisuudet", not "Tilaisuud" and "et"), or
    hyphenated at its compound boundary ("Yhteydenotto-" and "pyynnöt"), in every report and language."""
    session, _ = year
    for language in ("fi", "sv", "en"):
        for kind in KINDS:
            report = make_report(session, kind, YEAR, language=language, threshold=5)
            pdf = PdfReader(io.BytesIO(render(report, "pdf")))
            words = set(" ".join(page.extract_text() for page in pdf.pages).split())
            cut = [
                text
                for table in report.tables
                for column in table.columns
                for text in column.label.split()
                if text not in words
                and not (text in COMPOUNDS and {f"{COMPOUNDS[text][0]}-", COMPOUNDS[text][1]} <= words)
            ]
            assert not cut, (language, kind, cut)
