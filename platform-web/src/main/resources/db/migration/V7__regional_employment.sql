-- Regional and national employment by sector for a cluster's IO link (METHODS.md §1): the inputs of FLQ
-- regionalisation and of the employment multiplier. One row per cluster; the figures hold for the table content
-- (checksum) and region the cluster was linked to when they were uploaded, and are ignored for another link.
create table regional_employment (
    cluster_id        bigint           not null primary key,
    jurisdiction_id   bigint           not null,
    table_checksum    varchar(64)      not null,
    io_region         varchar(100)     not null,
    -- JSON array of {"sector": code, "regional": persons, "national": persons}, in the table's sector order
    employment_json   text             not null,
    -- how many units of the cluster's currency one money unit of the table is worth
    unit_factor       double precision not null,
    -- FLQ's δ (0.3 unless the user chose another value in [0, 1))
    flq_delta         double precision not null,
    source            varchar(500)     not null,
    file_name         varchar(255)     not null,
    updated_by        varchar(64)      not null,
    updated_at        timestamp with time zone not null,
    version           integer          not null default 0,
    constraint regional_employment_cluster_fk foreign key (cluster_id) references industry_cluster (id)
        on delete cascade,
    constraint regional_employment_jurisdiction_fk foreign key (jurisdiction_id) references jurisdiction (id),
    constraint regional_employment_factor_ck check (unit_factor > 0),
    constraint regional_employment_delta_ck check (flq_delta >= 0 and flq_delta < 1)
);
create index regional_employment_jurisdiction_ix on regional_employment (jurisdiction_id);
