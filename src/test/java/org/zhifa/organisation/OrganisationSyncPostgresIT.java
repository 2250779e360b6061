package org.zhifa.organisation;

import org.zhifa.test.PostgresTest;

/**
 * {@link OrganisationSyncIT} on PostgreSQL.
 */
@PostgresTest
class OrganisationSyncPostgresIT extends OrganisationSyncIT {
}
