"""First run of a new installation: the bureau, its administrator and language, and (if
wanted) the defaults a bureau needs before its first monthly review — in one step."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from console.core.auth import User, has_accounts, new_account, validate_account
from console.core.bureau import DEFAULT_LANGUAGE, store_bureau_language
from console.core.default_rules import install_default_rules
from console.core.duties import appoint_first_administrator
from console.core.errors import FieldError, ValidationError
from console.core.i18n import tr_context
from console.core.integrity.warning_rules import load_config, save_config
from console.core.scoring.settings import load_settings, save_settings
from console.core.training.requirements import load_training_settings, save_training_settings
from console.core.units import validate_unit
from db.org import Unit
from glossary import Role, UnitKind, YearMonth

_t = tr_context("setup")


def first_run(
    session: Session, bureau_name: str, username: str, display_name: str, password: str
) -> User:
    """Create the bureau (root of the unit tree) and its first administrator, or nothing.

    Only on a database with no accounts: afterwards accounts are an administrator's job.
    Run it in a workspace acting as ``own_actor(username)``: the bureau and the account
    are recorded under the administrator's own name.
    """
    if has_accounts(session):
        raise ValidationError(
            [FieldError("username", _t("This database already has accounts; please sign in."))]
        )
    errors = validate_unit(session, bureau_name, UnitKind.BUREAU, None)
    errors = [FieldError("bureau", e.message) for e in errors]
    errors += validate_account(session, username, display_name, password, Role.ADMIN, None)
    if errors:
        raise ValidationError(errors)
    bureau = Unit(name=bureau_name.strip(), kind=UnitKind.BUREAU, parent_id=None, sort_order=0)
    # The installer's own password: nobody else knows it, so no change is forced.
    account = new_account(username, display_name, password, Role.ADMIN, must_change=False)
    session.add_all([bureau, account])
    session.flush()
    return User(account.id, account.username, account.display_name, account.role, None)


@dataclass(frozen=True)
class NewAdministrator:
    """The bureau's first system administrator, named at set-up (separate from the 督察队长:
    an administrator account changes no business records)."""

    username: str
    display_name: str
    password: str


@dataclass(frozen=True)
class NewBureau:
    bureau_name: str
    username: str
    display_name: str
    password: str
    language: str = DEFAULT_LANGUAGE
    # The Chinese rule catalogue, training requirements, warning rules and grade scheme.
    install_defaults: bool = True
    # Holds the three administrator duties (combined setting on) until the bureau appoints
    # a security and an audit administrator. Without one the 督察队长 appoints one later.
    administrator: NewAdministrator | None = None


@dataclass(frozen=True)
class BureauReady:
    user: User
    rule_set: str | None  # the default catalogue's name, when installed
    rules: int
    administrator: User | None = None


def set_up_bureau(session: Session, new: NewBureau, today: date) -> BureauReady:
    """The first run of ``ducha init`` and of the console's first-run dialog (one service).

    With the defaults the bureau can hold its first monthly review at once: the default
    catalogue is a rule set in force from 1 January of last month's year (a bureau going
    live in early January still brings in December's figures), and the grade scheme,
    training requirements and warning rules are written down as the bureau's own settings
    (rather than left implicit), so that a later version changing its defaults does not
    change this bureau's rules behind its back.
    """
    user = first_run(session, new.bureau_name, new.username, new.display_name, new.password)
    store_bureau_language(session, new.language)
    admin = None
    if new.administrator is not None:
        a = new.administrator
        admin = appoint_first_administrator(
            session, user, a.username, a.display_name, a.password, at_set_up=True
        )
    if not new.install_defaults:
        return BureauReady(user, None, 0, admin)
    rule_set = install_default_rules(session, YearMonth.of(today).prev().first_day.replace(month=1))
    save_settings(session, user, load_settings(session))
    save_training_settings(session, user, load_training_settings(session))
    save_config(session, user, load_config(session).values())
    return BureauReady(user, rule_set.name, len(rule_set.rules), admin)
