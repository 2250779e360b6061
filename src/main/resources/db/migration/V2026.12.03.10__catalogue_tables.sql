-- Enforcement-item catalogue (执法事项目录), versioned (浙江省综合行政执法条例 Art 10).
-- A version is imported whole and never changed afterwards; the version in force on a day is the latest one whose
-- effective date has been reached. Portable SQL: H2 2.x and PostgreSQL 15.

create table catalogue_version (
    version_no      integer       not null,
    label           varchar(200)  not null,
    effective_from  date          not null,
    imported_at     timestamp     not null,
    imported_by     varchar(64)   not null,
    item_count      integer       not null,
    source_name     varchar(200),
    constraint pk_catalogue_version primary key (version_no)
);

create table catalogue_item (
    version_no        integer        not null,
    item_code         varchar(40)    not null,
    item_name         varchar(500)   not null,
    line_area         varchar(40)    not null,
    scope             varchar(40),
    territorial       boolean        not null,
    legal_basis       varchar(1000)  not null,
    penalty_range     varchar(1000),
    transfer_scope    varchar(20)    not null,
    supervision_duty  varchar(1000)  not null,
    enforcement_duty  varchar(1000)  not null,
    effective_from    date,
    effective_to      date,
    source            varchar(500),
    constraint pk_catalogue_item primary key (version_no, item_code),
    constraint fk_catalogue_item_version foreign key (version_no) references catalogue_version (version_no)
);

create index ix_catalogue_item_line_area on catalogue_item (version_no, line_area);
