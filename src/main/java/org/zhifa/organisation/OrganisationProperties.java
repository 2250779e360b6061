package org.zhifa.organisation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * Where the organisation comes from.
 *
 * @param file the organisation file (roles, areas, line areas, units)
 * @param demoUsers whether the demo users of {@code organisation/demo-users.yml} are created (demo profile)
 * @param demoUsersFile the demo users
 */
@ConfigurationProperties("zhifa.organisation")
public record OrganisationProperties(Resource file, boolean demoUsers, Resource demoUsersFile) {
}
