package org.laureate.security.web;

import org.laureate.security.entity.Role;

/** Where each role's dashboard lives; web.xml guards each of these pages with its role. */
public final class DashboardPages {

    private DashboardPages() {
    }

    public static String of(Role role) {
        return switch (role) {
            case ADMIN -> "/dashboard/admin.xhtml";
            case ORGANISATION -> "/dashboard/organisation.xhtml";
            case MINISTRY -> "/dashboard/ministry.xhtml";
            case EXPERT, EXPERT_CHAIR -> "/dashboard/expert.xhtml";
            case COUNCIL -> "/dashboard/council.xhtml";
        };
    }
}
