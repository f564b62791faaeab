"""The light lists of the pickers in the forms."""

from __future__ import annotations

from sqlalchemy import select

from nfg_desktop.services import pickers
from nfg_desktop.store.database import Database
from nfg_desktop.store.models import ContactPerson, Partner, Volunteer


def test_pickers_list_names_and_leave_out_who_left(demo_db: Database) -> None:
    with demo_db.read() as session:
        partners = pickers.partners(session)
        active_partners = pickers.partners(session, include_left=False)
        contacts = pickers.contacts(session)
        volunteers = pickers.volunteers(session)
        everyone = pickers.volunteers(session, include_left=True)
        partner_count = len(session.scalars(select(Partner.id)).all())
        left = session.scalars(
            select(Volunteer.id).where(Volunteer.status == "ausgeschieden")
        ).all()
        contact = session.scalars(select(ContactPerson)).first()
        assert contact is not None
        own = pickers.contacts(session, [contact.partner_id])
        partner_name = contact.partner.name
        expected = (contact.id, contact.full_name, partner_name)
    assert len(partners) == partner_count
    assert len(active_partners) < len(partners)
    assert left and not {v[0] for v in volunteers} & set(left)
    assert len(everyone) == len(volunteers) + len(left)
    assert all(", " in name for _id, name, _status in volunteers)
    assert expected in own
    assert {org for _id, _name, org in own} == {partner_name}
    assert len(contacts) >= len(own)
