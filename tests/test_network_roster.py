"""The regional networks' roster is headquarters' reference data: a coordinator puts it at the register, laptops
pull it, and the yearly review counts its people for the year and municipality asked for."""

from __future__ import annotations

from app.db import Store
from app.reports import Scope, make_report
from tests.register import Register, call
from tests.syncing import engine

ROSTER = [
    {"id": "laitila-2018-koulu", "year": 2018, "municipality_code": "400", "organisation": "Laitilan kaupunki",
     "role": "koulu", "people": 12},
    {"id": "turku-2018-jarjestot", "year": 2018, "municipality_code": "853", "organisation": "Järjestöt",
     "role": "järjestötyö", "people": 7},
    {"id": "turku-2019-jarjestot", "year": 2019, "municipality_code": "853", "organisation": "Järjestöt",
     "role": "järjestötyö", "people": 9},
]  # fmt: skip


def network_people(laptop: Store, scope: Scope) -> object:
    with laptop.session() as session:
        figures = make_report(session, "review", scope).tables[0]
        return dict(zip((row.key for row in figures.rows), (line[0] for line in figures.cells), strict=True))[
            "network_people"
        ]


def test_the_roster_put_at_the_register_is_counted_on_the_laptop(register: Register, laptop: Store) -> None:
    coordinator = register.coordinator_token()
    answer = call(register, "PUT", "/reference/network_members", coordinator, json={"rows": ROSTER})
    assert answer.status_code == 200, answer.text
    assert [row["status"] for row in answer.json()] == ["created"] * 3
    uncounted = {"id": "x", "year": 2018, "municipality_code": "400", "people": "many"}
    refused = call(register, "PUT", "/reference/network_members", coordinator, json={"rows": [uncounted]})
    assert refused.json()[0]["status"] == "rejected"
    assert engine(laptop).run().pulled == 3
    assert network_people(laptop, Scope.year(2018)) == 19
    assert network_people(laptop, Scope.year(2018, municipality_code="853")) == 7
    assert network_people(laptop, Scope.year(2019)) == 9
    withdrawn = {**ROSTER[0], "active": False}
    answer = call(register, "PUT", "/reference/network_members", coordinator, json={"rows": [withdrawn]})
    assert answer.status_code == 200, answer.text
    assert engine(laptop).run().pulled == 1
    assert network_people(laptop, Scope.year(2018)) == 7
