"""The mapped classes and the tables they are mapped onto (``store.models`` on ``store.tables``)
say the same: a typed attribute of a class that no column or relationship backs would be
silently left out by SQLAlchemy, and fail only when a service first reads it."""

from __future__ import annotations

import typing

import pytest
from sqlalchemy import inspect
from sqlalchemy.orm import Mapped

from nfg_desktop.store import models, tables

MAPPED = sorted(
    (mapper.class_ for mapper in models.Base.registry.mappers), key=lambda cls: cls.__name__
)


def _typed_attributes(cls: type) -> set[str]:
    """The names a class and its mixins annotate as ``Mapped[...]``."""
    names = set()
    for klass in cls.__mro__:
        for name, annotation in vars(klass).get("__annotations__", {}).items():
            if str(annotation).startswith(("Mapped[", "AssociationProxy[")) or (
                typing.get_origin(annotation) is Mapped
            ):
                names.add(name)
    return names


def test_every_table_has_its_class() -> None:
    assert {cls.__table__.name for cls in MAPPED} == set(tables.metadata.tables)


@pytest.mark.parametrize("cls", MAPPED, ids=lambda cls: cls.__name__)
def test_every_typed_attribute_is_mapped(cls: type) -> None:
    mapper = inspect(cls)
    mapped = set(mapper.attrs.keys()) | set(mapper.all_orm_descriptors.keys())
    assert _typed_attributes(cls) - mapped == set()


@pytest.mark.parametrize("cls", MAPPED, ids=lambda cls: cls.__name__)
def test_every_column_is_typed_under_its_name(cls: type) -> None:
    columns = {column.name for column in cls.__table__.columns}
    assert columns <= _typed_attributes(cls)
    assert columns <= set(inspect(cls).column_attrs.keys())
