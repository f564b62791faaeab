"""Partner organisations and their contact persons."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from operator import attrgetter

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session, selectinload

from nfg_desktop.domain.choices import (
    FOCUS_AREAS,
    PARTNER_STATUSES,
    SECTORS,
    TARGET_GROUPS,
    ChoiceList,
    PartnerStatus,
)
from nfg_desktop.domain.collation import german_sorted, sort_key
from nfg_desktop.domain.errors import InUseError, ValidationError
from nfg_desktop.domain.fields import CONTACT, PARTNER
from nfg_desktop.domain.formatting import german_count
from nfg_desktop.domain.validation import (
    FieldErrors,
    check_choice,
    check_choices,
    check_date,
    check_email,
    check_phone,
    check_plain_texts,
    check_postal_code,
    check_required,
    check_website,
    clean_multiline,
)
from nfg_desktop.services.common import add_choice, choice_options, get_or_fail, searched
from nfg_desktop.services.plain_rows import column_rows
from nfg_desktop.services.versions import get_for_change, touch
from nfg_desktop.store import bulk, history
from nfg_desktop.store.database import mark_changed
from nfg_desktop.store.models import (
    ContactPerson,
    MeetingInvitation,
    Partner,
    PartnerFocus,
    PartnerTargetGroup,
)


@dataclass
class ContactData:
    last_name: str
    first_name: str = ""
    function: str = ""
    phone: str = ""
    email: str = ""
    is_primary: bool = False
    consent_given_on: date | None = None
    consent_contact_data: bool = False
    consent_photos: bool = False
    consent_sharing: bool = False
    consent_withdrawn_on: date | None = None
    id: int | None = None


@dataclass
class PartnerData:
    name: str
    kind: str = "Sonstige"
    sector: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    locality: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    status: str = PartnerStatus.AKTIV.value
    partner_since: date | None = None
    agreement_on: date | None = None
    notes: str = ""
    focus_areas: list[str] = field(default_factory=list)
    target_groups: list[str] = field(default_factory=list)
    # None leaves the stored contact persons as they are.
    contacts: list[ContactData] | None = None

    @classmethod
    def from_partner(cls, partner: Partner) -> PartnerData:
        return cls(
            **{name: getattr(partner, name) for name in PARTNER.stored()},
            focus_areas=list(partner.focus_areas),
            target_groups=list(partner.target_groups),
            contacts=[contact_data_of(c) for c in partner.contacts],
        )


def contact_data_of(contact: ContactPerson) -> ContactData:
    return ContactData(id=contact.id, **{name: getattr(contact, name) for name in CONTACT.stored()})


def validate_contact(data: ContactData, prefix: str = "") -> ContactData:
    errors = FieldErrors()
    last_name = errors.call(
        check_required, prefix + "last_name", "Nachname der Ansprechperson", data.last_name
    )
    texts = check_plain_texts(errors, CONTACT.plain_texts(), data, prefix)
    phone = errors.call(check_phone, prefix + "phone", data.phone)
    email = errors.call(check_email, prefix + "email", data.email)
    given = errors.call(
        check_date, prefix + "consent_given_on", data.consent_given_on, "Einwilligung am"
    )
    withdrawn = errors.call(
        check_date, prefix + "consent_withdrawn_on", data.consent_withdrawn_on, "Widerrufen am"
    )
    if given and withdrawn and withdrawn < given:
        errors.add(
            prefix + "consent_withdrawn_on",
            "Widerrufen am: darf nicht vor der Einwilligung liegen.",
        )
    errors.raise_if_any()
    return ContactData(
        id=data.id,
        last_name=last_name or "",
        **texts,
        phone=phone or "",
        email=email or "",
        is_primary=data.is_primary,
        consent_given_on=given,
        consent_contact_data=data.consent_contact_data,
        consent_photos=data.consent_photos,
        consent_sharing=data.consent_sharing,
        consent_withdrawn_on=withdrawn,
    )


def validate_partner(session: Session, data: PartnerData) -> PartnerData:
    """Check every field; raise ``ValidationError`` naming all offending fields."""
    errors = FieldErrors()
    name = errors.call(check_required, "name", "Name", data.name, 300)
    kind = errors.call(check_required, "kind", "Art", data.kind, 100)
    sector = ""
    if data.sector:
        sector = errors.call(check_choice, "sector", "Sektor", data.sector, SECTORS) or ""
    texts = check_plain_texts(errors, PARTNER.plain_texts(), data)
    postal_code = errors.call(check_postal_code, "postal_code", data.postal_code)
    phone = errors.call(check_phone, "phone", data.phone)
    email = errors.call(check_email, "email", data.email)
    website = errors.call(check_website, "website", data.website)
    status = errors.call(check_choice, "status", "Status", data.status, PARTNER_STATUSES)
    since = errors.call(check_date, "partner_since", data.partner_since, "Partner seit")
    agreement = errors.call(
        check_date, "agreement_on", data.agreement_on, "Kooperationsvereinbarung"
    )
    focus = errors.call(check_choices, "focus_areas", "Schwerpunkte", data.focus_areas, FOCUS_AREAS)
    groups = errors.call(
        check_choices, "target_groups", "Zielgruppen", data.target_groups, TARGET_GROUPS
    )
    contacts: list[ContactData] | None = None
    if data.contacts is not None:
        contacts = []
        for index, contact in enumerate(data.contacts):
            try:
                contacts.append(validate_contact(contact, prefix=f"contacts[{index}]."))
            except ValidationError as error:
                for key, message in error.field_errors.items():
                    errors.add(key, message)
        if sum(1 for c in contacts if c.is_primary) > 1:
            errors.add("contacts", "Ansprechpersonen: nur eine kann die Hauptansprechperson sein.")
    errors.raise_if_any()
    if contacts and not any(c.is_primary for c in contacts):
        contacts[0].is_primary = True
    return PartnerData(
        name=name or "",
        kind=kind or "",
        sector=sector,
        **texts,
        postal_code=postal_code or "",
        phone=phone or "",
        email=email or "",
        website=website or "",
        status=status or "",
        partner_since=since,
        agreement_on=agreement,
        notes=clean_multiline(data.notes),
        focus_areas=focus or [],
        target_groups=groups or [],
        contacts=contacts,
    )


_PARTNER_COLUMNS = PARTNER.stored()
_CONTACT_COLUMNS = CONTACT.stored()


class PartnerService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, partner_id: int) -> Partner:
        return get_or_fail(self.session, Partner, partner_id, "Einen Partner")

    def kinds(self) -> list[str]:
        return choice_options(self.session, ChoiceList.PARTNER_KIND)

    def create(self, data: PartnerData) -> Partner:
        partner = Partner(name="")
        # Filled in before it joins the session: a flush on the way (a new partner kind) would
        # store it half-done and its history would show a create followed by changes.
        self._apply(partner, validate_partner(self.session, data))
        self.session.add(partner)
        self.session.flush()
        return partner

    def create_many(self, items: list[PartnerData], validated: bool = False) -> list[int]:
        """Create several partners with the rules of ``create`` (imports); returns their ids.

        ``validated``: the items are already what ``validate_partner`` returned (the import
        checks every row before it asks to store anything), so they are not checked twice.

        The rows are written with Core bulk inserts in the caller's transaction and their
        history in bulk, as the ORM records a create (``history.insert_created``).
        """
        if not items:
            return []
        checked = items if validated else [validate_partner(self.session, d) for d in items]
        for data in checked:
            add_choice(self.session, ChoiceList.PARTNER_KIND, data.kind)
        self.session.flush()
        ids = bulk.next_ids(self.session, bulk.table_of(Partner), len(checked))
        values_of = attrgetter(*_PARTNER_COLUMNS)
        rows = [
            (partner_id, *values_of(data)) for partner_id, data in zip(ids, checked, strict=True)
        ]
        contact_values = attrgetter(*_CONTACT_COLUMNS)
        contacts: list[tuple[object, ...]] = []
        focus: list[tuple[int, str]] = []
        groups: list[tuple[int, str]] = []
        for data, partner_id in zip(checked, ids, strict=True):
            focus += [(partner_id, value) for value in data.focus_areas]
            groups += [(partner_id, value) for value in data.target_groups]
            contacts += [(partner_id, *contact_values(contact)) for contact in data.contacts or []]
        contact_ids = bulk.next_ids(self.session, bulk.table_of(ContactPerson), len(contacts))
        contacts = [
            (contact_id, *row) for contact_id, row in zip(contact_ids, contacts, strict=True)
        ]
        for model, columns, inserted in (
            (Partner, ("id", *_PARTNER_COLUMNS), rows),
            (ContactPerson, ("id", "partner_id", *_CONTACT_COLUMNS), contacts),
            (PartnerFocus, ("partner_id", "focus"), focus),
            (PartnerTargetGroup, ("partner_id", "target_group"), groups),
        ):
            history.insert_created(self.session, model, columns, inserted)
        mark_changed(
            self.session, {"partner", "contact_person", "partner_focus", "partner_target_group"}
        )
        return list(ids)

    def update(self, partner_id: int, data: PartnerData, *, version: int | None = None) -> Partner:
        """Store the form's data; ``version``: the version the form read (see
        ``services.versions``), ``ConcurrentEditError`` when someone stored a newer one."""
        partner = get_for_change(self.session, Partner, partner_id, "Einen Partner", version)
        self._apply(partner, validate_partner(self.session, data))
        touch(self.session, partner)
        self.session.flush()
        return partner

    def _apply(self, partner: Partner, data: PartnerData) -> None:
        add_choice(self.session, ChoiceList.PARTNER_KIND, data.kind)
        for name in _PARTNER_COLUMNS:
            setattr(partner, name, getattr(data, name))
        if set(partner.focus_areas) != set(data.focus_areas):
            partner.focus_areas = list(data.focus_areas)
        if set(partner.target_groups) != set(data.target_groups):
            partner.target_groups = list(data.target_groups)
        if data.contacts is not None:
            self._apply_contacts(partner, data.contacts)

    def _apply_contacts(self, partner: Partner, contacts: list[ContactData]) -> None:
        existing = {contact.id: contact for contact in partner.contacts}
        kept: list[ContactPerson] = []
        for data in contacts:
            contact = existing.get(data.id) if data.id is not None else None
            if contact is None:
                contact = ContactPerson(last_name="")
            for name in _CONTACT_COLUMNS:
                setattr(contact, name, getattr(data, name))
            kept.append(contact)
        partner.contacts = kept

    def dependents(self, partner_id: int) -> list[str]:
        """German lines naming what depends on this partner."""
        partner = self.get(partner_id)
        lines = []
        for link in partner.project_links:
            lines.append(f"Projekt „{link.project.title}“ ({link.role})")
        if partner.contacts:
            lines.append(german_count(len(partner.contacts), "Ansprechperson", "Ansprechpersonen"))
        invitations = self.session.scalar(
            select(func.count())
            .select_from(MeetingInvitation)
            .where(MeetingInvitation.partner_id == partner_id)
        )
        if invitations:
            lines.append(german_count(invitations, "Einladung", "Einladungen") + " zu Terminen")
        return lines

    def delete(self, partner_id: int, *, version: int | None = None) -> None:
        """Delete a partner with its contact persons; refused while projects use it."""
        partner = get_for_change(
            self.session, Partner, partner_id, "Einen Partner", version, deleting=True
        )
        if partner.project_links:
            titles = [f"„{link.project.title}“" for link in partner.project_links]
            raise InUseError(
                f"„{partner.name}“ kann nicht gelöscht werden, weil die Projekte "
                f"{', '.join(titles)} diesen Partner noch verwenden. Entfernen Sie den Partner "
                f"zuerst aus diesen Projekten oder setzen Sie den Status auf "
                f"„{PartnerStatus.AUSGESCHIEDEN}“.",
                titles,
            )
        self.session.delete(partner)
        self.session.flush()

    def list(
        self,
        search: str | None = None,
        status: str | None = None,
        kind: str | None = None,
        focus: str | None = None,
        ids: list[int] | None = None,
    ) -> list[Partner]:
        query = select(Partner).options(selectinload(Partner.contacts))
        if status:
            query = query.where(Partner.status == status)
        if kind:
            query = query.where(Partner.kind == kind)
        if focus:
            query = query.where(
                Partner.id.in_(select(PartnerFocus.partner_id).where(PartnerFocus.focus == focus))
            )
        if ids is not None:
            query = query.where(Partner.id.in_(ids))
        found = searched(
            self.session.scalars(query).all(),
            search,
            lambda p: (p.name, p.city, p.locality, p.kind, p.email, p.street),
        )
        return german_sorted(found, key=lambda p: p.name)

    def find(self, partner_id: int) -> Partner | None:
        """The partner, or None if it is gone (e.g. deleted since an import was checked)."""
        return self.session.get(Partner, partner_id)

    def identities(self) -> Sequence[Row[int, str, str, str]]:
        """Id, name, city and e-mail of every partner, oldest first: what the import's
        duplicate check compares (plain column rows, for thousands of partners)."""
        return column_rows(
            self.session,
            select(Partner.id, Partner.name, Partner.city, Partner.email).order_by(Partner.id),
        )

    def contact(self, contact_id: int) -> ContactPerson:
        return get_or_fail(self.session, ContactPerson, contact_id, "Eine Ansprechperson")

    def contacts(
        self, partner_ids: builtins.list[int] | None = None
    ) -> builtins.list[ContactPerson]:
        """The contact persons (not anonymised) of all partners or of ``partner_ids``, by
        organisation, the primary contact first, then by name."""
        query = (
            select(ContactPerson)
            .join(Partner)
            .where(ContactPerson.anonymised.is_(False))
            .options(selectinload(ContactPerson.partner))
        )
        if partner_ids is not None:
            query = query.where(ContactPerson.partner_id.in_(partner_ids))
        return sorted(
            self.session.scalars(query).all(),
            key=lambda c: (
                sort_key(c.partner.name),
                not c.is_primary,
                sort_key(c.last_name, c.first_name),
            ),
        )
