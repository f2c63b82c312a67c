package org.gvclab.web.support;

import java.util.regex.Pattern;

/** What no screen, brief or workbook may show a reader, shared by the tests that look for it. */
public final class TextChecks {

    /** Developer files outside the repository that texts once cited instead of the Methods page. */
    public static final Pattern DEVELOPER_FILES = Pattern.compile("(METHODS|DESIGN|CONVENTIONS)\\.md");

    private TextChecks() {
    }
}
