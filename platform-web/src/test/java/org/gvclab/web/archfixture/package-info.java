/**
 * Test-only classes that break (or keep) the web module's architecture rules on purpose, so that
 * {@code BoundariesViolationTest} can show each rule reporting its violation. Never part of the application.
 */
package org.gvclab.web.archfixture;
