package org.gvclab.web.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a repository method that reads or writes user data without a caller's
 * {@link org.gvclab.web.security.TenantScope}, and says why that is right (seeding demo data, a check that must see
 * every jurisdiction, work of the system rather than of a user). Every other such method takes the caller's scope;
 * the architecture test holds both to it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Unscoped {

    /** Why the method must not be limited to one caller's jurisdictions. */
    String value();
}
