"""The shared record helpers every service reads and writes one record with."""

from dataclasses import dataclass

import pytest

from freelance_desk.core.errors import NotFound
from freelance_desk.db.models import Client, Platform
from freelance_desk.db.records import assign, copy_into, get_or_missing, rows_of
from freelance_desk.services.clients.clients import ClientData, client_data, create_client, get_client, update_client


def test_a_missing_record_says_so_in_the_callers_words(database, now):
    client = create_client(ClientData("Northwind"), now=now)
    assert get_or_missing(Client, client.id, "gone").name == "Northwind"
    for missing in (client.id + 99, None):
        with pytest.raises(NotFound) as raised:
            get_or_missing(Client, missing, "That client no longer exists.")
        assert str(raised.value) == "That client no longer exists."


def test_assign_saves_the_values(database, now):
    client = create_client(ClientData("Northwind"), now=now)
    assign(client, {"name": "Contoso", "notes": "weekly call"})
    again = Client.get_by_id(client.id)
    assert (again.name, again.notes) == ("Contoso", "weekly call")


def test_a_form_copied_from_a_record_reads_every_field_and_round_trips(database, now):
    upwork = Platform.get(Platform.name == "Upwork")
    data = ClientData("Harbor <Analytics>", "Harbor Ltd", "ops@harbor.test", upwork.id, "Asia/Jakarta", "IDR", "🙂")
    client = create_client(data, now=now)
    assert client_data(get_client(client.id)) == data
    update_client(client.id, copy_into(ClientData, client, name="Harbor"))
    assert client_data(get_client(client.id)) == ClientData("Harbor", "Harbor Ltd", "ops@harbor.test", upwork.id,
                                                            "Asia/Jakarta", "IDR", "🙂")


def test_rows_come_from_columns_named_like_the_fields(database, now):
    @dataclass(frozen=True)
    class Named:
        id: int
        label: str

    create_client(ClientData("Northwind"), now=now)
    query = Client.select(Client.id, Client.name.alias("label"))
    assert [row.label for row in rows_of(Named, query)] == ["Northwind"]
