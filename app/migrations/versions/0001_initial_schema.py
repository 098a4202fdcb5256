"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-22 10:55:45.223012
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('local_settings',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_local_settings'))
    )
    op.create_table('municipalities',
    sa.Column('code', sa.String(length=3), nullable=False),
    sa.Column('name_fi', sa.String(length=100), nullable=False),
    sa.Column('name_sv', sa.String(length=100), nullable=True),
    sa.Column('partner', sa.Boolean(), nullable=False),
    sa.Column('active', sa.Boolean(), server_default='1', nullable=False),
    sa.Column('revision', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_municipalities'))
    )
    op.create_table('organisations',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('short_name', sa.String(length=60), nullable=True),
    sa.Column('partner', sa.Boolean(), nullable=False),
    sa.Column('website', sa.String(length=300), nullable=True),
    sa.Column('active', sa.Boolean(), server_default='1', nullable=False),
    sa.Column('revision', sa.Integer(), nullable=True),
    sa.Column('name_fi', sa.String(length=200), nullable=False),
    sa.Column('name_sv', sa.String(length=200), nullable=True),
    sa.Column('name_en', sa.String(length=200), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisations'))
    )
    op.create_table('service_packages',
    sa.Column('number', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('key', sa.String(length=32), nullable=False),
    sa.Column('active', sa.Boolean(), server_default='1', nullable=False),
    sa.Column('revision', sa.Integer(), nullable=True),
    sa.Column('name_fi', sa.String(length=200), nullable=False),
    sa.Column('name_sv', sa.String(length=200), nullable=True),
    sa.Column('name_en', sa.String(length=200), nullable=True),
    sa.PrimaryKeyConstraint('number', name=op.f('pk_service_packages')),
    sa.UniqueConstraint('key', name=op.f('uq_service_packages_key'))
    )
    op.create_table('themes',
    sa.Column('key', sa.String(length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), server_default='1', nullable=False),
    sa.Column('revision', sa.Integer(), nullable=True),
    sa.Column('name_fi', sa.String(length=200), nullable=False),
    sa.Column('name_sv', sa.String(length=200), nullable=True),
    sa.Column('name_en', sa.String(length=200), nullable=True),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_themes'))
    )
    op.create_table('services',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('organisation_id', sa.String(length=64), nullable=False),
    sa.Column('description_fi', sa.Text(), nullable=True),
    sa.Column('description_sv', sa.Text(), nullable=True),
    sa.Column('description_en', sa.Text(), nullable=True),
    sa.Column('active', sa.Boolean(), server_default='1', nullable=False),
    sa.Column('revision', sa.Integer(), nullable=True),
    sa.Column('name_fi', sa.String(length=200), nullable=False),
    sa.Column('name_sv', sa.String(length=200), nullable=True),
    sa.Column('name_en', sa.String(length=200), nullable=True),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_services_organisation_id_organisations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_services'))
    )
    with op.batch_alter_table('services', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_services_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('units',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('home_municipality_code', sa.String(length=3), nullable=True),
    sa.Column('active', sa.Boolean(), server_default='1', nullable=False),
    sa.Column('revision', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['home_municipality_code'], ['municipalities.code'], name=op.f('fk_units_home_municipality_code_municipalities')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_units'))
    )
    op.create_table('stops',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('unit_id', sa.String(length=64), nullable=False),
    sa.Column('municipality_code', sa.String(length=3), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=True),
    sa.Column('active', sa.Boolean(), server_default='1', nullable=False),
    sa.Column('revision', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['municipality_code'], ['municipalities.code'], name=op.f('fk_stops_municipality_code_municipalities')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_stops_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stops'))
    )
    with op.batch_alter_table('stops', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stops_unit_id'), ['unit_id'], unique=False)

    op.create_table('workers',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('unit_id', sa.String(length=64), nullable=False),
    sa.Column('organisation_id', sa.String(length=64), nullable=True),
    sa.Column('display_name', sa.String(length=120), nullable=False),
    sa.Column('is_student', sa.Boolean(), nullable=False),
    sa.Column('active', sa.Boolean(), server_default='1', nullable=False),
    sa.Column('revision', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_workers_organisation_id_organisations')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_workers_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workers'))
    )
    with op.batch_alter_table('workers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_workers_unit_id'), ['unit_id'], unique=False)

    op.create_table('stop_days',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('municipality_code', sa.String(length=3), nullable=False),
    sa.Column('stop_id', sa.String(length=64), nullable=True),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('opened_at', sa.DateTime(), nullable=True),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('cancel_reason', sa.String(length=32), nullable=True),
    sa.Column('cancel_note', sa.Text(), nullable=True),
    sa.Column('km', sa.Float(), nullable=True),
    sa.Column('odometer_start', sa.Integer(), nullable=True),
    sa.Column('odometer_end', sa.Integer(), nullable=True),
    sa.Column('worker_ids', sa.JSON(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('synced_version', sa.Integer(), server_default='0', nullable=False),
    sa.Column('revision', sa.Integer(), nullable=True),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('unit_id', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['municipality_code'], ['municipalities.code'], name=op.f('fk_stop_days_municipality_code_municipalities')),
    sa.ForeignKeyConstraint(['stop_id'], ['stops.id'], name=op.f('fk_stop_days_stop_id_stops')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_stop_days_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stop_days'))
    )
    with op.batch_alter_table('stop_days', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stop_days_day'), ['day'], unique=False)
        batch_op.create_index(batch_op.f('ix_stop_days_revision'), ['revision'], unique=False)
        batch_op.create_index(batch_op.f('ix_stop_days_unit_id'), ['unit_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_stop_days_updated_at'), ['updated_at'], unique=False)

    op.create_table('events',
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('duration_min', sa.Integer(), nullable=True),
    sa.Column('mode', sa.String(length=32), nullable=False),
    sa.Column('municipality_code', sa.String(length=3), nullable=True),
    sa.Column('place', sa.String(length=200), nullable=True),
    sa.Column('stop_day_id', sa.String(length=36), nullable=True),
    sa.Column('service_package', sa.Integer(), nullable=True),
    sa.Column('themes', sa.JSON(), nullable=False),
    sa.Column('organisation_ids', sa.JSON(), nullable=False),
    sa.Column('participants_parents', sa.Integer(), nullable=False),
    sa.Column('participants_children', sa.Integer(), nullable=False),
    sa.Column('participants_youth', sa.Integer(), nullable=False),
    sa.Column('participants_professionals', sa.Integer(), nullable=False),
    sa.Column('participants_others', sa.Integer(), nullable=False),
    sa.Column('participants_estimated', sa.Boolean(), nullable=False),
    sa.Column('expert_by_experience', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('synced_version', sa.Integer(), server_default='0', nullable=False),
    sa.Column('revision', sa.Integer(), nullable=True),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('unit_id', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['municipality_code'], ['municipalities.code'], name=op.f('fk_events_municipality_code_municipalities')),
    sa.ForeignKeyConstraint(['service_package'], ['service_packages.number'], name=op.f('fk_events_service_package_service_packages')),
    sa.ForeignKeyConstraint(['stop_day_id'], ['stop_days.id'], name=op.f('fk_events_stop_day_id_stop_days')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_events_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_events'))
    )
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_events_revision'), ['revision'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_starts_at'), ['starts_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_stop_day_id'), ['stop_day_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_unit_id'), ['unit_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_updated_at'), ['updated_at'], unique=False)

    op.create_table('guidance_sessions',
    sa.Column('occurred_at', sa.DateTime(), nullable=False),
    sa.Column('stop_day_id', sa.String(length=36), nullable=True),
    sa.Column('worker_id', sa.String(length=64), nullable=True),
    sa.Column('client_type', sa.String(length=32), nullable=False),
    sa.Column('age_band', sa.String(length=32), nullable=False),
    sa.Column('language', sa.String(length=32), nullable=False),
    sa.Column('arrival', sa.String(length=32), nullable=False),
    sa.Column('channel', sa.String(length=32), nullable=False),
    sa.Column('themes', sa.JSON(), nullable=False),
    sa.Column('service_package', sa.Integer(), nullable=False),
    sa.Column('duration_min', sa.Integer(), nullable=False),
    sa.Column('outcome', sa.String(length=32), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('synced_version', sa.Integer(), server_default='0', nullable=False),
    sa.Column('revision', sa.Integer(), nullable=True),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('unit_id', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['service_package'], ['service_packages.number'], name=op.f('fk_guidance_sessions_service_package_service_packages')),
    sa.ForeignKeyConstraint(['stop_day_id'], ['stop_days.id'], name=op.f('fk_guidance_sessions_stop_day_id_stop_days')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_guidance_sessions_unit_id_units')),
    sa.ForeignKeyConstraint(['worker_id'], ['workers.id'], name=op.f('fk_guidance_sessions_worker_id_workers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_guidance_sessions'))
    )
    with op.batch_alter_table('guidance_sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_guidance_sessions_occurred_at'), ['occurred_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_guidance_sessions_revision'), ['revision'], unique=False)
        batch_op.create_index(batch_op.f('ix_guidance_sessions_stop_day_id'), ['stop_day_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_guidance_sessions_unit_id'), ['unit_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_guidance_sessions_updated_at'), ['updated_at'], unique=False)

    op.create_table('professional_work',
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('occurred_at', sa.DateTime(), nullable=False),
    sa.Column('sector', sa.String(length=32), nullable=False),
    sa.Column('municipality_code', sa.String(length=3), nullable=True),
    sa.Column('stop_day_id', sa.String(length=36), nullable=True),
    sa.Column('organisation_id', sa.String(length=64), nullable=True),
    sa.Column('channel', sa.String(length=32), nullable=False),
    sa.Column('themes', sa.JSON(), nullable=False),
    sa.Column('professionals', sa.Integer(), nullable=False),
    sa.Column('duration_min', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('synced_version', sa.Integer(), server_default='0', nullable=False),
    sa.Column('revision', sa.Integer(), nullable=True),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('unit_id', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['municipality_code'], ['municipalities.code'], name=op.f('fk_professional_work_municipality_code_municipalities')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_professional_work_organisation_id_organisations')),
    sa.ForeignKeyConstraint(['stop_day_id'], ['stop_days.id'], name=op.f('fk_professional_work_stop_day_id_stop_days')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_professional_work_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_professional_work'))
    )
    with op.batch_alter_table('professional_work', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_professional_work_occurred_at'), ['occurred_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_professional_work_revision'), ['revision'], unique=False)
        batch_op.create_index(batch_op.f('ix_professional_work_stop_day_id'), ['stop_day_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_professional_work_unit_id'), ['unit_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_professional_work_updated_at'), ['updated_at'], unique=False)

    op.create_table('contact_requests',
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('stop_day_id', sa.String(length=36), nullable=True),
    sa.Column('session_id', sa.String(length=36), nullable=True),
    sa.Column('consent', sa.Boolean(), nullable=False),
    sa.Column('consent_text_version', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('preferred_time', sa.Text(), nullable=True),
    sa.Column('language', sa.String(length=32), nullable=False),
    sa.Column('theme_key', sa.String(length=32), nullable=True),
    sa.Column('organisation_id', sa.String(length=64), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('synced_version', sa.Integer(), server_default='0', nullable=False),
    sa.Column('revision', sa.Integer(), nullable=True),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('unit_id', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_contact_requests_organisation_id_organisations')),
    sa.ForeignKeyConstraint(['session_id'], ['guidance_sessions.id'], name=op.f('fk_contact_requests_session_id_guidance_sessions')),
    sa.ForeignKeyConstraint(['stop_day_id'], ['stop_days.id'], name=op.f('fk_contact_requests_stop_day_id_stop_days')),
    sa.ForeignKeyConstraint(['theme_key'], ['themes.key'], name=op.f('fk_contact_requests_theme_key_themes')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_contact_requests_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact_requests'))
    )
    with op.batch_alter_table('contact_requests', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_requests_deadline'), ['deadline'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_requests_received_at'), ['received_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_requests_revision'), ['revision'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_requests_stop_day_id'), ['stop_day_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_requests_unit_id'), ['unit_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_requests_updated_at'), ['updated_at'], unique=False)

    op.create_table('encounters',
    sa.Column('occurred_at', sa.DateTime(), nullable=False),
    sa.Column('group', sa.String(length=32), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('estimated', sa.Boolean(), nullable=False),
    sa.Column('theme_key', sa.String(length=32), nullable=True),
    sa.Column('stop_day_id', sa.String(length=36), nullable=True),
    sa.Column('event_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('synced_version', sa.Integer(), server_default='0', nullable=False),
    sa.Column('revision', sa.Integer(), nullable=True),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('unit_id', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_encounters_event_id_events')),
    sa.ForeignKeyConstraint(['stop_day_id'], ['stop_days.id'], name=op.f('fk_encounters_stop_day_id_stop_days')),
    sa.ForeignKeyConstraint(['theme_key'], ['themes.key'], name=op.f('fk_encounters_theme_key_themes')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_encounters_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_encounters'))
    )
    with op.batch_alter_table('encounters', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_encounters_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_encounters_occurred_at'), ['occurred_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_encounters_revision'), ['revision'], unique=False)
        batch_op.create_index(batch_op.f('ix_encounters_stop_day_id'), ['stop_day_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_encounters_unit_id'), ['unit_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_encounters_updated_at'), ['updated_at'], unique=False)

    op.create_table('referrals',
    sa.Column('referred_at', sa.DateTime(), nullable=False),
    sa.Column('session_id', sa.String(length=36), nullable=True),
    sa.Column('stop_day_id', sa.String(length=36), nullable=True),
    sa.Column('organisation_id', sa.String(length=64), nullable=False),
    sa.Column('service_id', sa.String(length=64), nullable=True),
    sa.Column('theme_key', sa.String(length=32), nullable=True),
    sa.Column('handout_language', sa.String(length=32), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('synced_version', sa.Integer(), server_default='0', nullable=False),
    sa.Column('revision', sa.Integer(), nullable=True),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('unit_id', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_referrals_organisation_id_organisations')),
    sa.ForeignKeyConstraint(['service_id'], ['services.id'], name=op.f('fk_referrals_service_id_services')),
    sa.ForeignKeyConstraint(['session_id'], ['guidance_sessions.id'], name=op.f('fk_referrals_session_id_guidance_sessions')),
    sa.ForeignKeyConstraint(['stop_day_id'], ['stop_days.id'], name=op.f('fk_referrals_stop_day_id_stop_days')),
    sa.ForeignKeyConstraint(['theme_key'], ['themes.key'], name=op.f('fk_referrals_theme_key_themes')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_referrals_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_referrals'))
    )
    with op.batch_alter_table('referrals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_referrals_referred_at'), ['referred_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_referrals_revision'), ['revision'], unique=False)
        batch_op.create_index(batch_op.f('ix_referrals_session_id'), ['session_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_referrals_stop_day_id'), ['stop_day_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_referrals_unit_id'), ['unit_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_referrals_updated_at'), ['updated_at'], unique=False)



# The tables in the order upgrade() makes them: a table refers only to those before it.
TABLES = (
    "local_settings",
    "municipalities",
    "organisations",
    "service_packages",
    "themes",
    "services",
    "units",
    "stops",
    "workers",
    "stop_days",
    "events",
    "guidance_sessions",
    "professional_work",
    "contact_requests",
    "encounters",
    "referrals",
)


def downgrade() -> None:
    # Dropping a table drops its indexes with it (SQLite and PostgreSQL alike); children go before parents.
    for table in reversed(TABLES):
        op.drop_table(table)
